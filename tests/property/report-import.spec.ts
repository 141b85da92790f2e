// Fuzzes the report importer (importReport, reportTemplateHash, templateFromReport) with
// exported reports that were then mutated, and checks export → import round-trips any values
// on generated checklists (markdown.spec.ts covers the built-in template and the fixtures).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeTemplateFile, readTemplate } from '$lib/checklist/import';
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { allFillables, allTasks } from '$lib/checklist/walk';
import {
	builtIn,
	fixtures,
	type Template,
	exportValues,
	importValues
} from '$lib/export/markdown/markdown.fixtures';
import {
	reportTemplateHash,
	templateFromReport,
	templateHash
} from '$lib/export/markdown/report-import';
import { wellFormed } from './checklist-gen';
import { HOSTILE, oneBom } from './markdown-gen';
import { applyByteEdits, applyEdits, applyLineEdits, byteEdit, edit, lineEdit } from './mutate';
import { readWaiver } from '$lib/record/content.fixtures';
import { expectSentence } from './sentences';
import { expectTemplateResult } from './template-checks';
import { evidenceFor, stated, valuesFor } from './values-gen';
import { fuzz, fuzzCounts, limit } from './run';

afterAll(() => console.log(fuzzCounts()));

const TOKENS = [
	...HOSTILE,
	'[x]',
	'[X]',
	'x',
	'\n- [ ] added task\n',
	'\n## Evidence\n\n- **Pass** at now from probe:x\n',
	'<!-- shipshape-report v1 template=zzz-1 evidence=1 -->',
	'<!-- shipshape-report v1 template=',
	'\n```\n',
	'<!--',
	' / 5',
	'9',
	'0',
	'12345',
	'&#10;',
	'\\|',
	'|',
	'____',
	' — **N/A**',
	' — **N/A**: why',
	' — 2/3 done',
	'<!-- shipshape-verdict -->\n> [!NOTE]\n> - Reason: r\n> - By: b, 2026-01-01 00:00 UTC+00:00 <!-- waiver score 1 -->\n\n'
];
const token = fc.oneof(
	{ arbitrary: fc.constantFrom(...TOKENS), weight: 4 },
	{ arbitrary: fc.string({ maxLength: 10 }), weight: 1 }
);

/** A template as the app stores it, from generated well-formed Markdown. */
const generated: fc.Arbitrary<Template> = wellFormed.map((text) => {
	const read = readTemplate(text);
	if (!read.ok) throw new Error(`a well-formed checklist was refused: ${read.error}`);
	return { name: 'generated', source: read.source, model: read.model };
});

/** A filled report of a template, with evidence, with or without the verdict block on top. */
function reportOf(t: Template): fc.Arbitrary<string> {
	return fc
		.tuple(valuesFor(t.model), evidenceFor(t.model), fc.boolean())
		.map(([values, evidence, top]) =>
			exportValues({
				...t,
				values,
				evidence,
				...(top ? { report: { signoff: null, payload: null } } : {})
			})
		);
}

/** A mutated report, or why decodeTemplateFile refused its bytes. */
type Mutated = { template: Template; report: string; refused?: string };

/** A report's bytes with byte edits, read back as "Import a filled report" reads a file. */
function decoded(template: Template): fc.Arbitrary<Mutated> {
	return fc
		.tuple(reportOf(template), fc.array(byteEdit(token), { minLength: 1, maxLength: 4 }))
		.map(([report, edits]) => {
			const read = decodeTemplateFile(applyByteEdits(new TextEncoder().encode(report), edits));
			return read.ok
				? { template, report: oneBom(read.text) }
				: { template, report: '', refused: read.error };
		});
}

/**
 * A fixture's report with edits of its characters and lines, or of its bytes; or a few lines of
 * the built-in template's report, edited.
 */
const mutated: fc.Arbitrary<Mutated> = fc.oneof(
	fc.constantFrom(...fixtures).chain(decoded),
	fc.constantFrom(...fixtures).chain((template) =>
		fc
			.tuple(
				reportOf(template),
				fc.array(edit(token), { maxLength: 5 }),
				fc.array(lineEdit, { maxLength: 3 })
			)
			.map(([report, edits, lines]) => ({
				template,
				report: oneBom(applyLineEdits(applyEdits(report, edits), lines))
			}))
	),
	fc
		.tuple(
			reportOf(builtIn),
			fc.double({ min: 0, max: 1, noNaN: true }),
			fc.integer({ min: 1, max: 25 }),
			fc.array(edit(token), { maxLength: 4 })
		)
		.map(([report, from, n, edits]) => {
			const lines = report.split('\n');
			const start = Math.floor(from * lines.length);
			const piece = lines.slice(start, start + n).join('\n');
			return { template: builtIn, report: oneBom(applyEdits(piece, edits)) };
		})
);

