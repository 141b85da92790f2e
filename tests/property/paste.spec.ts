// Fuzzes the paste reader (readPaste) and the parsers behind it (curl output, the rate-limit
// loop, timings) with generated and mutated terminal output and garbage.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCurlOutput } from '$lib/paste/curl-output';
import { readPaste, type PasteExpectation } from '$lib/paste/read-paste';
import { parseStatusLoop } from '$lib/paste/status-loop';
import { parseTimings } from '$lib/paste/timings';
import { HOSTILE } from './markdown-gen';
import { applyEdits, applyLineEdits, edit, lineEdit } from './mutate';
import { paste } from './paste-gen';
import { expectFinding, expectSentence } from './sentences';
import { fuzz, fuzzCounts, limit } from './run';

afterAll(() => console.log(fuzzCounts()));

const token = fc.oneof(
	fc.constantFrom(
		...HOSTILE,
		'HTTP/1.1 ',
		'< ',
		'> ',
		'* ',
		'Request 3',
		'429',
		': ',
		'\n\n',
		'\r\n'
	),
	fc.string({ maxLength: 8 })
);

/** A paste, then edits of its characters and lines. */
const mutatedPaste = fc
	.tuple(paste, fc.array(edit(token), { maxLength: 4 }), fc.array(lineEdit, { maxLength: 3 }))
	.map(([text, edits, lines]) => applyLineEdits(applyEdits(text, edits), lines));

const KINDS = [
	'https-redirect',
	'headers',
	'rate-limit',
	'timings',
	'health',
	'deep-health'
] as const;
const expectation: fc.Arbitrary<PasteExpectation> = fc.record(
	{
		kind: fc.constantFrom(...KINDS),
		command: fc.oneof(
			fc.constantFrom(
				'curl -I http://your-app.fly.dev',
				'curl -sS -i https://your-app.fly.dev/health',
				'for i in {1..10}; do curl -X POST https://your-app.fly.dev/users/log_in; echo "Request $i"; done',
				'',
				'   '
			),
			fc.string({ maxLength: 30 })
		),
		base: fc.constantFrom('https://your-app.fly.dev', 'http://localhost:4000', ''),
		host: fc.constantFrom('your-app.fly.dev', 'YOUR-APP.fly.dev.', 'localhost:4000', ''),
		// The app passes 50 or 2000; near ±1.8e308 the words overflow to Infinity, which no
		// checklist asks for.
		thresholdMs: fc.oneof(
			fc.constantFrom(50, 2000, NaN, Infinity, undefined),
			fc.double({ min: -1e9, max: 1e9 })
		)
	},
	{ requiredKeys: ['kind', 'command'] }
);

describe('readPaste', () => {
	it(
		'reads any paste for any check into findings, or says what the command should print',
		() => {
			fuzz(
				'readPaste: generated and mutated pastes × every kind',
				2000,
				fc.property(mutatedPaste, expectation, (text, expect_) => {
					const result = readPaste(text, expect_);
					if (result.ok) {
						expect(result.findings.length).toBeGreaterThan(0);
						result.findings.forEach(expectFinding);
						return;
					}
					expectSentence(result.message);
					// The catch-all means a parser threw: a bug, not a reason.
					expect(result.message).not.toMatch(/could not read this paste/);
					const command = expect_.command.trim();
					expect(result.message).toContain(command ? `\`${command}\`` : '`curl');
				})
			);
		},
		limit(30_000)
	);

	it('refuses pastes too large or not text, quoting the command', () => {
		const command = 'curl -I https://your-app.fly.dev';
		const huge = `HTTP/2 200\n${'x-filler: yes\n'.repeat(20_000)}`;
		for (const text of [huge, '\u0000'.repeat(10), '\u0007\u0008'.repeat(50)]) {
			const result = readPaste(text, { kind: 'headers', command });
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.message).toContain(`\`${command}\``);
		}
	});

	it('reads a large paste just under the limit', () => {
		const csp = `content-security-policy: ${"script-src 'self' https://a.example; ".repeat(5000)}`;
		const result = readPaste(`HTTP/2 200\n${csp}\n`, { kind: 'headers', command: 'curl -I x' });
		expect(result.ok).toBe(true);
	});
});

describe('the paste parsers', () => {
	it(
		'parseCurlOutput returns responses with three-digit statuses and lower-case names, or null',
		() => {
			fuzz(
				'parseCurlOutput: generated and mutated pastes',
				1000,
				fc.property(mutatedPaste, (text) => {
					const out = parseCurlOutput(text);
					if (out === null) return;
					expect(out.responses.length).toBeGreaterThan(0);
					for (const r of out.responses) {
						expect(Number.isInteger(r.status) && r.status >= 0 && r.status <= 999).toBe(true);
						for (const [name] of r.headers) expect(name).toBe(name.toLowerCase());
						expect(r.headers.length).toBe(r.rawHeaders.length);
					}
				})
			);
		},
		limit(20_000)
	);

	it(
		'parseStatusLoop returns one status or null per request, or null',
		() => {
			fuzz(
				'parseStatusLoop: generated and mutated pastes',
				1000,
				fc.property(mutatedPaste, (text) => {
					const out = parseStatusLoop(text);
					if (out === null) return;
					expect(['codes', 'status-lines', 'bodies']).toContain(out.source);
					for (const s of out.statuses) if (s !== null) expect(Number.isInteger(s)).toBe(true);
				})
			);
		},
		limit(20_000)
	);

	it(
		'parseTimings returns finite, non-negative seconds, or null',
		() => {
			fuzz(
				'parseTimings: generated and mutated pastes',
				1000,
				fc.property(mutatedPaste, (text) => {
					const out = parseTimings(text);
					if (out === null) return;
					for (const v of [...Object.values(out.named), ...out.samples]) {
						expect(v).toBeGreaterThanOrEqual(0);
						expect(Number.isFinite(v), `${v} from ${JSON.stringify(text.slice(0, 80))}`).toBe(true);
					}
				})
			);
		},
		limit(20_000)
	);
});
