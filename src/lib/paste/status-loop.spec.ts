import { describe, expect, it } from 'vitest';
import { HTML_PAGE, JAVA_STACK_TRACE, LOOP_BODIES, LOOP_WITH_I } from './samples.fixtures';
import { parseStatusLoop } from './status-loop';

describe('parseStatusLoop', () => {
	it('reads one code per line (-s -o /dev/null -w "%{http_code}\\n")', () => {
		const text = ['200', '200', '200', '200', '200', '429', '429', '429', '429', '429', ''].join(
			'\n'
		);
		expect(parseStatusLoop(text)).toEqual({
			statuses: [200, 200, 200, 200, 200, 429, 429, 429, 429, 429],
			source: 'codes'
		});
	});

	it('reads codes interleaved with the checklist\'s "Request N" lines', () => {
		const text = Array.from({ length: 10 }, (_, i) => `403\nRequest ${i + 1}`).join('\n');
		expect(parseStatusLoop(text)).toEqual({ statuses: Array(10).fill(403), source: 'codes' });
	});

	it('reads a code printed right before the marker, or right after a body', () => {
		const text = [
			'403Request 1',
			'{"errors":{"detail":"Forbidden"}}403',
			'Request 2',
			'Forbidden403Request 3',
			'Error 404Request 4'
		].join('\n');
		expect(parseStatusLoop(text)).toEqual({ statuses: [403, 403, 403, null], source: 'codes' });
	});

	it("reads the checklist's original loop as bodies with no visible status", () => {
		expect(parseStatusLoop(LOOP_BODIES)).toEqual({
			statuses: Array(10).fill(null),
			source: 'bodies'
		});
		const json = ['{"error":"Invalid email or password"}Request 1', '{"error":"x"}Request 2'].join(
			'\n'
		);
		expect(parseStatusLoop(json)).toEqual({ statuses: [null, null], source: 'bodies' });
	});

	it('reads the original loop with -i from its status lines (\\r\\n, HTTP/2)', () => {
		expect(parseStatusLoop(LOOP_WITH_I)).toEqual({
			statuses: [302, 302, 302, 302, 302, 429, 429, 429, 429, 429],
			source: 'status-lines'
		});
	});

	it('marks only the requests whose status did not show as null', () => {
		const text = ['HTTP/1.1 403 Forbidden', '', 'ForbiddenRequest 1', 'ForbiddenRequest 2'].join(
			'\n'
		);
		expect(parseStatusLoop(text)).toEqual({ statuses: [403, null], source: 'status-lines' });
	});

	it('handles the echo placed before curl: each output follows its marker', () => {
		const text = ['Request 1', '200', 'Request 2', '429'].join('\n');
		expect(parseStatusLoop(text)).toEqual({ statuses: [200, 429], source: 'codes' });
	});

	it('reads status lines without markers as one request each', () => {
		const text = 'HTTP/2 403 \n\nHTTP/2 403 \n\nHTTP/2 429 \nretry-after: 60\n\n';
		expect(parseStatusLoop(text)).toEqual({ statuses: [403, 403, 429], source: 'status-lines' });
	});

	it('ignores the pasted command around bare codes', () => {
		const text =
			"$ for i in {1..3}; do curl -s -o /dev/null -w '%{http_code}\\n' -X POST x; done\n403\n403\n429\n";
		expect(parseStatusLoop(text)).toEqual({ statuses: [403, 403, 429], source: 'codes' });
	});

	it('returns null for text that is not loop output', () => {
		expect(parseStatusLoop('')).toBeNull();
		expect(parseStatusLoop(HTML_PAGE)).toBeNull();
		expect(parseStatusLoop(JAVA_STACK_TRACE)).toBeNull();
		expect(parseStatusLoop('The deploy went fine\n200\n')).toBeNull();
	});
});
