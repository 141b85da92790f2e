import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisions } from './decisions';
import {
	canonicalDeployment,
	canonicalIn,
	deploymentContent,
	fingerprint,
	fingerprintIn,
	type DeploymentContent
} from './fingerprint';
import { canonicalV1, fingerprintV1 } from './fingerprint-v1';
import { fromLegacyValues, legacyWaiverText, toLegacyValues } from './legacy';
import { recordsOf } from './records';

const tiny: DeploymentContent = {
	source: '# T\n\n- [ ] A\n',
	decisions: decisions({
		values: { b: null, a: true, c: 'x', d: 3 },
		na: { a: 'why' },
		waivers: { score: { reason: 'r', by: 'Zoë', at: 2 } },
		signed: { s: 'p' }
	}),
	evidence: [
		{
			source: 's',
			key: 'k',
			verdict: 'pass',
			summary: 'ok',
			details: ['d'],
			itemIds: ['b', 'a'],
			at: 1
		}
	],
	signatures: [{ role: 'Dev', name: 'N', signature: 'S', date: '2026-01-02' }],
	target: 'https://t.example',
	vars: { z: '1', a: '2' }
};

describe('shipshape-fingerprint/2', () => {
	// The hash was checked once with: printf '%s' '<the canonical text above>' | sha256sum
	it('writes the documented format for a tiny input (test vector)', async () => {
		expect(canonicalDeployment(tiny)).toBe(
			'{"decisions":{"na":{"a":"why"},"signed":{"s":"p"},' +
				'"values":{"a":true,"b":null,"c":"x","d":3},"waivers":{"score":{"at":2,"by":"Zoë","reason":"r"}}},' +
				'"evidence":[{"at":1,"details":["d"],"itemIds":["a","b"],"key":"k","source":"s","summary":"ok","verdict":"pass"}],' +
				'"format":"shipshape-fingerprint/2",' +
				'"signatures":[{"date":"2026-01-02","name":"N","role":"Dev","signature":"S"}],' +
				'"target":"https://t.example","template":"# T\\n\\n- [ ] A\\n","vars":{"a":"2","z":"1"}}'
		);
		expect(await fingerprint(tiny)).toBe(
			'efff1689530afbfcf6d4feed2295411483a912baccee4e86e5fd1b65993ecc67'
		);
	});

	it('keeps what an older release stored beside the decisions, and leaves it out when empty', () => {
		const other = { ...tiny, decisions: { ...tiny.decisions, other: { 'na:x': true } } };
		expect(canonicalDeployment(other)).toContain('"other":{"na:x":true}');
		const empty = { ...tiny, decisions: { ...tiny.decisions, other: {} } };
		expect(canonicalDeployment(empty)).toBe(canonicalDeployment(tiny));
	});

	it('is the same whatever order the records come in', async () => {
		const records = recordsOf(tiny.decisions);
		const expected = await fingerprint(tiny);
		await fc.assert(
			fc.asyncProperty(fc.shuffledSubarray(records, { minLength: records.length }), async (r) => {
				const content = deploymentContent(tiny, tiny, r, tiny.evidence, tiny.signatures);
				expect(await fingerprint(content)).toBe(expected);
			}),
			{ numRuns: 30 }
		);
	});

	it('changes with any decision', async () => {
		const expected = await fingerprint(tiny);
		const d = tiny.decisions;
		const variants = [
			{ ...d, values: { ...d.values, a: false } },
			{ ...d, na: { a: 'other reason' } },
			{ ...d, na: { a: null } },
			{ ...d, waivers: { score: null } },
			{ ...d, waivers: { score: { reason: 'r', by: 'Zoe', at: 2 } } },
			{ ...d, signed: { s: 'q' } },
			{ ...d, signed: {} }
		];
		const hashes = await Promise.all(variants.map((v) => fingerprint({ ...tiny, decisions: v })));
		for (const hash of hashes) expect(hash).not.toBe(expected);
		expect(new Set(hashes).size).toBe(variants.length);
	});

	it('verifies what was signed in the first format, from the typed decisions it is read into', async () => {
		const values = {
			'task-a': true,
			'na:task-b': 'OpenAI only',
			'na:task-c': null,
			'waiver:score': legacyWaiverText({ reason: 'r', by: 'Zoë', at: 5 }),
			'signed:cell': 'ab'.repeat(32),
			'na:odd': 4
		};
		const legacy = { ...tiny, values };
		const typed = { ...tiny, decisions: fromLegacyValues(values) };
		expect(canonicalIn(1, typed)).toBe(canonicalV1(legacy));
		expect(await fingerprintIn(1, typed)).toBe(await fingerprintV1(legacy));
		expect(await fingerprintIn(2, typed)).toBe(await fingerprint(typed));
		expect(toLegacyValues(typed.decisions)).toEqual(values);
	});
});
