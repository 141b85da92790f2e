import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDiagnostics } from './describe.ts';
import { decodeTemplateFile, readTemplate } from './import.ts';
import type { Block, Checklist, Section, Task } from './model.ts';
import { parseChecklist } from './parse.ts';
import { normalizeSource } from './source.ts';
import { allFillables, allTasks, eachBlock } from './walk.ts';

const dir = new URL('./fixtures/', import.meta.url);
const raw = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const load = (name: string) => {
	const source = normalizeSource(raw(name));
	return { source, model: parseChecklist(source) };
};
const texts = (model: Checklist) => allTasks(model).map((t) => t.text);
const task = (model: Checklist, text: string) => allTasks(model).find((t) => t.text === text)!;
const blocks = (model: Checklist, kind: Block['kind']) => {
	const found: Block[] = [];
	eachBlock(model.blocks, model.sections, (b) => b.kind === kind && found.push(b));
	return found;
};
const outline = (sections: Section[]): unknown[] =>
	sections.map((s) => [s.level, s.title, ...(s.sections.length ? [outline(s.sections)] : [])]);

describe('task markers (markers.md)', () => {
	const { source, model } = load('markers.md');

	it('reads -, *, + and ordered 1. and 3) items, indented by 0 to 3 spaces', () => {
		expect(texts(model)).toEqual([
			'Dash task',
			'Star task',
			'Plus task',
			'First numbered task',
			'Second numbered task',
			'Paren numbered task',
			'One space before the marker',
			'Two spaces before the marker',
			'Three spaces before the marker',
			'Done already',
			'Done in capitals',
			'Not done'
		]);
		const ordered = blocks(model, 'list').filter((b) => b.kind === 'list' && b.ordered);
		expect(ordered).toHaveLength(2);
	});

	it('reads [x] and [X] as ticked and points each mark between its brackets', () => {
		const ticked = allTasks(model).filter((t) => t.checked);
		expect(ticked.map((t) => [t.text, source[t.mark]])).toEqual([
			['Done already', 'x'],
			['Done in capitals', 'X']
		]);
		for (const t of allTasks(model))
			expect(source.slice(t.mark - 1, t.mark + 2)).toMatch(/^\[[ xX]\]$/);
	});

	it('reports lines GitHub would not show as a checkbox, without making them tasks', () => {
		expect(model.diagnostics.tasks).toBe(12);
		expect(model.diagnostics.problems).toEqual([
			expect.stringMatching(/^3 lines look like tasks but GitHub shows no checkbox/)
		]);
	});
});

describe('nesting (nested.md)', () => {
	const { model } = load('nested.md');

	it('nests tasks indented 2, 3 and 4 spaces, to any depth', () => {
		expect(task(model, 'Parent A').children.map((c) => c.text)).toEqual(['Child A1', 'Child A2']);
		expect(task(model, 'Child A2').children.map((c) => c.text)).toEqual(['Grandchild A2a']);
		expect(task(model, 'Ordered parent').children).toHaveLength(2);
		expect(task(model, 'Parent B').children.map((c) => c.text)).toEqual(['Child B1', 'Child B2']);
		expect(model.diagnostics).toMatchObject({ tasks: 19, nestedTasks: 9 });
	});

	it('keeps plain bullets under a task as its description', () => {
		const t = task(model, 'Check the dashboards');
		expect(t.children).toEqual([]);
		const [list] = t.blocks;
		expect(list.kind === 'list' && list.items.map((i) => i.kind)).toEqual(['text', 'text']);
	});

	it('keeps tasks apart across blank lines, with paragraphs under a loose task', () => {
		expect(texts(model)).toEqual(
			expect.arrayContaining(['First loose task', 'Second loose task', 'Third loose task'])
		);
		expect(task(model, 'Second loose task').blocks.map((b) => b.kind)).toEqual(['paragraph']);
		expect(task(model, 'Third loose task').children.map((c) => c.text)).toEqual([
			'Nested after a blank line'
		]);
	});

	it('reads a lazy continuation line as part of the task text, as GitHub does', () => {
		const t = task(model, 'Rotate the keys Write the new key id in the vault.');
		expect(t.children.map((c) => c.text)).toEqual(['Old key revoked']);
	});

	it('keeps a plain bullet between tasks as text', () => {
		const mixed = model.sections[0].sections.find((s) => s.title === 'Mixed list')!;
		const [list] = mixed.blocks;
		expect(list.kind === 'list' && list.items.map((i) => i.kind)).toEqual(['task', 'text', 'task']);
	});
});

