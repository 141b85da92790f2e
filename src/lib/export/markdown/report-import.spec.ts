import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { parseChecklist } from '$lib/checklist/parse';
import { allFillables, allTasks } from '$lib/checklist/walk';
import {
	builtIn,
	fixtures,
	hostileValues,
	templates,
	type Template,
	exportValues,
	importValues
} from './markdown.fixtures';
import { readReport, reportTemplateHash, templateFromReport, templateHash } from './report-import';

const evidence = [
	{
		source: 'probe:health',
		key: 'health',
		verdict: 'pass',
		summary: 'HTTP 200',
		at: 0,
		itemIds: []
	}
];
const exportOf = (t: Template, values: Record<string, EntryValue>) =>
	exportValues({ source: t.source, model: t.model, values, evidence });
/** What a report can say: an empty text keeps the blank, so it reads back as no value. */
const stated = (values: Record<string, EntryValue>) =>
	Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '' && v !== null));
const find = (m: Checklist, label: string) =>
	allFillables(m).find((f) => (f.kind === 'task' ? f.text : f.label) === label)!;

describe('importReport restores what exportMarkdown wrote', () => {
	it.each(templates.map((t) => [t.name, t]))(
		'%s: every tick, field, rating, cell and note',
		(_, t) => {
			for (const seed of [0, 1, 2, 3]) {
				const values = hostileValues(t.model, seed);
				const back = importValues(exportOf(t, values), t);
				expect(back.values).toEqual(stated(values));
				expect(back).toMatchObject({ matched: back.total, problems: [] });
				expect(back.total).toBe(allFillables(t.model).length);
			}
		}
	);

	it('reads a report re-saved by an editor: BOM, CRLF, trailing whitespace', () => {
		for (const t of templates) {
			const values = hostileValues(t.model, 1);
			const resaved = `\uFEFF${exportOf(t, values)
				.split('\n')
				.map((line) => line.replace(/[ \t]+$/, ''))
				.join('\r\n')}\r\n\r\n`;
			expect(importValues(resaved, t).values).toEqual(stated(values));
		}
	});

	it('reads ticks and values written by hand, around added and removed lines', () => {
		const report = exportOf(builtIn, {})
			.replace('- [ ] Code formatted', '- [X] Code formatted')
			.replace('**Version**: _________________', '**Version**:   1.4.2 *hotfix*')
			.replace('- [ ] Changes reviewed and approved\n', '')
			.replace('### Database\n', '### Database\nChecked by Ana.\n\n- [ ] An extra task\n')
			.replace('- Security: _____ / 5', '- Security: 9 / 5');
		const back = importValues(report, builtIn);
		expect(back.values[find(builtIn.model, 'Code formatted (mix format)').id]).toBe(true);
		expect(back.values[find(builtIn.model, 'Version').id]).toBe('1.4.2 hotfix');
		expect(back.values[find(builtIn.model, 'Database created and accessible').id]).toBe(false);
		expect(back.matched).toBe(back.total - 1);
		expect(back.problems).toEqual([
			'Security is rated “9”, not 1 to 5; it was left unrated.',
			'1 of the template’s 128 items was not found in this report.'
		]);
	});

	it('reads notes whose last line repeats the line after them', () => {
		const source = '# T\n\n- [ ] a\n\n## Notes\n\nWrite here.\n\nThanks\n------\n\n- [ ] b\n';
		const model = parseChecklist(source);
		const notes = find(model, 'Notes');
		const values = { [notes.id]: 'First\nThanks' };
		const report = exportValues({ source, model, values });
		expect(importValues(report, { source, model }).values).toMatchObject(values);
	});

	it('says how well a report fits another template', () => {
		const other = fixtures.find((f) => f.name === 'fill-ins.md')!;
		const report = exportOf(builtIn, hostileValues(builtIn.model));
		const fit = importValues(report, other);
		expect(fit.matched / fit.total).toBeLessThan(0.2);
		expect(fit.problems[0]).toBe(
			'This report was exported from another template, or another version of it.'
		);
	});

	it('reads a report split once exactly as from its text, against any template', () => {
		const report = exportOf(builtIn, hostileValues(builtIn.model));
		const parts = readReport(report);
		for (const t of [builtIn, ...fixtures])
			expect(importValues(parts, t)).toEqual(importValues(report, t));
		expect(reportTemplateHash(parts)).toBe(reportTemplateHash(report));
		expect(templateFromReport(parts)).toBe(templateFromReport(report));
	});

	it('round-trips any values (property)', () => {
		const unit = fc.constantFrom(
			...[' ', '\t', '\n', '\r', '\\', '`', '*', '_', '[', ']', '<', '>', '&', '#', '|', '~'],
			...[
				'$',
				'!',
				'-',
				'+',
				'=',
				'.',
				')',
				':',
				'/',
				'@',
				'w',
				'1',
				'x',
				'é',
				'李',
				'🚀',
				'\u00a0'
			]
		);
		const text = fc.oneof(
			fc.string({ unit, maxLength: 30 }),
			fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => !s.includes('\u0000'))
		);
		for (const t of [builtIn, fixtures.find((f) => f.name === 'tables.md')!]) {
			const items = allFillables(t.model);
			const value = (kind: string, max: number) =>
				kind === 'task' ? fc.boolean() : kind === 'rating' ? fc.integer({ min: 1, max }) : text;
			const values = fc.record(
				Object.fromEntries(
					items.map((i) => [i.id, value(i.kind, i.kind === 'rating' ? i.max : 0)])
				) as Record<string, fc.Arbitrary<EntryValue>>
			);
			fc.assert(
				fc.property(values, (v) => {
					expect(importValues(exportValues({ ...t, values: v }), t).values).toEqual(stated(v));
				}),
				{ numRuns: 40 }
			);
		}
	});
});

