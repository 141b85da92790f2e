import { describe, expect, it } from 'vitest';
import { judgeRateLimit } from './rate-limit';
import { ITEMS } from './finding';

const LOOP = 'for i in {1..10}; do curl -s -o /dev/null -w "%{http_code}\\n" -X POST …; done';
const verdicts = (statuses: (number | null)[]) => judgeRateLimit(statuses).map((f) => f.verdict);

describe('judgeRateLimit', () => {
	it('passes both items when the first 429 comes at request 6, as the checklist expects', () => {
		const [active, tooMany] = judgeRateLimit([...Array(5).fill(302), ...Array(5).fill(429)]);
		expect(active).toMatchObject({
			key: 'ratelimit:active',
			items: [ITEMS.rateLimitActive],
			verdict: 'pass'
		});
		expect(tooMany).toMatchObject({
			key: 'ratelimit:429',
			items: [ITEMS.rateLimit429],
			verdict: 'pass'
		});
		expect(tooMany.summary).toBe(
			'The first 429 came at request 6, as expected after 5 allowed requests.'
		);
		expect(active.details).toEqual(['Statuses in order: 302 ×5, 429 ×5.']);
	});

	it('still passes when the limit differs, and says which limit it appears to be', () => {
		const early = judgeRateLimit([200, 200, 200, 429, 429, 429, 429, 429, 429, 429]);
		expect(early.map((f) => f.verdict)).toEqual(['pass', 'pass']);
		expect(early[1].summary).toBe(
			'The first 429 came at request 4, so the limit appears to be 3 instead of 5.'
		);
		const late = judgeRateLimit([...Array(8).fill(401), 429, 429]);
		expect(late[1].summary).toContain('request 9, so the limit appears to be 8 instead of 5');
		expect(judgeRateLimit([429, 429], 5)[1].summary).toMatch(/very first request/);
	});

	it('calls all-403 inconclusive: refused before the limiter, probably by CSRF protection', () => {
		const findings = judgeRateLimit(Array(10).fill(403), 5, LOOP);
		expect(findings.map((f) => f.verdict)).toEqual(['unknown', 'unknown']);
		expect(findings[0].summary).toBe(
			'All 10 requests were refused with 403 before the rate limiter, probably by CSRF protection — inconclusive.'
		);
		expect(findings[0].next).toMatch(/CSRF token.*route without CSRF protection/);
	});

	it('fails both items when no 429 shows in 10 requests', () => {
		const findings = judgeRateLimit(Array(10).fill(401));
		expect(findings.map((f) => f.verdict)).toEqual(['fail', 'fail']);
		expect(findings[0].summary).toBe(
			'No 429 in 10 requests: the server answered 401 to all of them.'
		);
	});

	it('is unknown, with the command as next, when no status could be seen', () => {
		const findings = judgeRateLimit(Array(10).fill(null), 5, LOOP);
		expect(findings.map((f) => f.verdict)).toEqual(['unknown', 'unknown']);
		expect(findings[0].next).toBe(LOOP);
		expect(findings[0].summary).toBe(
			'None of the 10 requests showed a status code, so whether the limiter answers 429 cannot be seen.'
		);
		expect(judgeRateLimit([])[0].next).toMatch(/%\{http_code\}/);
	});

	it('reasons on the seen statuses and says how many were unseen', () => {
		const some = judgeRateLimit([null, null, 200, 200, 200, 200, 429, null, 429, 429]);
		expect(some.map((f) => f.verdict)).toEqual(['pass', 'pass']);
		expect(some[0].summary).toContain('(3 of 10 requests showed no status)');
		expect(some[1].summary).toBe(
			'The first 429 that showed came at request 7, so the limit is at most 6, the checklist expects 5.'
		);
		const none = judgeRateLimit([200, 200, null, 200, 200, 200, 200, null, null, null]);
		expect(none.map((f) => f.verdict)).toEqual(['fail', 'fail']);
		expect(none[0].summary).toBe(
			'No 429 in 6 requests: the server answered 200 to all of them (4 of 10 requests showed no status).'
		);
		expect(none[0].details).toContain(
			'A 429 could hide among the requests whose status did not show.'
		);
	});

	it('is unknown when the statuses seen never exceeded the limit', () => {
		expect(verdicts([200, 200, 200, null, null, null, null, null, null, null])).toEqual([
			'unknown',
			'unknown'
		]);
		expect(verdicts([200, 200, 200, 200, 200])).toEqual(['unknown', 'unknown']);
	});
});