describe('headings (headings.md)', () => {
	const { model } = load('headings.md');

	it('counts H1 to H6, ATX and setext, and nests sections that start at any level', () => {
		expect(model.diagnostics.headings).toEqual([2, 3, 1, 1, 1, 1]);
		expect(outline(model.sections)).toEqual([
			[3, 'Starts at level three'],
			[2, 'Then a level two', [[6, 'Level six straight away']]],
			[1, 'A level one title'],
			[
				1,
				'Setext heading one',
				[
					[2, 'Setext heading two', [[4, 'Level four with code', [[5, 'Level five']]]]],
					[2, 'Closing hashes']
				]
			]
		]);
		expect(model.title).toBe('A level one title');
		expect(model.diagnostics.tasks).toBe(8);
	});
});

describe('inline content and contents lists (inline.md)', () => {
	const { model } = load('inline.md');

	it('keeps links, images, bold, code and escapes inside tasks', () => {
		expect(texts(model)).toEqual([
			'Read the runbook first',
			'Compare with the reference guide',
			'Visit https://status.example.com and https://fly.io/docs',
			'Logo shows the logo in the header',
			'Bold and italic and struck text',
			'Run mix test and a `quoted` tick',
			'Escaped *stars* and a literal [x]'
		]);
		const [read, ref, , logo, bold] = allTasks(model);
		expect(read.inline[1]).toMatchObject({ t: 'link', href: 'https://example.com/runbook' });
		expect(ref.inline[1]).toMatchObject({ t: 'link', href: 'https://example.com/guide' });
		expect(logo.inline[1]).toEqual({
			t: 'image',
			src: 'https://example.com/logo.png',
			alt: 'the logo'
		});
		expect(bold.inline.map((i) => i.t)).toEqual(['strong', 'text', 'em', 'text', 'del', 'text']);
	});

	it('leaves a table-of-contents list out and counts its links', () => {
		expect(model.diagnostics.leftOut).toMatchObject({ tocLinks: 4, definitions: 1 });
		expect(blocks(model, 'list')).toHaveLength(3);
	});
});

describe('alerts, comments and HTML (alerts.md)', () => {
	const { model } = load('alerts.md');

	it('reads GitHub alerts, with tasks inside them', () => {
		const quotes = blocks(model, 'quote');
		expect(quotes.map((q) => q.kind === 'quote' && q.alert)).toEqual([
			'NOTE',
			'WARNING',
			null,
			'TIP'
		]);
		expect(texts(model)).toEqual([
			'Confirmed it is not Friday',
			'Announce the deployment',
			'Celebrate'
		]);
	});

	it('leaves HTML comments out, inline ones too, and shows other HTML as text', () => {
		expect(model.diagnostics.leftOut).toMatchObject({ htmlComments: 3, html: 1 });
		const html = blocks(model, 'paragraph').flatMap((b) =>
			b.kind === 'paragraph' ? b.inline : []
		);
		expect(html).toContainEqual({ t: 'code', v: '<div align="center">Raw HTML block</div>' });
	});
});

describe('code blocks (code.md)', () => {
	const { model } = load('code.md');

	it('keeps fences in any language, tildes, nested fences and indented code', () => {
		const code = blocks(model, 'code').map(
			(b) => b.kind === 'code' && [b.lang, b.code.split('\n')[0]]
		);
		expect(code).toEqual([
			['bash', 'fly deploy'],
			['python', 'print("hello")'],
			['', 'no language at all'],
			['sh', 'echo tildes'],
			['markdown', '```bash'],
			['', 'indented code block'],
			['bash', 'fly deploy --strategy rolling']
		]);
		expect(model.diagnostics).toMatchObject({ commands: 7, tasks: 2 });
		expect(task(model, 'Deploy with the command below').blocks.map((b) => b.kind)).toEqual([
			'code'
		]);
	});

	it('reads `# Expected:` lines', () => {
		const [first] = blocks(model, 'code');
		expect(first.kind === 'code' && first.expected).toEqual(['v42 deployed']);
	});
});

