// Command variables: the placeholders in a checklist's commands (your-app-name,
// your-app.fly.dev, …) and the deployment's values that replace them.
import type { Checklist, VariableDef } from '$lib/checklist/model';

export type { VariableDef };
import { eachBlock } from '$lib/checklist/walk';

/** Placeholders the built-in checklist uses; any template using them gets the same variables. */
export const KNOWN_VARIABLES: VariableDef[] = [
	{
		name: 'base',
		label: 'Target URL',
		placeholders: ['https://your-app.fly.dev'],
		source: 'target-base'
	},
	{ name: 'host', label: 'Host', placeholders: ['your-app.fly.dev'], source: 'target-host' },
	{
		name: 'app',
		label: 'App name',
		placeholders: ['your-app-name'],
		source: 'typed',
		hint: 'as in fly --app'
	},
	{
		name: 'release',
		label: 'Release name',
		placeholders: ['dialectic'],
		source: 'typed',
		hint: 'the release binary, as in /app/bin/<release>'
	},
	{
		name: 'module',
		label: 'Release module',
		placeholders: ['Dialectic'],
		source: 'typed',
		hint: 'as in <Module>.Release.rollback'
	},
	{
		name: 'migration',
		label: 'Rollback migration',
		hint: 'the migration timestamp to roll the database back to',
		placeholders: ['20260106112233'],
		source: 'typed'
	}
];

/** Every command block's code in a checklist. */
export function commandsOf(checklist: Pick<Checklist, 'blocks' | 'sections'>): string[] {
	const code: string[] = [];
	eachBlock(checklist.blocks, checklist.sections, (b) => b.kind === 'code' && code.push(b.code));
	return code;
}

/** The variables a checklist's commands use: declared in its front matter, or known placeholders. */
export function variablesOf(
	checklist: Pick<Checklist, 'blocks' | 'sections' | 'variables'>
): VariableDef[] {
	const code = commandsOf(checklist).join('\n');
	const declared = checklist.variables ?? [];
	const names = new Set(declared.map((d) => d.name));
	const known = KNOWN_VARIABLES.filter(
		(v) => !names.has(v.name) && v.placeholders.some((p) => containsWord(code, p))
	);
	// The host is needed whenever the full base URL is (it is derived from the same Target URL).
	return [...known, ...declared];
}

/** Whether `text` contains `word` not glued to other letters or digits (dialectic ≠ dialectics). */
export function containsWord(text: string, word: string): boolean {
	return findWord(text, word, 0) >= 0;
}

function isWordChar(ch: string | undefined): boolean {
	return ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
}

/** The index of `word` in `text` at or after `from`, standing alone; -1 when absent. */
export function findWord(text: string, word: string, from: number): number {
	for (let i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
		const before = text[i - 1];
		const after = text[i + word.length];
		const edgeOk = (ch: string | undefined, edge: string) => !isWordChar(edge) || !isWordChar(ch);
		if (edgeOk(before, word[0]) && edgeOk(after, word[word.length - 1])) return i;
	}
	return -1;
}
