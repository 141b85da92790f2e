import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { allTasks } from '$lib/checklist/walk';
import { signedId, waiverId, writeWaiver } from '$lib/record/keys';
import { contentFingerprint, signatureState } from './content';
import { signoffRows } from './signatures';

const source = readFileSync(
	new URL('../templates/production-deployment.md', import.meta.url),
	'utf8'
);
const model = parseChecklist(source);
const [developer, techLead] = signoffRows(model);
const [first] = allTasks(model);
const base = { source, evidence: [], target: 'https://t.example', vars: {} };

describe('the content a signature binds to', () => {
	it('does not change when someone signs, so one signature never invalidates another', async () => {
		const before = await contentFingerprint(model, { ...base, values: { [first.id]: true } });
		const signed = {
			[first.id]: true,
			[developer.nameId!]: '李雷',
			[developer.signatureId!]: 'L. Lei',
			[developer.dateId!]: '2026-12-03',
			[signedId(developer.signatureId!)]: before
		};
		expect(await contentFingerprint(model, { ...base, values: signed })).toBe(before);
	});

	it('changes with a tick, a waiver, the target or evidence', async () => {
		const values = { [first.id]: true };
		const print = await contentFingerprint(model, { ...base, values });
		const changes = [
			{ ...base, values: { [first.id]: false } },
			{
				...base,
				values: { ...values, [waiverId('score')]: writeWaiver({ reason: 'r', by: 'b', at: 1 }) }
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
		for (const change of changes) expect(await contentFingerprint(model, change)).not.toBe(print);
	});
});

describe('a signature against the current content', () => {
	it('is unsigned, given to this version, or to an earlier one', () => {
		const sig = techLead.signatureId!;
		expect(signatureState(techLead, {}, 'abc')).toBe('unsigned');
		expect(signatureState(techLead, { [sig]: 'T', [signedId(sig)]: 'abc' }, 'abc')).toBe('current');
		expect(signatureState(techLead, { [sig]: 'T', [signedId(sig)]: 'old' }, 'abc')).toBe('earlier');
		// A signature given before bindings existed counts as given to an earlier version.
		expect(signatureState(techLead, { [sig]: 'T' }, 'abc')).toBe('earlier');
	});
});