describe('front matter (frontmatter.md)', () => {
	it('keeps YAML front matter out of the checklist and reads its variables', () => {
		const { model } = load('frontmatter.md');
		expect(model.frontmatter).toContain('title: With front matter');
		expect(model.variables).toEqual([
			{ name: 'app', label: 'Fly app name', placeholders: ['your-app-name'], source: 'typed' }
		]);
		expect(model.title).toBe('Front matter');
		expect(texts(model)).toEqual([
			'Deploy your-app-name',
			'Check Version: the one in the front matter'
		]);
	});
});

describe('tables (tables.md)', () => {
	const { source, model } = load('tables.md');

	it('makes empty and ____ cells fillable and keeps other tables as they are', () => {
		const tables = blocks(model, 'table');
		const cellLabels = tables.map((t) =>
			t.kind === 'table'
				? t.rows.flatMap((r) => r.cells.flatMap((c) => (c.kind === 'cell' ? [c.label] : [])))
				: []
		);
		expect(cellLabels).toEqual([
			[],
			['Smoke test result', 'Smoke test notes', 'Rollback drill result', 'Rollback drill notes'],
			[
				'Developer name',
				'Developer signature',
				'Developer date',
				'Reviewer name',
				'Reviewer signature',
				'Reviewer date'
			]
		]);
		expect(tables.map((t) => t.kind === 'table' && t.signoff)).toEqual([false, false, true]);
	});

	it('spans each fill-in cell between its pipes, the last cell of a row included', () => {
		const cells = allFillables(model).filter((f) => f.kind === 'cell');
		const inside = cells.map((c) =>
			c.kind === 'cell' ? source.slice(c.blank[0], c.blank[1]) : ''
		);
		expect(inside).toEqual([
			' ____ ',
			' ',
			' ',
			' ___ ',
			' ',
			' ',
			' ',
			' ____ ',
			' ____ ',
			' ____ '
		]);
	});
});

describe('line endings and byte-order marks', () => {
	it('reads a CRLF file with a BOM (crlf-bom.md) like its LF twin', () => {
		const file = raw('crlf-bom.md');
		expect(file.startsWith('\uFEFF') && file.includes('\r\n')).toBe(true);
		const lf = file.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
		expect(parseChecklist(normalizeSource(file))).toEqual(parseChecklist(lf));
		expect(texts(parseChecklist(lf))).toEqual(['First step', 'Nested step', 'Second step']);
	});

	it('reads every fixture the same with CRLF, lone CR and a BOM', () => {
		for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
			const lf = normalizeSource(raw(name));
			const model = parseChecklist(lf);
			expect(parseChecklist(normalizeSource(`\uFEFF${lf.replace(/\n/g, '\r\n')}`))).toEqual(model);
			expect(parseChecklist(normalizeSource(lf.replace(/\n/g, '\r')))).toEqual(model);
		}
	});
});

describe('readTemplate', () => {
	it('refuses a document with no tasks', () => {
		expect(readTemplate(raw('no-tasks.md'))).toEqual({
			ok: false,
			error: 'This file has no checklist items (lines like `- [ ] …`), so it cannot be a template.'
		});
		expect(readTemplate('')).toMatchObject({ ok: false, error: 'This file is empty.' });
	});

	it('summarises the built-in template in words', () => {
		const file = readFileSync(
			new URL('../templates/production-deployment.md', import.meta.url),
			'utf8'
		);
		const read = readTemplate(`\uFEFF${file.replace(/\n/g, '\r\n')}`);
		expect(read).toMatchObject({
			ok: true,
			source: file,
			summary: '104 tasks (10 nested) in 32 sections; 6 fields, 5 ratings, 9 commands, 1 table'
		});
	});

	it('names what it left out and the problems it found', () => {
		const inline = readTemplate(raw('inline.md'));
		expect(inline.ok && inline.summary).toBe(
			'7 tasks in 5 sections; left out: 4 table-of-contents links, 1 link definition'
		);
		const alerts = readTemplate(raw('alerts.md'));
		expect(alerts.ok && alerts.summary).toBe(
			'3 tasks in 3 sections; left out: 3 HTML comments, 1 raw HTML block (shown as plain text)'
		);
		const open = readTemplate('# X\n\n- [ ] a\n\n```bash\nfly deploy\n');
		expect(open.ok && open.summary).toMatch(
			/^1 task in 1 section; 1 command\. The document ends inside an unclosed code block/
		);
		const yaml = readTemplate('---\nvariables: [\n---\n- [ ] a\n');
		expect(yaml.ok && yaml.summary).toMatch(/The front matter is not valid YAML/);
	});

	it('never throws, whatever the text', () => {
		const markdownish = fc.string({
			unit: fc.constantFrom(...'-*+[]xX \n\t#>|`~_<!:1.)\\&\r\u0000\uFEFFaé李🚀'.split('')),
			maxLength: 200
		});
		fc.assert(
			fc.property(fc.oneof(markdownish, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
				const read = readTemplate(text);
				expect(typeof (read.ok ? read.summary : read.error)).toBe('string');
			}),
			{ numRuns: 300 }
		);
	});
});

