// Test data shared by the export and report-import specs (not used by the app): the built-in
// template, the importer fixtures, and hostile values for every fillable item of a template.
import { readdirSync, readFileSync } from 'node:fs';
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { parseChecklist } from '$lib/checklist/parse';
import { normalizeSource } from '$lib/checklist/source';
import { allFillables } from '$lib/checklist/walk';
import { fromLegacyValues, toLegacyValues } from '$lib/record/legacy';
import { exportMarkdown, type MarkdownExportInput } from './markdown';
import { importReport } from './report-import';

/** A template as the app stores it. */
export interface Template {
	name: string;
	source: string;
	model: Checklist;
}

function load(name: string, url: URL): Template {
	const source = normalizeSource(readFileSync(url, 'utf8'));
	return { name, source, model: parseChecklist(source) };
}

/** The built-in template. */
export const builtIn = load(
	'production-deployment.md',
	new URL('../../templates/production-deployment.md', import.meta.url)
);

const fixtureDir = new URL('../../checklist/fixtures/', import.meta.url);

/** Every importer fixture that is a template (has tasks). */
export const fixtures: Template[] = readdirSync(fixtureDir)
	.filter((name) => name.endsWith('.md'))
	.sort()
	.map((name) => load(name, new URL(name, fixtureDir)))
	.filter((t) => t.model.diagnostics.tasks > 0);

/** The built-in template and every fixture. */
export const templates: Template[] = [builtIn, ...fixtures];

/** One-line texts that Markdown or HTML would like to interpret. */
export const hostileTexts = [
	'Zoë Łukasiewicz',
	'李雷',
	'🚀',
	'| pipes |',
	'**stars**',
	'`ticks`',
	'<script>alert(1)</script>',
	'[x]',
	'  leading and trailing  ',
	'___',
	'\\back\\slash\\',
	'&amp; &#32; &copy',
	'# not a heading',
	'- not a list',
	'1. not ordered',
	'~~not struck~~ $x$ math',
	'a  b\ttab',
	'[link](javascript:alert(1)) ![img](x.png)',
	'https://example.com/?a=1&b=<2>',
	':rocket: @someone #12',
	'1.4.2',
	'2026-11-26'
];

/** Several lines of free text, as notes may hold. */
export const hostileNotes = [
	'Rolled back once.\n\n  Indented *stars* and `code`\n# heading?\n- list?\n> quote\n',
	'```\nfence\n```\n<div>html</div>\n| a | b |\n|---|---|\n===\n---\n\n\n',
	'\n\nStarts with blank lines\\\nand a backslash\\',
	'Zoë, 李雷 and 🚀 with trailing spaces   \n\ttabbed\r\nCRLF inside'
];

/** A value for every fillable item: ticks alternate, texts cycle through the hostile ones. */
export function hostileValues(model: Checklist, seed = 0): Record<string, EntryValue> {
	const values: Record<string, EntryValue> = {};
	allFillables(model).forEach((item, i) => {
		const n = i + seed;
		if (item.kind === 'task') values[item.id] = n % 3 !== 1;
		else if (item.kind === 'rating') values[item.id] = 1 + (n % item.max);
		else if (item.kind === 'notes') values[item.id] = hostileNotes[n % hostileNotes.length];
		else {
			const text = hostileTexts[n % hostileTexts.length];
			values[item.id] = n % 7 === 3 ? `${text}\nsecond line` : text;
		}
	});
	return values;
}

/** Markdown export input with the decisions as a value map (record/legacy.ts), as specs state them. */
export type ValuesExportInput = Omit<MarkdownExportInput, 'decisions'> & {
	values: Record<string, EntryValue | undefined>;
};

/** exportMarkdown for specs that state decisions as a value map. */
export function exportValues({ values, ...input }: ValuesExportInput): string {
	return exportMarkdown({ ...input, decisions: fromLegacyValues(values) });
}

/** importReport for specs that state decisions as a value map: its decisions as one. */
export function importValues(...args: Parameters<typeof importReport>) {
	const { decisions, ...read } = importReport(...args);
	return { ...read, values: toLegacyValues(decisions) };
}
