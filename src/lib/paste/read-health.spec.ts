import { describe, expect, it } from 'vitest';
import { readPaste } from './read-paste';

const base = 'https://shop.example';
const expectHealth = { kind: 'health' as const, command: `curl -sS -i ${base}/health`, base };
const expectDeep = {
	kind: 'deep-health' as const,
	command: `curl -sS -i ${base}/health/deep`,
	base
};

function verdicts(result: ReturnType<typeof readPaste>) {
	if (!result.ok) throw new Error(result.message);
	return Object.fromEntries(result.findings.map((f) => [f.key, f.verdict]));
}

describe('health pastes', () => {
	it('read curl -i output fully', () => {
		const text = `HTTP/2 200 \r\ncontent-type: application/json\r\n\r\n{"status":"ok","timestamp":"2026-11-26T10:00:00Z"}`;
		expect(verdicts(readPaste(text, expectHealth))).toEqual({
			'health:ok': 'pass',
			'health:responds': 'pass'
		});
	});

	it('keep "returns 200 OK" unknown for a bare JSON body, which hides the status', () => {
		const result = readPaste('{"status":"ok","timestamp":"2026-11-26T10:00:00Z"}\n', expectHealth);
		expect(verdicts(result)).toEqual({ 'health:ok': 'unknown', 'health:responds': 'pass' });
	});

	it('fail a 503 deep health naming the check', () => {
		const text =
			'HTTP/1.1 503 Service Unavailable\ncontent-type: application/json\n\n{"status":"error","database":"error","timestamp":"2026-11-26T10:00:00Z"}';
		const result = readPaste(text, expectDeep);
		expect(verdicts(result)).toMatchObject({ 'deep:database': 'fail', 'deep:oban': 'unknown' });
	});

	it('refuse unrelated text with what was expected', () => {
		const result = readPaste('Segmentation fault (core dumped)', expectHealth);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toContain(`curl -sS -i ${base}/health`);
	});
});
