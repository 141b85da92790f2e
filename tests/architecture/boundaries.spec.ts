// The house rules hold by themselves: ESLint refuses an import across a boundary (checked here
// on made-up files, so a rule that silently stops matching fails this test), and no TypeScript
// module imports itself round a circle.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LIB = join(ROOT, 'src/lib');

async function lintAt(path: string, code: string): Promise<string[]> {
	const eslint = new ESLint({ cwd: ROOT });
	const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
	return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
	it('refuses dexie outside src/lib/db, and allows it inside', async () => {
		const code = "import Dexie from 'dexie';\nexport const D = Dexie;\n";
		expect(await lintAt('src/lib/home/made-up.ts', code)).toEqual([
			expect.stringContaining('Only src/lib/db/ touches Dexie')
		]);
		expect(await lintAt('src/routes/made-up.ts', code)).toHaveLength(1);
		expect(await lintAt('src/lib/db/made-up.ts', code)).toEqual([]);
	});

	it('sends storage through its door', async () => {
		const deep = "export { db } from '$lib/db/connection';\n";
		expect(await lintAt('src/lib/deployment/made-up.ts', deep)).toEqual([
			expect.stringContaining('door')
		]);
		const door = "export { setEntry } from '$lib/db';\n";
		expect(await lintAt('src/lib/deployment/made-up.ts', door)).toEqual([]);
	});

	it('keeps the checklist core free of features', async () => {
		const code = "export { followUps } from '$lib/verdict/followups';\n";
		expect(await lintAt('src/lib/checklist/made-up.ts', code)).toEqual([
			expect.stringContaining('pure core')
		]);
		const relative = "export { followUps } from '../followups/followups';\n";
		expect(await lintAt('src/lib/checklist/made-up.ts', relative)).toHaveLength(1);
		const own = "export { allTasks } from './walk.ts';\n";
		expect(await lintAt('src/lib/checklist/made-up.ts', own)).toEqual([]);
	});

	it('keeps evidence pure', async () => {
		const code = "export { observe } from '$lib/probes/observe';\n";
		expect(await lintAt('src/lib/evidence/made-up.ts', code)).toHaveLength(1);
		const core = "export { allTasks } from '$lib/checklist/walk';\n";
		expect(await lintAt('src/lib/evidence/made-up.ts', core)).toEqual([]);
	});

	it('keeps the observatory grader to the pure layers', async () => {
		const paste = "export { headerValues } from '$lib/paste/curl-output';\n";
		expect(await lintAt('src/lib/observatory/made-up.ts', paste)).toEqual([
			expect.stringContaining('observatory/ grades what it is given')
		]);
		const relative = "export { readPaste } from '../paste/read-paste';\n";
		expect(await lintAt('src/lib/observatory/made-up.ts', relative)).toHaveLength(1);
		const shared = "export { ITEMS } from '$lib/evidence/finding';\n";
		expect(await lintAt('src/lib/observatory/made-up.ts', shared)).toEqual([]);
		const own = "export { parseCsp } from './csp-parse';\n";
		expect(await lintAt('src/lib/observatory/made-up.ts', own)).toEqual([]);
		// A spec may set up with paste/'s samples.
		expect(await lintAt('src/lib/observatory/made-up.spec.ts', paste)).toEqual([]);
	});

	it('keeps commands out of probes', async () => {
		const code = "export { observe } from '$lib/probes/observe';\n";
		expect(await lintAt('src/lib/commands/made-up.ts', code)).toEqual([
			expect.stringContaining('commands/ does not import probes/')
		]);
		const relative = "export { PROBE_TITLES } from '../probes/titles';\n";
		expect(await lintAt('src/lib/commands/made-up.ts', relative)).toHaveLength(1);
		const shared = "export { statusLoop } from '$lib/evidence/next-steps';\n";
		expect(await lintAt('src/lib/commands/made-up.ts', shared)).toEqual([]);
	});

	it('keeps probes out of commands and paste', async () => {
		const commands = "export { readableVariant } from '$lib/paste/readable';\n";
		expect(await lintAt('src/lib/probes/made-up.ts', commands)).toEqual([
			expect.stringContaining('probes/ imports neither commands/ nor paste/')
		]);
		const paste = "export { readPaste } from '../paste/read-paste';\n";
		expect(await lintAt('src/lib/probes/made-up.ts', paste)).toHaveLength(1);
		const component = "import PasteBox from '$lib/paste/PasteBox.svelte';\nexport { PasteBox };\n";
		expect(await lintAt('src/lib/probes/made-up.ts', component)).toHaveLength(1);
		const shared = "export { HEADER_RULES } from '$lib/evidence/header-rules';\n";
		expect(await lintAt('src/lib/probes/made-up.ts', shared)).toEqual([]);
	});

	it('keeps paste out of probes', async () => {
		const code = "export { evaluateHealth } from '../probes/evaluate-health';\n";
		expect(await lintAt('src/lib/paste/made-up.ts', code)).toEqual([
			expect.stringContaining('paste/ does not import probes/')
		]);
		const alias = "export { evaluateHeaders } from '$lib/probes/evaluate-headers';\n";
		expect(await lintAt('src/lib/paste/made-up.ts', alias)).toHaveLength(1);
		const shared = "export { judgeHealth } from '$lib/evidence/health';\n";
		expect(await lintAt('src/lib/paste/made-up.ts', shared)).toEqual([]);
	});
});

/** Every .ts module under src/lib (tests excluded), with the modules it imports. */
function moduleGraph(): Map<string, string[]> {
	const files = readdirSync(LIB, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && !f.endsWith('.d.ts'))
		.map((f) => join(LIB, f));
	const known = new Set(files);
	const graph = new Map<string, string[]>();
	for (const file of files) {
		const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
		const targets = importedFiles
			.map(({ fileName }) => {
				const base = fileName.startsWith('$lib/')
					? join(LIB, fileName.slice(5))
					: fileName.startsWith('.')
						? resolve(dirname(file), fileName)
						: null;
				if (!base) return null;
				return [base, `${base}.ts`, join(base, 'index.ts')].find((c) => known.has(c)) ?? null;
			})
			.filter((t): t is string => t !== null);
		graph.set(file, targets);
	}
	return graph;
}

/** The first circle found, as paths relative to src/lib; null when there is none. */
function findCircle(graph: Map<string, string[]>): string[] | null {
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (node: string): string[] | null => {
		state.set(node, 'open');
		stack.push(node);
		for (const next of graph.get(node) ?? []) {
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
	for (const node of graph.keys()) {
		if (state.has(node)) continue;
		const found = visit(node);
		if (found) return found.map((f) => relative(LIB, f));
	}
	return null;
}

describe('import circles', () => {
	it('finds a circle when there is one', () => {
		const graph = new Map([
			['a.ts', ['b.ts']],
			['b.ts', ['c.ts']],
			['c.ts', ['a.ts']]
		]);
		expect(findCircle(graph)).toHaveLength(4);
	});

	it('no TypeScript module in src/lib imports itself round a circle (type imports too)', () => {
		const graph = moduleGraph();
		expect(graph.size).toBeGreaterThan(100);
		expect(findCircle(graph)).toBeNull();
	});
});
