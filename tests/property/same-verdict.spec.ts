// One header, one rule: the same security headers get the same verdict per checklist item
// whether a probe saw them (the server exposed them by CORS) or a pasted `curl -sI` printed them.
// A probe that could not see a header still says unknown.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { HttpFacts } from '$lib/evidence/facts';
import { ITEMS, type Finding, type Verdict } from '$lib/evidence/finding';
import { readPaste } from '$lib/paste/read-paste';
import { evaluateHeaders } from '$lib/probes/evaluate-headers';
import { fuzz, fuzzCounts, limit } from './run';

afterAll(() => console.log(fuzzCounts()));

/** Headers as the server sends them: in order, a repeated header on several lines. */
type Sent = [name: string, value: string][];

const base = 'https://your-app.fly.dev';
const HEADER_ITEMS = [ITEMS.hsts, ITEMS.hstsPresent, ITEMS.csp, ITEMS.xfo, ITEMS.xcto, ITEMS.xxss];
const NAMES = [
	'strict-transport-security',
	'content-security-policy',
	'x-frame-options',
	'x-content-type-options',
	'x-xss-protection'
];

/** What fetch shows the page: repeats combined into one value joined by ", ". */
function probeFacts(sent: Sent, exposed: HttpFacts['exposed']): HttpFacts {
	const headers: Record<string, string> = { 'content-type': 'text/html' };
	if (exposed !== null)
		for (const [name, value] of sent)
			headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
	return {
		kind: 'http',
		url: `${base}/health`,
		status: 200,
		statusText: 'OK',
		headers,
		exposed,
		body: '',
		bodyBytes: 0,
		truncated: false,
		finalUrl: `${base}/health`,
		redirected: false,
		timing: null,
		receivedAt: 0
	};
}

/** What `curl -sI` prints for the same response. */
function curlOutput(sent: Sent): string {
	return ['HTTP/2 200', 'content-type: text/html', ...sent.map(([n, v]) => `${n}: ${v}`), ''].join(
		'\r\n'
	);
}

/** The verdict on each header item of the built-in checklist. */
function byItem(findings: Finding[]): Record<string, Verdict> {
	const verdicts: Record<string, Verdict> = {};
	for (const f of findings) for (const item of f.items) verdicts[item] = f.verdict;
	return verdicts;
}

const probed = (sent: Sent) => byItem(evaluateHeaders(probeFacts(sent, '*'), base));
const hidden = (sent: Sent) => byItem(evaluateHeaders(probeFacts(sent, null), base));
function pasted(sent: Sent): Record<string, Verdict> {
	const result = readPaste(curlOutput(sent), { kind: 'headers', command: `curl -sI ${base}` });
	if (!result.ok) throw new Error(result.message);
	return byItem(result.findings);
}

/** For each header item, values of every kind, with the verdict a browser's reading implies. */
const CASES: Record<string, [what: string, values: string[], verdict: 'pass' | 'fail'][]> = {
	'strict-transport-security': [
		['present good', ['max-age=31536000; includeSubDomains'], 'pass'],
		['present short', ['max-age=86400'], 'pass'],
		['present bad', ['max-age=forever'], 'fail'],
		['max-age=0', ['max-age=0'], 'fail'],
		['empty', [''], 'fail'],
		// Browsers process only the first (RFC 6797 §8.1).
		['duplicated', ['max-age=31536000', 'max-age=31536000'], 'pass'],
		['duplicated, the first off', ['max-age=0', 'max-age=31536000'], 'fail'],
		['absent', [], 'fail']
	],
	'content-security-policy': [
		['present good', ["default-src 'self'; frame-ancestors 'self'"], 'pass'],
		['present bad', ['report-uri /csp'], 'fail'],
		['max-age=0', ['max-age=0'], 'fail'],
		['empty', [''], 'fail'],
		['duplicated', ["default-src 'self'", "script-src 'none'"], 'pass'],
		['absent', [], 'fail']
	],
	'x-frame-options': [
		['present good', ['SAMEORIGIN'], 'pass'],
		['present stricter', ['DENY'], 'pass'],
		['present bad', ['ALLOW-FROM https://a.example'], 'fail'],
		['max-age=0', ['max-age=0'], 'fail'],
		['empty', [''], 'fail'],
		['duplicated', ['SAMEORIGIN', 'sameorigin'], 'pass'],
		['duplicated, conflicting', ['SAMEORIGIN', 'DENY'], 'fail'],
		['absent', [], 'fail']
	],
	'x-content-type-options': [
		['present good', ['nosniff'], 'pass'],
		['present bad', ['sniff'], 'fail'],
		['max-age=0', ['max-age=0'], 'fail'],
		['empty', [''], 'fail'],
		['duplicated', ['nosniff', 'nosniff'], 'pass'],
		['absent', [], 'fail']
	],
	'x-xss-protection': [
		['present good', ['1; mode=block'], 'pass'],
		['present off', ['0'], 'pass'],
		['present bad', ['on'], 'fail'],
		['max-age=0', ['max-age=0'], 'fail'],
		['empty', [''], 'fail'],
		['duplicated', ['1; mode=block', '1; mode=block'], 'pass'],
		['absent', [], 'fail']
	]
};

/** The real app's headers, so each case changes one header and leaves the others sound. */
const GOOD: Sent = [
	['strict-transport-security', 'max-age=31536000'],
	['content-security-policy', "default-src 'self'"],
	['x-frame-options', 'SAMEORIGIN'],
	['x-content-type-options', 'nosniff'],
	['x-xss-protection', '1; mode=block']
];

/** The items each header informs. */
const ITEMS_OF: Record<string, string[]> = {
	'strict-transport-security': [ITEMS.hsts, ITEMS.hstsPresent],
	'content-security-policy': [ITEMS.csp],
	'x-frame-options': [ITEMS.xfo],
	'x-content-type-options': [ITEMS.xcto],
	'x-xss-protection': [ITEMS.xxss]
};

describe('one header, one rule', () => {
	for (const [name, cases] of Object.entries(CASES))
		for (const [what, values, expected] of cases)
			it(`${name} ${what}: the same verdict probed and pasted`, () => {
				const sent: Sent = [
					...GOOD.filter(([n]) => n !== name),
					...values.map((v): [string, string] => [name, v])
				];
				const probe = probed(sent);
				expect(Object.keys(probe).sort()).toEqual([...HEADER_ITEMS].sort());
				for (const item of HEADER_ITEMS)
					expect(probe[item], item).toBe(ITEMS_OF[name].includes(item) ? expected : 'pass');
				expect(pasted(sent)).toEqual(probe);
				// Not exposed: the probe cannot see the header, so it must not judge it.
				for (const item of HEADER_ITEMS) expect(hidden(sent)[item], item).toBe('unknown');
			});

	it(
		'holds for any mix of header lines',
		() => {
			const chars = [...'abcdefimnorstxyzADENOSX0123456789 =;,-"\'/*:.'];
			const word = fc
				.array(fc.constantFrom(...chars), { maxLength: 24 })
				.map((c) => c.join('').trim());
			const value = fc.oneof(
				fc.constantFrom(...Object.values(CASES).flatMap((cases) => cases.flatMap(([, v]) => v))),
				word
			);
			const line = fc.tuple(
				fc.constantFrom(...NAMES, 'content-security-policy-report-only'),
				value
			);
			fuzz(
				'probed and pasted headers: the same verdict per item',
				500,
				fc.property(fc.array(line, { maxLength: 8 }), (sent) => {
					expect(pasted(sent)).toEqual(probed(sent));
				})
			);
		},
		limit(20_000)
	);
});
