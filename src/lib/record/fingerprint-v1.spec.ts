import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	canonicalV1 as canonicalDeployment,
	legacyContent as deploymentContent,
	fingerprintV1 as fingerprint,
	type LegacyContent as DeploymentContent,
	type FingerprintEvidence
} from './fingerprint-v1';

const evidence: FingerprintEvidence[] = [
	{
		source: 'probe:health',
		key: 'status',
		verdict: 'pass',
		summary: '/health answered 200 ok',
		details: ['200 in 84 ms'],
		itemIds: ['task-b', 'task-a'],
		at: 1_700_000_000_000
	},
	{
		source: 'paste:headers',
		key: 'header:x-frame-options',
		verdict: 'fail',
		summary: 'X-Frame-Options missing',
		details: [],
		itemIds: ['task-c'],
		at: 1_700_000_000_000
	},
	{
		source: 'probe:latency',
		key: 'p95',
		verdict: 'unknown',
		summary: 'Timing hidden',
		details: ['no Timing-Allow-Origin', 'duration only'],
		itemIds: [],
		at: 1_600_000_000_000
	}
];

const base: DeploymentContent = {
	source: '# Deploy\n\n**Date**: ____\n\n- [ ] Tests pass\n',
	values: { 'field-date': '2026-11-26', 'task-a': true, 'task-b': false, notes: 'Zoë 🚀', r: 4 },
	evidence,
	signatures: [
		{ role: 'Developer', name: 'Ada', signature: 'Ada L.', date: '2026-11-26' },
		{ role: 'Tech Lead', name: 'Lin', signature: 'data:image/png;base64,AAAA', date: '2026-11-27' }
	],
	target: 'https://app.example',
	vars: { app: 'shop-prod', region: 'ams' }
};

/** The same object with its keys in reverse order, recursively. */
function reverseKeys<T>(value: T): T {
	if (Array.isArray(value)) return value.map(reverseKeys) as T;
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value)
				.reverse()
				.map(([k, v]) => [k, reverseKeys(v)])
		) as T;
	return value;
}

describe('canonicalDeployment', () => {
	// The hash was checked once with: printf '%s' '<the canonical text above>' | sha256sum
	it('writes the documented format for a tiny input (test vector)', async () => {
		const tiny: DeploymentContent = {
			source: '# T\n\n- [ ] A\n',
			values: { b: null, a: true, c: 'x', d: 3 },
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
		expect(canonicalDeployment(tiny)).toBe(
			'{"evidence":[{"at":1,"details":["d"],"itemIds":["a","b"],"key":"k","source":"s","summary":"ok","verdict":"pass"}],' +
				'"format":"shipshape-fingerprint/1",' +
				'"signatures":[{"date":"2026-01-02","name":"N","role":"Dev","signature":"S"}],' +
				'"target":"https://t.example","template":"# T\\n\\n- [ ] A\\n",' +
				'"values":{"a":true,"b":null,"c":"x","d":3},"vars":{"a":"2","z":"1"}}'
		);
		expect(await fingerprint(tiny)).toBe(
			'8fafb4b0599e2c53f954ae1da2062414ab69d61ca14d16fd0d5267d5d2ac3f49'
		);
	});

	it('is the same whatever the key order, value order or evidence order', async () => {
		const expected = await fingerprint(base);
		expect(await fingerprint(reverseKeys(base))).toBe(expected);
		await fc.assert(
			fc.asyncProperty(
				fc.shuffledSubarray(Object.entries(base.values), { minLength: 5 }),
				fc.shuffledSubarray(base.evidence, { minLength: 3 }),
				async (values, shuffled) => {
					const input = { ...base, values: Object.fromEntries(values), evidence: shuffled };
					expect(await fingerprint(input)).toBe(expected);
				}
			),
			{ numRuns: 50 }
		);
	});

	it('ignores undefined values, evidence ids, batches, excerpts and itemIds order', async () => {
		const expected = await fingerprint(base);
		const stored = base.evidence.map((e, i) => ({
			...e,
			id: `ev-${i}`,
			runId: 'run-1',
			batch: 'b-1',
			seq: i,
			excerpt: 'HTTP/2 200',
			itemIds: [...e.itemIds].reverse()
		}));
		const values = { ...base.values, 'task-z': undefined };
		expect(await fingerprint({ ...base, values, evidence: stored })).toBe(expected);
	});

	it('changes with any change of content', async () => {
		const expected = await fingerprint(base);
		const [dev, lead] = base.signatures;
		const variants: DeploymentContent[] = [
			{ ...base, values: { ...base.values, 'task-b': true } },
			{ ...base, values: { ...base.values, 'task-c': false } },
			{ ...base, values: { ...base.values, notes: 'Zoë 🚀.' } },
			{ ...base, values: { ...base.values, r: 5 } },
			{ ...base, values: { ...base.values, r: '4' } },
			{ ...base, evidence: [{ ...evidence[0], verdict: 'fail' }, evidence[1], evidence[2]] },
			{ ...base, evidence: [{ ...evidence[0], at: evidence[0].at + 1 }, evidence[1], evidence[2]] },
			{
				...base,
				evidence: [
					evidence[0],
					evidence[1],
					{ ...evidence[2], details: ['duration only', 'no Timing-Allow-Origin'] }
				]
			},
			{ ...base, evidence: evidence.slice(1) },
			{ ...base, signatures: [{ ...dev, name: 'Ada Lovelace' }, lead] },
			{ ...base, signatures: [{ ...dev, date: '2026-11-25' }, lead] },
			{ ...base, signatures: [lead, dev] },
			{ ...base, signatures: [dev] },
			{ ...base, source: base.source.replace('Tests pass', 'Tests passed') },
			{ ...base, target: 'https://app.example/' },
			{ ...base, vars: { ...base.vars, region: 'fra' } }
		];
		const hashes = await Promise.all(variants.map(fingerprint));
		for (const hash of hashes) expect(hash).not.toBe(expected);
		expect(new Set(hashes).size).toBe(variants.length);
	});

	it('keeps strings exactly: no Unicode normalisation, lone surrogates escaped', () => {
		const nfc = canonicalDeployment({ ...base, values: { n: 'caf\u00e9' } });
		const nfd = canonicalDeployment({ ...base, values: { n: 'cafe\u0301' } });
		expect(nfc).not.toBe(nfd);
		expect(canonicalDeployment({ ...base, values: { n: 'a\ud800b' } })).toContain(
			'"n":"a\\ud800b"'
		);
	});

	it('refuses numbers JSON cannot hold', () => {
		expect(() => canonicalDeployment({ ...base, values: { r: Number.NaN } })).toThrow(/NaN/);
	});

	it('gathers content from stored records', async () => {
		const content = deploymentContent(
			{ target: base.target, vars: base.vars },
			{ source: base.source },
			Object.entries(base.values).map(([itemId, value]) => ({ itemId, value: value ?? null })),
			base.evidence,
			base.signatures
		);
		expect(await fingerprint(content)).toBe(await fingerprint(base));
	});
});
