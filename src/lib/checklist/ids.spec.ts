import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IdAllocator, shortHash, slug } from './ids.ts';
import { parseChecklist } from './parse.ts';
import { normalizeSource } from './source.ts';
import { allFillables } from './walk.ts';

const source = normalizeSource(
	readFileSync(new URL('../templates/production-deployment.md', import.meta.url), 'utf8')
);

const idsOf = (text: string) => allFillables(parseChecklist(text)).map((f) => f.id);

describe('item ids', () => {
	it('are the same for the same template text', () => {
		expect(idsOf(source)).toEqual(idsOf(source));
	});

	it('are unique within the template', () => {
		const ids = idsOf(source);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('survive reordering items within a section', () => {
		const before = '## Checks\n- [ ] First\n- [ ] Second\n- [ ] Third\n';
		const after = '## Checks\n- [ ] Third\n- [ ] First\n- [ ] Second\n';
		expect(new Set(idsOf(after))).toEqual(new Set(idsOf(before)));
	});

	it('survive reordering the built-in template’s tasks within every list', () => {
		// Each top-level task moves with the indented lines under it.
		const units: string[][] = [];
		for (const line of source.split('\n')) {
			const last = units[units.length - 1];
			if (line.startsWith('  ') && last?.[0].startsWith('- [ ]')) last.push(line);
			else units.push([line]);
		}
		const runs: string[][][] = [];
		for (const unit of units) {
			const last = runs[runs.length - 1];
			if (unit[0].startsWith('- [ ]') && last?.[0][0].startsWith('- [ ]')) last.push(unit);
			else runs.push([unit]);
		}
		const reversed = runs.flatMap((run) => [...run].reverse().flat()).join('\n');
		expect(reversed).not.toBe(source);
		expect(new Set(idsOf(reversed))).toEqual(new Set(idsOf(source)));
	});

	it('depend on the section: the same text in two sections gets two ids', () => {
		const ids = idsOf('## A\n- [ ] Check logs\n## B\n- [ ] Check logs\n');
		expect(ids).toHaveLength(2);
		expect(ids[0]).not.toBe(ids[1]);
	});

	it('are made unique for repeated text in one section', () => {
		const ids = idsOf('## A\n- [ ] Same\n- [ ] Same\n');
		expect(ids).toHaveLength(2);
		expect(ids[1]).toBe(`${ids[0]}~2`);
	});

	it('ignore whitespace and Unicode normalisation differences', () => {
		const a = new IdAllocator().id('task', ['Sécurité'], 'Zoë  checks');
		const b = new IdAllocator().id('task', ['Se\u0301curite\u0301'], 'Zoe\u0308 checks');
		expect(a).toBe(b);
	});

	it('are readable and URL-safe', () => {
		expect(slug('All tests passing (`mix test`)')).toBe('all-tests-passing-mix-test');
		expect(slug('李雷 🚀')).toBe('李雷');
		expect(shortHash('x')).toMatch(/^[0-9a-z]{7}$/);
		expect(idsOf(source).every((id) => /^[\p{L}\p{N}~-]+$/u.test(id))).toBe(true);
	});
});