/** Asserts an import result keeps its promises: known ids, typed values, sentences. */
function expectImport(
	result: ReturnType<typeof importValues>,
	model: Checklist
): Record<string, EntryValue> {
	const items = new Map(allFillables(model).map((i) => [i.id, i]));
	expect(result.total).toBe(items.size);
	expect(result.matched).toBeGreaterThanOrEqual(0);
	expect(result.matched).toBeLessThanOrEqual(result.total);
	for (const [id, value] of Object.entries(result.values)) {
		// Decisions: a task's N/A reason, or a waiver as stored (verdict/keys.ts).
		if (id.startsWith('na:')) {
			expect(items.get(id.slice(3))?.kind, `N/A for unknown task ${id}`).toBe('task');
			expect(typeof value).toBe('string');
			continue;
		}
		if (id.startsWith('waiver:')) {
			expect(readWaiver(value), `unreadable waiver ${id}`).not.toBeNull();
			continue;
		}
		const item = items.get(id);
		expect(item, `value for unknown item ${id}`).toBeDefined();
		if (item?.kind === 'task') expect(typeof value).toBe('boolean');
		else if (item?.kind === 'rating') {
			expect(Number.isInteger(value)).toBe(true);
			expect(value as number).toBeGreaterThanOrEqual(1);
			expect(value as number).toBeLessThanOrEqual(item.max);
		} else expect(typeof value).toBe('string');
	}
	for (const problem of result.problems) expectSentence(problem);
	return result.values;
}

describe('importReport on mutated reports', () => {
	it(
		'never throws, reads only known items with values of their kind, and names its problems',
		() => {
			fuzz(
				'importReport: mutated reports',
				850,
				fc.property(mutated, ({ template, report, refused }) => {
					if (refused !== undefined) return expectSentence(refused);
					expectImport(importValues(report, template), template.model);
				})
			);
		},
		limit(60_000)
	);

	it(
		'names a template or none, and turns any report into a template or a refusal',
		() => {
			fuzz(
				'reportTemplateHash + templateFromReport → readTemplate: mutated reports',
				150,
				fc.property(mutated, ({ report, refused }) => {
					if (refused !== undefined) return expectSentence(refused);
					const hash = reportTemplateHash(report);
					if (hash !== null) expect(hash).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
					// As "Import a filled report" does when no template fits.
					const text = templateFromReport(report);
					expect(typeof text).toBe('string');
					expectTemplateResult(readTemplate(text), text);
				})
			);
		},
		limit(30_000)
	);
});

describe('export → import round trip', () => {
	it(
		'restores any values on generated checklists, names the template and turns back into it',
		() => {
			const cases = generated.chain((t) =>
				fc.tuple(fc.constant(t), valuesFor(t.model), evidenceFor(t.model))
			);
			fuzz(
				'exportMarkdown → importReport, reportTemplateHash, templateFromReport: generated checklists and values',
				150,
				fc.property(cases, ([t, values, evidence]) => {
					const report = exportValues({ ...t, values, evidence });
					expect(reportTemplateHash(report)).toBe(templateHash(t.source));
					const again = readTemplate(templateFromReport(report));
					if (!again.ok) throw new Error(again.error);
					expect(allTasks(again.model).map((task) => task.checked)).toEqual(
						allTasks(t.model).map(() => false)
					);
					const back = importValues(report, t);
					// An untouched task keeps the template's own mark, which then reads back as a value.
					const untouched = allTasks(t.model).filter((task) => !(task.id in values));
					const marks = Object.fromEntries(untouched.map((task) => [task.id, task.checked]));
					expect(expectImport(back, t.model)).toEqual({ ...stated(values), ...marks });
					expect(back.matched).toBe(back.total);
					expect(back.problems).toEqual([]);
				})
			);
		},
		limit(60_000)
	);
});
