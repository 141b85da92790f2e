// Which folder of src/lib imports which, read from the code: every static import, re-export and
// import() in the TypeScript and Svelte files of a folder (specs, fixtures and test data left out:
// a test may reach across to set things up).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const LIB = join(ROOT, 'src/lib');

const SPECIFIERS =
	/(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/** Source files of the app (not its tests) under `dir`, relative to it. */
export function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
		(f) =>
			/\.(ts|svelte)$/.test(f) &&
			!/\.(spec|e2e)\.ts$/.test(f) &&
			!f.endsWith('.d.ts') &&
			!/(^|\/)fixtures\//.test(f) &&
			!f.endsWith('.fixtures.ts')
	);
}

/** The src/lib folder a specifier written in `file` points into, or null (a package, a route). */
export function targetFolder(file: string, specifier: string): string | null {
	let target: string;
	if (specifier.startsWith('$lib/')) target = join(LIB, specifier.slice(5));
	else if (specifier === '$lib') return null;
	else if (specifier.startsWith('.')) target = resolve(dirname(file), specifier);
	else return null;
	const rel = relative(LIB, target);
	if (rel.startsWith('..')) return null;
	return rel.split('/')[0];
}

/** Imports between folders: `from → to → how many`. */
export function folderImports(): Map<string, Map<string, number>> {
	const graph = new Map<string, Map<string, number>>();
	for (const rel of sourceFiles(LIB)) {
		const from = rel.split('/')[0];
		const file = join(LIB, rel);
		const edges = graph.get(from) ?? new Map<string, number>();
		graph.set(from, edges);
		for (const m of readFileSync(file, 'utf8').matchAll(SPECIFIERS)) {
			const to = targetFolder(file, m[1] ?? m[2] ?? m[3]);
			if (to && to !== from) edges.set(to, (edges.get(to) ?? 0) + 1);
		}
	}
	return graph;
}

/** Every pair of folders that import each other, as `a↔b n/m`. */
export function twoWayPairs(graph: Map<string, Map<string, number>>): string[] {
	const pairs: string[] = [];
	for (const [a, edges] of graph)
		for (const [b, n] of edges) {
			const back = graph.get(b)?.get(a);
			if (back && a < b) pairs.push(`${a}↔${b} ${n}/${back}`);
		}
	return pairs.sort();
}

/** A circle of folders (a → … → a), or null when they import one way. */
export function folderCircle(graph: Map<string, Map<string, number>>): string[] | null {
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (node: string): string[] | null => {
		state.set(node, 'open');
		stack.push(node);
		for (const next of [...(graph.get(node)?.keys() ?? [])].sort()) {
			if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
			if (!state.has(next)) {
				const found = visit(next);
				if (found) return found;
			}
		}
		stack.pop();
		state.set(node, 'done');
		return null;
	};
	for (const node of [...graph.keys()].sort()) {
		if (state.has(node)) continue;
		const found = visit(node);
		if (found) return found;
	}
	return null;
}