describe('importReport on any text', () => {
	it('never throws and finds nothing in text that is not a report', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (text) => {
				const read = importValues(text, builtIn);
				expect(read.matched).toBeLessThanOrEqual(read.total);
			}),
			{ numRuns: 50 }
		);
		expect(importValues('', builtIn)).toMatchObject({ values: {}, matched: 0, total: 128 });
	});

	it('still reads a very long report, by a forward search', () => {
		const values = hostileValues(builtIn.model);
		const fence = '`'.repeat(3);
		const pasted = Array.from({ length: 20_000 }, (_, i) => `Line ${i} pasted by hand.`);
		const block = [fence, ...pasted, fence].join('\n');
		const report = exportOf(builtIn, values).replace('\n## Evidence', `\n${block}\n\n## Evidence`);
		expect(importValues(report, builtIn).values).toEqual(stated(values));
	}, 20_000);
});

describe('template identity', () => {
	it('reads the template hash from the marker', () => {
		const report = exportOf(builtIn, {});
		expect(reportTemplateHash(report)).toBe(templateHash(builtIn.source));
		expect(templateHash(`\uFEFF${builtIn.source.replace(/\n/g, '\r\n')}`)).toBe(
			templateHash(builtIn.source)
		);
		expect(templateHash(`${builtIn.source}\n`)).not.toBe(templateHash(builtIn.source));
		expect(reportTemplateHash(builtIn.source)).toBeNull();
	});
});

describe('templateFromReport', () => {
	it.each(templates.map((t) => [t.name, t]))('%s: an untouched report is its template', (_, t) => {
		// Ticks are cleared, the template's own `[x]` included.
		const chars = t.source.split('');
		for (const task of allTasks(t.model)) chars[task.mark] = ' ';
		expect(templateFromReport(exportValues({ ...t, values: {} }))).toBe(chars.join(''));
	});

	it('clears ticks and drops the appendix and marker, keeping filled values', () => {
		const values = hostileValues(builtIn.model);
		const version = find(builtIn.model, 'Version');
		values[version.id] = '1.4.2';
		const template = templateFromReport(exportOf(builtIn, values));
		const model = parseChecklist(template);
		expect(allTasks(model).map((t) => t.text)).toEqual(allTasks(builtIn.model).map((t) => t.text));
		expect(allTasks(model).some((t) => t.checked)).toBe(false);
		expect(template).not.toMatch(/## Evidence|shipshape-report/);
		expect(template).toContain('**Version**: 1.4.2\n');
	});

	it('drops a final evidence-only section when the marker is gone', () => {
		const report = exportOf(builtIn, {}).replace(/\n\n<!--.*-->\n$/, '\n');
		expect(templateFromReport(report)).toBe(builtIn.source);
	});
});
