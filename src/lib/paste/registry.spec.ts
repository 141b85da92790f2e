// The paste-kind contract, held for every kind in the registry: each is offered beside a
// command, reads that command's output, and names its usual command when none was given.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { commandsOf } from '$lib/commands/variables';
import { readPaste } from './read-paste';
import { readableVariant, timingCommands } from './readable';
import { PASTE_KINDS, type PasteKind } from './registry';
import { FLY_REDIRECT, JAVA_STACK_TRACE, LOOP_WITH_I, PHOENIX_HEADERS } from './samples.fixtures';

const model = parseChecklist(
	readFileSync(new URL('../templates/production-deployment.md', import.meta.url), 'utf8')
);
const offered = [
	...commandsOf(model).flatMap((code) => readableVariant(code) ?? []),
	...timingCommands()
];

/** Output of each kind's command, as a terminal prints it. */
const OUTPUT: Record<PasteKind, string> = {
	health: '{"status":"ok","timestamp":"2025-06-01T12:00:00Z"}',
	'deep-health': 'HTTP/1.1 200 OK\n\n{"status":"ok","database":"ok"}',
	'https-redirect': FLY_REDIRECT,
	headers: PHOENIX_HEADERS,
	'rate-limit': LOOP_WITH_I,
	timings: 'time_total: 0.012'
};

describe('the paste-kind registry', () => {
	it('lists each kind once', () => {
		const ids = PASTE_KINDS.map((k) => k.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.sort()).toEqual(Object.keys(OUTPUT).sort());
	});

	it('offers every kind beside a command of the built-in checklist, and only those', () => {
		const kinds = new Set(offered.map((c) => c.paste));
		expect([...kinds].sort()).toEqual(PASTE_KINDS.map((k) => k.id).sort());
		// readable.ts is on the first screen; the readers load with the first paste.
		const readable = readFileSync(new URL('./readable.ts', import.meta.url), 'utf8');
		expect(readable).not.toMatch(/^(import|export) (?!type )[^;]*'\.\/(registry|kinds\/|kind')/m);
	});

	it('reads the output of the command each kind is offered beside', () => {
		for (const command of offered) {
			const result = readPaste(OUTPUT[command.paste], {
				kind: command.paste,
				command: command.code,
				host: 'your-app.fly.dev',
				base: 'https://your-app.fly.dev',
				thresholdMs: command.thresholdMs
			});
			expect(result.ok, `${command.id}: ${result.ok || result.message}`).toBe(true);
		}
	});

	it('names its usual command when none was given', () => {
		for (const { id, fallbackCommand } of PASTE_KINDS) {
			const result = readPaste(JAVA_STACK_TRACE, { kind: id, command: '' });
			expect(result.ok ? '' : result.message, id).toContain(
				`a stack trace from a program, not the output of \`${fallbackCommand}\``
			);
		}
	});
});
