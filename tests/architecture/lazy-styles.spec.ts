// A component only ever loaded by import() carries its styles in its code
// (<svelte:options css="injected" />): SvelteKit links the CSS files of a page's dynamic imports
// into the page's HTML, so a lazy component's own CSS file would be fetched, render-blocking,
// on every first load of every page that might load it (docs/architecture.md, rule 6).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ROUTES = [
	'src/routes/+layout.svelte',
	'src/routes/+page.svelte',
	'src/routes/run/+page.svelte',
	'src/routes/templates/+page.svelte',
	'src/routes/share/+page.svelte'
];

/** The file an import specifier names, relative to the root; null for a package. */
function resolveImport(from: string, spec: string): string | null {
	const path = spec.startsWith('$lib/')
		? join('src/lib', spec.slice(5))
		: spec.startsWith('.')
			? relative(ROOT, resolve(ROOT, dirname(from), spec))
			: null;
	if (path === null) return null;
	return (
		[path, `${path}.ts`, join(path, 'index.ts')].find(
			(p) => existsSync(join(ROOT, p)) && /\.(svelte|ts)$/.test(p)
		) ?? null
	);
}

/** The modules a file imports: `static` (import/export … from) and `late` (import()). */
function importsOf(file: string): { static: string[]; late: string[] } {
	const code = readFileSync(join(ROOT, file), 'utf8');
	const named = (pattern: RegExp) =>
		[...code.matchAll(pattern)]
			.map((m) => resolveImport(file, m[1]))
			.filter((p): p is string => p !== null);
	return {
		static: named(/^\s*(?:import|export)\s+(?!type\b)[^'";]*?from\s+'([^']+)'/gm),
		late: named(/\bimport\('([^']+)'\)/g)
	};
}

/** Every module reachable from the routes: by static imports only, or by any import. */
function reachable(lateToo: boolean): Set<string> {
	const seen = new Set<string>();
	const stack = [...ROUTES];
	while (stack.length) {
		const file = stack.pop() as string;
		if (seen.has(file)) continue;
		seen.add(file);
		const { static: now, late } = importsOf(file);
		stack.push(...now, ...(lateToo ? late : []));
	}
	return seen;
}

describe('styles of components loaded late', () => {
	const first = reachable(false);
	const lazy = [...reachable(true)].filter((f) => !first.has(f) && f.endsWith('.svelte'));

	it('tells the first load from what loads late', () => {
		expect(first).toContain('src/lib/page/DeploymentView.svelte');
		expect(lazy).toContain('src/lib/signoff/SignaturePad.svelte');
		expect(lazy).toContain('src/lib/release/WaiverForm.svelte');
		expect(lazy).not.toContain('src/lib/page/TaskItem.svelte');
	});

	it('every late component with styles injects them', () => {
		const linked = lazy.filter((f) => {
			const code = readFileSync(join(ROOT, f), 'utf8');
			return /<style[\s>]/.test(code) && !code.includes('<svelte:options css="injected"');
		});
		expect(linked).toEqual([]);
	});
});
