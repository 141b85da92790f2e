import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { allTasks } from '$lib/checklist/walk';
import { fromLegacyValues, legacyWaiverText } from '$lib/record/legacy';
import { contentFingerprint, signatureState, type SigningInput } from './content';
import { signoffRows } from './signatures';

const source = readFileSync(
	new URL('../templates/production-deployment.md', import.meta.url),
	'utf8'
);
const model = parseChecklist(source);
const [developer, techLead] = signoffRows(model);
const [first] = allTasks(model);
const base: Omit<SigningInput, 'decisions'> = {
	source,
	evidence: [],
	target: 'https://t.example',
	vars: {}
};
/** The signing input for decisions stated as a value map (record/legacy.ts). */
const input = ({
	values,
	...rest
}: typeof base & { values: Record<string, string | boolean> }) => ({
	...rest,
	decisions: fromLegacyValues(values)
});
const signedId = (cell: string) => `signed:${cell}`;

describe('the content a signature binds to', () => {
	it('does not change when someone signs, so one signature never invalidates another', async () => {
		const before = await contentFingerprint(
			model,
			input({ ...base, values: { [first.id]: true } })
		);
		const signed = {
			[first.id]: true,
			[developer.nameId!]: '李雷',
			[developer.signatureId!]: 'L. Lei',
			[developer.dateId!]: '2026-12-03',
			[signedId(developer.signatureId!)]: before
		};
		expect(await contentFingerprint(model, input({ ...base, values: signed }))).toBe(before);
	});

	it('changes with a tick, a waiver, the target or evidence', async () => {
		const values = { [first.id]: true };
		const print = await contentFingerprint(model, input({ ...base, values }));
		const changes: Parameters<typeof input>[0][] = [
			{ ...base, values: { [first.id]: false } },
			{
				...base,
				values: { ...values, 'waiver:score': legacyWaiverText({ reason: 'r', by: 'b', at: 1 }) }
			},
			{ ...base, values, target: 'https://other.example' },
			{
				...base,
				values,
				evidence: [
					{ source: 's', key: 'k', verdict: 'fail', summary: 'x', details: [], itemIds: [], at: 1 }
				]
			}
		];
		for (const change of changes)
			expect(await contentFingerprint(model, input(change))).not.toBe(print);
	});
});

describe('a signature against the current content', () => {
	it('is unsigned, given to this version, or to an earlier one', () => {
		const sig = techLead.signatureId!;
		const state = (values: Record<string, string>) =>
			signatureState(techLead, fromLegacyValues(values), ['abc']);
		expect(state({})).toBe('unsigned');
		expect(state({ [sig]: 'T', [signedId(sig)]: 'abc' })).toBe('current');
		expect(state({ [sig]: 'T', [signedId(sig)]: 'old' })).toBe('earlier');
		// A signature given before bindings existed counts as given to an earlier version.
		expect(state({ [sig]: 'T' })).toBe('earlier');
	});
});
