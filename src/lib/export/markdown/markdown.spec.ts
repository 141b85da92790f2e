import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { parseChecklist, parseMarkdownTree } from '$lib/checklist/parse';
import { normalizeSource } from '$lib/checklist/source';
import { allFillables, allTasks } from '$lib/checklist/walk';
import { formatWithZone } from '$lib/util/dates';
import { exportMarkdown } from './markdown';
import { escapeInline, escapeLines } from './escape';
import { builtIn, fixtures, hostileTexts, hostileValues, templates } from './markdown.fixtures';
import { markerComment, templateHash } from './marker';
import { fromLegacyValues } from '$lib/record/legacy';
import { noDecisions } from '$lib/record/decisions';

const { source, model } = builtIn;
const find = (m: Checklist, label: string) =>
	allFillables(m).find((f) => (f.kind === 'task' ? f.text : f.label) === label)!;
const exportOf = (values: Record<string, EntryValue | undefined>, m = model, s = source) =>
	exportMarkdown({ source: s, model: m, decisions: fromLegacyValues(values) });
const lineOf = (text: string, start: string) => text.split('\n').find((l) => l.startsWith(start));

function textOf(node: Nodes): string {
	if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') return node.value;
	if (node.type === 'break') return '\n';
	return 'children' in node ? node.children.map((c: Nodes) => textOf(c)).join('') : '';
}

function nodesOf(tree: Root, type: Nodes['type']): Nodes[] {
	const found: Nodes[] = [];
	const visit = (node: Nodes) => {
		if (node.type === type) found.push(node);
		if ('children' in node) node.children.forEach((c: Nodes) => visit(c));
	};
	visit(tree);
	return found;
}

describe('exportMarkdown of an untouched deployment', () => {
	it.each(templates.map((t) => [t.name, t]))('%s: is the template, then the marker', (_, t) => {
		const out = exportMarkdown({ source: t.source, model: t.model, decisions: noDecisions() });
		expect(out).toBe(`${t.source}\n\n${markerComment(templateHash(t.source), 0)}\n`);
		expect(normalizeSource(out).startsWith(t.source)).toBe(true);
	});
});

describe('exportMarkdown of a filled deployment', () => {
	it('ticks, unticks and leaves untouched tasks as the values say', () => {
		const fixture = fixtures.find((f) => f.name === 'markers.md')!;
		const [dash, star] = allTasks(fixture.model);
		const done = find(fixture.model, 'Done already');
		const caps = find(fixture.model, 'Done in capitals');
		const out = exportOf(
			{ [dash.id]: true, [star.id]: false, [done.id]: false },
			fixture.model,
			fixture.source
		);
		expect(lineOf(out, '- [')).toBe('- [x] Dash task');
		expect(lineOf(out, '* [')).toBe('* [ ] Star task');
		expect(lineOf(out, '- [ ] Done')).toBe('- [ ] Done already');
		expect(out).toContain('- [X] Done in capitals');
		expect(caps.kind).toBe('task');
	});

	it('fills blanks and keeps the underscores of empty ones', () => {
		const version = find(model, 'Version');
		const date = find(model, 'Date');
		const out = exportOf({ [version.id]: '1.4.2', [date.id]: '' });
		expect(out).toContain('**Version**: 1.4.2\n');
		expect(out).toContain('**Date**: _________________  \n');
	});

	it('fills ratings, and the total once a rating is set', () => {
		const [security, performance] = allFillables(model).filter((f) => f.kind === 'rating');
		expect(exportOf({})).toContain('**Overall Score**: _____ / 25');
		const out = exportOf({ [security.id]: 4, [performance.id]: 7 });
		expect(out).toContain('- Security: 4 / 5\n- Performance: _____ / 5');
		expect(out).toContain('**Overall Score**: 4 / 25');
	});

	it('fills sign-off cells, escaping pipes and line breaks', () => {
		const name = find(model, 'Developer name');
		const date = find(model, 'Developer date');
		const out = exportOf({ [name.id]: 'Zoë | Ł\nsecond', [date.id]: '2026-11-26' });
		expect(out).toContain('| Developer | Zoë \\| Ł&#10;second | | 2026-11-26 |\n');
		const table = nodesOf(parseMarkdownTree(out), 'tableRow')[1];
		expect(table.type === 'tableRow' && table.children.map(textOf)).toEqual([
			'Developer',
			'Zoë | Ł\nsecond',
			'',
			'2026-11-26'
		]);
	});

	it('writes notes in place of their hint (the prompt), as a paragraph shown line for line', () => {
		const notes = find(model, 'Notes');
		const out = exportOf({ [notes.id]: 'Rolled back once.\n# Not a heading\n\n<b>Not bold</b>' });
		expect(out).toContain(
			'## Notes\n\nRolled back once.\\\n\\# Not a heading\\\n\\\n\\<b>Not bold\\</b>\n\n---'
		);
		expect(out).not.toContain('Use this space');
		expect(exportOf({})).toContain('## Notes\n\n_Use this space');
		const paragraph = nodesOf(parseMarkdownTree(out), 'paragraph').find((p) =>
			textOf(p).startsWith('Rolled')
		)!;
		expect(textOf(paragraph)).toBe('Rolled back once.\n# Not a heading\n\n<b>Not bold</b>');
	});

	it.each(hostileTexts.map((t) => [t]))('shows %j in a field as exactly that text', (text) => {
		const out = exportOf({ [find(model, 'Version').id]: text });
		const tree = parseMarkdownTree(out);
		const header = nodesOf(tree, 'paragraph').find((p) => textOf(p).startsWith('Date'))!;
		const blank = '_'.repeat(17);
		expect(textOf(header)).toBe(`Date: ${blank}\nDeployed By: ${blank}\nVersion: ${text}`);
		// Only the label is bold; a URL may be linked by GFM's autolinking, nothing else forms.
		const kinds = new Set(kindsIn(header));
		kinds.delete('link');
		expect(kinds).toEqual(new Set(['paragraph', 'strong', 'text', 'break']));
		expect(nodesOf(header as Root, 'strong')).toHaveLength(3);
	});
});