describe('describeDiagnostics', () => {
	it('says what was found in words', () => {
		const d = parseChecklist('# A\n\n- [ ] one\n').diagnostics;
		expect(describeDiagnostics(d)).toBe('1 task in 1 section');
		expect(
			describeDiagnostics({
				...d,
				tasks: 63,
				sections: 12,
				leftOut: { tocLinks: 3, htmlComments: 1, html: 0, definitions: 0 }
			})
		).toBe('63 tasks in 12 sections; left out: 3 table-of-contents links, 1 HTML comment');
	});
});

describe('decodeTemplateFile', () => {
	const bytes = (text: string) => new TextEncoder().encode(text);

	it('strips a BOM and normalises line endings', () => {
		expect(decodeTemplateFile(bytes('\uFEFF# A\r\n- [ ] b\r'), 'a.md')).toEqual({
			ok: true,
			text: '# A\n- [ ] b\n'
		});
	});

	it('refuses empty, oversized, binary, UTF-16 and invalid UTF-8 files, naming them', () => {
		const refusal = (b: Uint8Array, name?: string) => {
			const r = decodeTemplateFile(b, name);
			return r.ok ? '' : r.error;
		};
		expect(refusal(new Uint8Array(), 'a.md')).toBe('“a.md” is empty.');
		expect(refusal(bytes(' \n\n'), 'a.md')).toBe('“a.md” holds only blank lines.');
		expect(refusal(new Uint8Array(3.5 * 1024 * 1024).fill(65), 'big.md')).toBe(
			'“big.md” is 3.5 MB; a template can be at most 2 MB.'
		);
		expect(refusal(bytes('# A\u0000b'), 'x.png')).toBe(
			'“x.png” is a binary file (it contains NUL bytes), not text.'
		);
		expect(refusal(new Uint8Array(64).fill(3))).toBe(
			'This file is a binary file (it is full of control characters), not text.'
		);
		expect(refusal(new Uint8Array([0xff, 0xfe, 0x23, 0x00]), 'w.md')).toBe(
			'“w.md” is saved as UTF-16 text; save it as UTF-8 and try again.'
		);
		expect(refusal(new Uint8Array([0x23, 0x20, 0xc3, 0x28]), 'l1.md')).toBe(
			'“l1.md” is not valid UTF-8 text; save it as UTF-8 and try again.'
		);
	});

	it('accepts a file of exactly 2 MB', () => {
		const text = `- [ ] a\n${'x'.repeat(2 * 1024 * 1024 - 8)}`;
		expect(decodeTemplateFile(bytes(text)).ok).toBe(true);
	});
});

describe('tasks found in a template are tasks GitHub shows', () => {
	it('matches GitHub on near misses: no space, empty brackets, no bullet space', () => {
		const model = parseChecklist('- [ ]x\n- [] y\n-[ ] z\n- [ ] real\n');
		expect(texts(model)).toEqual(['real']);
		const real: Task = allTasks(model)[0];
		expect(real.mark).toBe(24);
		expect(model.diagnostics.problems?.[0]).toMatch(/^3 lines look like tasks/);
	});
});
