import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block, Section } from './model.ts';
import { parseChecklist } from './parse.ts';
import { normalizeSource } from './source.ts';
import { allFillables, allTasks, eachBlock } from './walk.ts';

const source = normalizeSource(
	readFileSync(new URL('../templates/production-deployment.md', import.meta.url), 'utf8')
);
const model = parseChecklist(source);

function blocksOf(kind: Block['kind']) {
	const found: Block[] = [];
	eachBlock(model.blocks, model.sections, (b) => b.kind === kind && found.push(b));
	return found;
}

function sectionByTitle(title: string, list: Section[] = model.sections): Section | undefined {
	for (const s of list) {
		if (s.title === title) return s;
		const inner = sectionByTitle(title, s.sections);
		if (inner) return inner;
	}
}

describe('the built-in template', () => {
	it('has 104 tasks, 10 of them nested under a parent task', () => {
		const tasks = allTasks(model);
		expect(tasks).toHaveLength(104);
		const nested = tasks.flatMap((t) => t.children);
		expect(nested).toHaveLength(10);
		expect(model.diagnostics).toMatchObject({ tasks: 104, nestedTasks: 10 });
		const parents = tasks.filter((t) => t.children.length).map((t) => [t.text, t.children.length]);
		expect(parents).toEqual([
			['LLM provider API key set:', 3],
			['Health check monitoring configured', 3],
			['Error rate monitoring', 2],
			['Rate limit violations', 1],
			['Database connection pool', 1]
		]);
	});

	it('has the section tree: 1 H1, 13 H2, 15 H3, 3 H4', () => {
		expect(model.diagnostics.headings).toEqual([1, 13, 15, 3, 0, 0]);
		expect(model.sections).toHaveLength(1);
		const [h1] = model.sections;
		expect(h1).toMatchObject({ level: 1, title: 'Production Deployment Checklist' });
		expect(h1.sections.map((s) => s.level)).toEqual(Array(13).fill(2));
		const h3 = h1.sections.flatMap((s) => s.sections);
		expect(h3.map((s) => s.level)).toEqual(Array(15).fill(3));
		const h4 = h3.flatMap((s) => s.sections);
		expect(h4.map((s) => s.title)).toEqual([
			'HTTPS Enforcement',
			'Security Headers',
			'Rate Limiting'
		]);
		expect(model.title).toBe('Production Deployment Checklist');
	});

	it('keeps 9 command blocks with their expected output', () => {
		const code = blocksOf('code') as Extract<Block, { kind: 'code' }>[];
		expect(code).toHaveLength(9);
		expect(code.every((c) => c.lang === 'bash')).toBe(true);
		const expected = code.filter((c) => c.expected.length).map((c) => c.expected);
		expect(expected).toEqual([['{"status":"ok","timestamp":"..."}'], ['301 redirect to https://']]);
		expect(code[2].code).toContain('curl https://your-app.fly.dev/health');
	});

	it('has the header fields Date (a date), Deployed By and Version', () => {
		const fields = allFillables(model).filter((f) => f.kind === 'field');
		const header = fields.filter((f) => model.header.includes(f.id));
		expect(header.map((f) => [f.label, f.kind === 'field' && f.input])).toEqual([
			['Date', 'date'],
			['Deployed By', 'text'],
			['Version', 'text']
		]);
		for (const f of header) expect(source.slice(f.blank[0], f.blank[1])).toMatch(/^_{17}$/);
	});

	it('has five ratings out of 5, the Overall Score out of 25 and the 20/25 threshold', () => {
		const ratings = allFillables(model).filter((f) => f.kind === 'rating');
		expect(ratings.map((r) => [r.label, r.kind === 'rating' && r.max])).toEqual([
			['Security', 5],
			['Performance', 5],
			['Monitoring', 5],
			['Documentation', 5],
			['Team Readiness', 5]
		]);
		const lines = (blocksOf('lines') as Extract<Block, { kind: 'lines' }>[]).flatMap(
			(b) => b.lines
		);
		expect(lines.filter((l) => l.kind === 'total')).toMatchObject([
			{ label: 'Overall Score', max: 25 }
		]);
		expect(lines.filter((l) => l.kind === 'threshold')).toMatchObject([{ value: 20, max: 25 }]);
	});

	it('has the sign-off table: 4 roles × Name, Signature, Date', () => {
		const tables = blocksOf('table') as Extract<Block, { kind: 'table' }>[];
		expect(tables).toHaveLength(1);
		const [table] = tables;
		expect(table.signoff).toBe(true);
		expect(table.rows.map((r) => r.key)).toEqual(['Developer', 'Tech Lead', 'DevOps', 'Security']);
		const labels = table.rows.flatMap((r) =>
			r.cells.flatMap((c) => (c.kind === 'cell' ? [c.label] : []))
		);
		expect(labels).toHaveLength(12);
		expect(labels.slice(0, 3)).toEqual(['Developer name', 'Developer signature', 'Developer date']);
		const dates = table.rows.flatMap((r) =>
			r.cells.filter((c) => c.kind === 'cell' && c.input === 'date')
		);
		expect(dates).toHaveLength(4);
	});

	it('has 3 fill-in emergency contacts and 3 support links', () => {
		const contacts = sectionByTitle('Emergency Contacts')!;
		const list = contacts.blocks.find((b) => b.kind === 'list')!;
		if (list.kind !== 'list') throw new Error('no list');
		expect(
			list.items.filter((i) => i.kind === 'field').map((i) => i.kind === 'field' && i.label)
		).toEqual(['On-Call Engineer', 'Database Admin', 'Security Team']);
		const links = list.items.flatMap((i) =>
			i.kind === 'text'
				? i.inline.filter((x) => x.t === 'link').map((x) => x.t === 'link' && x.href)
				: []
		);
		expect(links).toEqual([
			'https://community.fly.io',
			'https://help.openai.com',
			'https://cloud.google.com/support'
		]);
	});

	it('has a Notes field and the footer metadata', () => {
		const notes = sectionByTitle('Notes')!;
		const field = notes.blocks[0];
		expect(field).toMatchObject({ kind: 'notes', label: 'Notes' });
		if (field.kind === 'notes')
			expect(source.slice(field.insertAt - 5, field.insertAt)).toBe('ess._');
		const meta = (blocksOf('lines') as Extract<Block, { kind: 'lines' }>[]).flatMap((b) =>
			b.lines.filter((l) => l.kind === 'meta')
		);
		expect(meta.map((m) => m.label)).toEqual(['Checklist Version', 'Last Updated']);
	});

	it('names tasks by their plain text, keeping inline code', () => {
		const tasks = allTasks(model);
		expect(tasks[0].text).toBe('All tests passing (mix test)');
		expect(tasks.map((t) => source[t.mark])).toEqual(Array(104).fill(' '));
	});
});
