// Folders import one way: the core below, features above, the page shell on top (in src/routes,
// where nothing imports it). The "Imports" column of docs/architecture.md is checked against the
// code, so the table cannot drift from it.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	folderCircle,
	folderImports,
	LIB,
	ROOT,
	sourceFiles,
	targetFolder,
	twoWayPairs
} from './folder-graph';

const graph = folderImports();

describe('folders import one way', () => {
	it('finds a pair that imports both ways, and a circle, when there is one', () => {
		const made = new Map([
			['a', new Map([['b', 2]])],
			['b', new Map([['a', 1]])],
			['c', new Map([['a', 1]])]
		]);
		expect(twoWayPairs(made)).toEqual(['a↔b 2/1']);
		expect(folderCircle(made)).toEqual(['a', 'b', 'a']);
		const three = new Map([
			['a', new Map([['b', 1]])],
			['b', new Map([['c', 1]])],
			['c', new Map([['a', 1]])]
		]);
		expect(twoWayPairs(three)).toEqual([]);
		expect(folderCircle(three)).toEqual(['a', 'b', 'c', 'a']);
	});

	it('reads the folder a specifier points into, by alias or relative path', () => {
		const file = join(LIB, 'deployment/x.ts');
		expect(targetFolder(file, '$lib/verdict/gate')).toBe('verdict');
		expect(targetFolder(file, '../verdict/gate')).toBe('verdict');
		expect(targetFolder(file, './save-queue')).toBe('deployment');
		expect(targetFolder(file, 'dexie')).toBeNull();
		expect(targetFolder(file, '../../routes/run/Page.svelte')).toBeNull();
	});

	it('no two folders of src/lib import each other', () => {
		expect(twoWayPairs(graph)).toEqual([]);
	});

	it('no folders import each other round a circle', () => {
		expect(folderCircle(graph)).toBeNull();
	});

	it('nothing imports the page shell (src/lib/page) but the routes', () => {
		const into = [...graph].filter(([, edges]) => edges.has('page')).map(([from]) => from);
		expect(into).toEqual([]);
	});

	it('nothing in src/lib imports the pages or their parts in src/routes', () => {
		const intoRoutes = sourceFiles(LIB).filter((f) =>
			/from\s*['"][./]*\/routes\/|import\(\s*['"][./]*\/routes\//.test(
				readFileSync(join(LIB, f), 'utf8')
			)
		);
		expect(intoRoutes).toEqual([]);
	});

	it('docs/architecture.md lists, for each folder, exactly the folders it imports', () => {
		const doc = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
		const rows = new Map<string, string>();
		for (const line of doc.split('\n')) {
			const cells = line.split('|').map((c) => c.trim());
			const folder = /^`([a-z-]+)\/`$/.exec(cells[1] ?? '');
			if (folder && cells.length >= 5) rows.set(folder[1], cells[3]);
		}
		// Listed from the bottom up: each folder imports only folders listed before it.
		const order = [...rows.keys()];
		const upward = [...graph].flatMap(([from, edges]) =>
			[...edges.keys()]
				.filter((to) => order.indexOf(to) > order.indexOf(from))
				.map((to) => `${from}/ → ${to}/`)
		);
		expect(upward, 'folders listed below what imports them').toEqual([]);
		const wrong: string[] = [];
		for (const [folder, edges] of [...graph].sort(([a], [b]) => (a < b ? -1 : 1))) {
			const want = [...edges.keys()].sort().map((f) => `\`${f}/\``);
			const cell = rows.get(folder);
			const listed = [...(cell ?? '').matchAll(/`([a-z-]+)\/`/g)].map((m) => `\`${m[1]}/\``);
			if (cell === undefined || listed.sort().join(' ') !== want.join(' '))
				wrong.push(`${folder}/: ${want.join(', ') || 'nothing'}`);
		}
		expect(wrong, `rows of ${relative(ROOT, 'docs/architecture.md')} to correct`).toEqual([]);
	});
});