function kindsIn(node: Nodes): string[] {
	return [
		node.type,
		...('children' in node ? node.children.flatMap((c: Nodes) => kindsIn(c)) : [])
	];
}

describe('the Evidence appendix', () => {
	const health = find(model, 'Health check returns 200 OK');
	const evidence = [
		{
			source: 'probe:health',
			key: 'health',
			verdict: 'pass',
			summary: 'HTTP 200 in 84 ms\n<b>{"status":"ok"}</b>',
			at: Date.UTC(2026, 10, 26, 14, 3, 5),
			itemIds: [health.id, 'gone']
		},
		{ source: 'paste:headers', key: '', verdict: 'unknown', summary: '', at: NaN, itemIds: [] }
	];

	it('lists each verdict with its local time and zone, source and finding in words, and items', () => {
		const out = exportMarkdown({
			source,
			model,
			decisions: noDecisions(),
			evidence,
			itemTexts: new Map([['gone', 'A *removed* item']])
		});
		expect(out.slice(source.length)).toBe(
			[
				'',
				'',
				'## Evidence',
				'',
				`- **Pass** at ${formatWithZone(evidence[0].at)} — Health probe: HTTP 200 in 84 ms\\`,
				'  \\<b>{"status":"ok"}\\</b>',
				'  - Informs:',
				'    - Health check returns 200 OK',
				'    - A \\*removed\\* item',
				'- **Unknown** at an unknown time — Pasted headers (curl -sI)',
				'',
				markerComment(templateHash(source), 2),
				''
			].join('\n')
		);
	});

	it('is left out when there is no evidence', () => {
		expect(exportMarkdown({ source, model, decisions: noDecisions(), evidence: [] })).not.toContain(
			'Evidence'
		);
	});
});

describe('an export is valid GFM of the same shape', () => {
	const evidence = [
		{
			source: 'probe:x',
			key: 'k',
			verdict: 'fail',
			summary: '- [ ] no task\n# no heading',
			at: 0,
			itemIds: []
		}
	];
	const headings = (tree: Root) =>
		nodesOf(tree, 'heading').map((h) => `${h.type === 'heading' ? h.depth : 0} ${textOf(h)}`);
	const htmlOf = (tree: Root) => nodesOf(tree, 'html').map(textOf);

	it.each(templates.map((t) => [t.name, t]))(
		'%s: same headings, tasks and HTML, plus the appendix and marker',
		(_, t) => {
			for (const seed of [0, 1, 2]) {
				const values = hostileValues(t.model, seed);
				const out = exportMarkdown({
					source: t.source,
					model: t.model,
					decisions: fromLegacyValues(values),
					evidence
				});
				const before = parseMarkdownTree(t.source);
				const after = parseMarkdownTree(out);
				expect(headings(after)).toEqual([...headings(before), '2 Evidence']);
				expect(parseChecklist(normalizeSource(out)).diagnostics.tasks).toBe(
					t.model.diagnostics.tasks
				);
				expect(htmlOf(after)).toEqual([
					...htmlOf(before),
					markerComment(templateHash(t.source), 1)
				]);
				const ticked = allTasks(parseChecklist(out)).filter((task) => task.checked).length;
				expect(ticked).toBe(allTasks(t.model).filter((task) => values[task.id]).length);
			}
		}
	);
});

describe('escaping', () => {
	it('escapes Markdown punctuation and writes edge spaces and line breaks as references', () => {
		expect(escapeInline('  a|b*c_d`e\n<x>&y ')).toBe(
			'&#32;&#32;a\\|b\\*c\\_d\\`e&#10;\\<x>\\&y&#32;'
		);
		expect(escapeInline('1.4.2 — Zoë 李雷 🚀')).toBe('1.4.2 — Zoë 李雷 🚀');
	});

	it('keeps each line of several from opening a block', () => {
		expect(escapeLines('# a\n- b\n1. c\n\n  d\n', '  ')).toBe(
			'\\# a\\\n  \\- b\\\n  1\\. c\\\n  \\\n  &#32;&#32;d&#10;'
		);
	});
});

describe('control characters', () => {
	it('never write a NUL byte: U+0000 becomes U+FFFD, as Markdown parsers read it', async () => {
		const { escapeInline } = await import('./escape');
		expect(escapeInline('a\u0000b')).toBe('a\uFFFDb');
		expect(escapeInline('bell\u0007')).toBe('bell\u0007');
	});
});
