// Regressions: bugs the fuzzing found in other modules, each as the smallest failing case, kept
// after the fix. (The fuzz generators leave these exact triggers out.) The slow ones are sized
// so that the old quadratic behaviour would run past the test runner's time limit.
import { describe, expect, it } from 'vitest';
import { readTemplate } from '$lib/checklist/import';
import { allFillables } from '$lib/checklist/walk';
import { templateFromReport } from '$lib/export/markdown/report-import';
import { readPaste } from '$lib/paste/read-paste';
import { parseTimings } from '$lib/paste/timings';
import { expectSoundOffsets } from './template-checks';
import { exportValues } from '$lib/export/markdown/markdown.fixtures';

/** Exports `markdown` read as a template with the given values by field label. */
function exportWith(markdown: string, byLabel: Record<string, string>): string {
	const read = readTemplate(markdown);
	if (!read.ok) throw new Error(read.error);
	const values = Object.fromEntries(
		allFillables(read.model).flatMap((f) =>
			f.kind === 'field' && f.label in byLabel ? [[f.id, byLabel[f.label]]] : []
		)
	);
	return exportValues({ source: read.source, model: read.model, values });
}

describe('fixed: a blank written with escaped underscores (lines.ts blankSpan)', () => {
	// Pandoc and some editors write a blank as `\_\_\_`. The line reads as a field (its text is
	// "___"), but blankSpan looks for a literal "___" anywhere after the label, so the span is the
	// next field's blank, or [-1, -1] when there is none. Fix (lines.ts blankSpan): search only
	// up to the end of the label's line, and take escaped (`\_`) and referenced (`&#95;`)
	// underscores as part of the blank; when no blank is found on the line, read it as text.
	it('fills each field in its own blank', () => {
		const out = exportWith('# R\n\n- [ ] a\n\n**Version**: \\_\\_\\_\n\n**Date**: ____\n', {
			Version: '1.4.2',
			Date: '2026-11-26'
		});
		expect(out).toContain('**Date**: 2026-11-26\n');
		expect(out).toContain('**Version**: 1.4.2\n');
	});

	it('never writes a value at offset -1 (the end of the document)', () => {
		const source = '# R\n\n- [ ] a\n\n**Version**: &#95;&#95;&#95;\n\nEnd.\n';
		const out = exportWith(source, { Version: '1.4.2' });
		expect(out).toContain('End.\n');
		const read = readTemplate(source);
		if (read.ok) expectSoundOffsets(read.source, read.model);
	});
});

describe('fixed: two byte-order marks (source.ts normalizeSource)', () => {
	// normalizeSource drops one leading U+FEFF, so it is not idempotent: with two, the text it
	// returns still starts with one, parseChecklist's own check throws "parseChecklist needs
	// normalised source", readTemplate shows that internal message as the reason, and
	// templateFromReport (the "Import a filled report" path) throws it. A file saved twice with a
	// BOM, or a BOM pasted before a BOM'd text, has two. Fix (source.ts line 8): strip them all,
	// `text.replace(/^\uFEFF+/, '')`.
	const text = '\uFEFF\uFEFF# Release\n\n- [ ] Deploy\n';

	it('reads the checklist', () => {
		expect(readTemplate(text)).toMatchObject({ ok: true });
	});

	it('turns the report into a template without throwing', () => {
		expect(() => templateFromReport(text)).not.toThrow();
	});
});

describe('fixed: timings beyond the range of a number (timings.ts seconds)', () => {
	// "time_total: 999…9" (400 digits) reads as Infinity, and the finding says "was Infinity ms".
	// Fix (timings.ts): drop figures that are not finite, e.g. in parseTimings push a sample and
	// in pairsIn keep a pair only when Number.isFinite(seconds(…)).
	it('reports no Infinity', () => {
		const result = readPaste(`time_total: ${'9'.repeat(400)}`, {
			kind: 'timings',
			command: "curl -w '%{time_total}\\n'",
			thresholdMs: 50
		});
		const words = result.ok ? result.findings.map((f) => f.summary).join(' ') : result.message;
		expect(words).not.toMatch(/Infinity/);
	});
});

describe('fixed: quadratic timing patterns (timings.ts BARE, SPACED, CODE_AND_TIME)', () => {
	// `\s*${UNIT}\s*$` has two whitespace quantifiers with only an optional unit between them,
	// so a line of a number, many spaces and any other character backtracks quadratically: 40 000
	// spaces take over a second, a 256 KB paste about a minute. Fix (timings.ts): trim each line
	// first and drop the leading `^\s*` and trailing `\s*` from BARE, SPACED and CODE_AND_TIME.
	it('reads a number followed by 256 000 spaces (a minute when quadratic)', () => {
		expect(parseTimings(`1${' '.repeat(256_000)}x`)).toBeNull();
	});
});

describe('fixed: dense emphasis or brackets (micromark attention resolution)', () => {
	// micromark's resolveAllAttention is quadratic in unmatched `*`/`_` delimiters (and label
	// resolution in unmatched `[`): 8 KB of `*a` takes seconds, 64 KB about 25 s per parse, and
	// readTemplate parses twice, so a 2 MB file (the size limit) freezes the tab for hours.
	// Fix (import.ts readTemplate): refuse, in words, a line holding more than ~1 000 `*`, `_`,
	// `[` or `]` characters before parsing (a linear scan), and lower MAX_TEMPLATE_BYTES to a size
	// a checklist needs (256 KB); parsing in a Worker with a time limit would also keep the tab live.
	it('refuses 128 KB of `*a` on one line in words, before parsing (minutes when parsed)', () => {
		const result = readTemplate(`- [ ] a\n\n${'*a'.repeat(64_000)}\n`);
		expect(result).toMatchObject({ ok: false });
		if (!result.ok) expect(result.error).toMatch(/^Line 3 holds more than 1000 of the characters/);
	});
});
