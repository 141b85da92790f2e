import { describe, expect, it } from 'vitest';
import type { ReadableAnswer } from './facts';
import { judgeHealth } from './health';

const base = 'https://your-app.fly.dev';
const receivedAt = Date.parse('2025-06-01T12:00:00.000Z');

function http(over: Partial<ReadableAnswer>): ReadableAnswer {
	return {
		status: 200,
		statusText: 'OK',
		body: '{"status":"ok","timestamp":"2025-06-01T12:00:01.200000Z"}',
		bodyBytes: 57,
		truncated: false,
		finalUrl: `${base}/health`,
		redirected: false,
		receivedAt,
		...over
	};
}

function byKey(answer: ReadableAnswer) {
	const { findings, clockOffsetMs } = judgeHealth(answer);
	const get = (key: string) => findings.find((f) => f.key === key);
	return { ok: get('health:ok'), responds: get('health:responds'), clockOffsetMs };
}

describe('judgeHealth on readable answers', () => {
	it("passes the real app's answer and measures the clock offset", () => {
		const { ok, responds, clockOffsetMs } = byKey(http({}));
		expect(ok?.verdict).toBe('pass');
		expect(ok?.items).toEqual(['Health check returns 200 OK']);
		expect(responds?.verdict).toBe('pass');
		expect(responds?.items).toEqual(['Application responds to requests']);
		expect(clockOffsetMs).toBe(1200);
		expect(ok?.details?.join(' ')).toContain("server's clock is 1.2 s ahead of this browser's");
	});

	it('says the clocks agree within a second, and words a clock behind', () => {
		const close = http({ body: '{"status":"ok","timestamp":"2025-06-01T11:59:59.500Z"}' });
		expect(byKey(close).ok?.details?.join(' ')).toMatch(/agrees/);
		const behind = http({ body: '{"status":"ok","timestamp":"2025-06-01T11:55:00Z"}' });
		expect(byKey(behind).clockOffsetMs).toBe(-300_000);
		expect(byKey(behind).ok?.details?.join(' ')).toMatch(/5 min behind/);
	});

	it('fails HTML with a 200 and quotes it', () => {
		const { ok, responds, clockOffsetMs } = byKey(
			http({ body: '<!doctype html><html><body>Welcome</body></html>' })
		);
		expect(ok?.verdict).toBe('fail');
		expect(ok?.summary).toMatch(/not JSON/);
		expect(ok?.summary).toContain('<!doctype html>');
		expect(responds?.verdict).toBe('pass');
		expect(clockOffsetMs).toBeNull();
	});

	it('fails a 500 on both findings, naming the status', () => {
		const { ok, responds } = byKey(
			http({ status: 500, statusText: '', body: '{"errors":{"detail":"Internal Server Error"}}' })
		);
		expect(ok?.verdict).toBe('fail');
		expect(ok?.summary).toContain('500 Internal Server Error');
		expect(responds?.verdict).toBe('fail');
		expect(responds?.summary).toContain('500');
	});

	it('passes responds but fails ok for a 404', () => {
		const { ok, responds } = byKey(
			http({ status: 404, statusText: 'Not Found', body: 'Not Found' })
		);
		expect(ok?.verdict).toBe('fail');
		expect(responds?.verdict).toBe('pass');
	});

	it('says which field is wrong', () => {
		const degraded = byKey(
			http({ body: '{"status":"degraded","timestamp":"2025-06-01T12:00:00Z"}' })
		);
		expect(degraded.ok?.verdict).toBe('fail');
		expect(degraded.ok?.summary).toContain('"degraded"');
		const noStamp = byKey(http({ body: '{"status":"ok"}' }));
		expect(noStamp.ok?.summary).toMatch(/no "timestamp"/);
		const badStamp = byKey(http({ body: '{"status":"ok","timestamp":"yesterday"}' }));
		expect(badStamp.ok?.summary).toMatch(/"yesterday" is not a date/);
		expect(badStamp.clockOffsetMs).toBeNull();
		const array = byKey(http({ body: '["ok"]' }));
		expect(array.ok?.summary).toMatch(/not an object/);
	});

	it('fails a body over the cap', () => {
		const { ok } = byKey(http({ body: 'x'.repeat(262_144), bodyBytes: 262_144, truncated: true }));
		expect(ok?.verdict).toBe('fail');
		expect(ok?.summary).toMatch(/larger than the 256 KiB/);
	});

	it('says where a followed redirect led', () => {
		const moved = http({ redirected: true, finalUrl: `${base}/health/` });
		expect(byKey(moved).ok?.details).toContain(`It was redirected to ${base}/health/.`);
	});

	it('calls an unread body an error, not a pass', () => {
		expect(byKey(http({ body: null, bodyBytes: 0 })).ok?.verdict).toBe('error');
	});
});
