import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { readableVariant, timingCommands } from './readable';
import { commandsOf } from '$lib/commands/variables';

const model = parseChecklist(
	readFileSync(new URL('../templates/production-deployment.md', import.meta.url), 'utf8')
);
const commands = commandsOf(model);

describe('readable variants of the built-in commands', () => {
	it('exist for the curl commands and not for the fly and mix ones', () => {
		const kinds = commands.map((c) => readableVariant(c)?.paste ?? null);
		expect(kinds).toEqual([
			null,
			null,
			'health',
			'https-redirect',
			'headers',
			'rate-limit',
			'deep-health',
			null,
			null
		]);
	});

	it('print one status code per line for the rate-limit loop, keeping the request', () => {
		const loop = readableVariant(commands[5])!;
		expect(loop.code).toBe(
			[
				'for i in $(seq 1 10); do',
				"  curl -s -o /dev/null -w '%{http_code}\\n' -X POST https://your-app.fly.dev/users/log_in \\",
				'    -H "Content-Type: application/json" \\',
				`    -d '{"user":{"email":"test@test.com","password":"wrong"}}'`,
				'done'
			].join('\n')
		);
		expect(loop.why).toMatch(/one status code per line/);
	});

	it('drop the progress meter and follow redirects for headers, add the status line for health', () => {
		expect(readableVariant(commands[3])?.code).toBe('curl -sIL http://your-app.fly.dev');
		expect(readableVariant(commands[4])?.code).toBe('curl -siL https://your-app.fly.dev');
		expect(readableVariant(commands[2])?.code).toBe('curl -sS -i https://your-app.fly.dev/health');
		expect(readableVariant(commands[6])?.code).toBe(
			'curl -sS -i https://your-app.fly.dev/health/deep'
		);
	});

	it('ignore commented-out commands and commands without a URL', () => {
		expect(readableVariant('# curl -I https://x.example')).toBeNull();
		expect(readableVariant('curl --version')).toBeNull();
	});

	it('offer named timings for the performance items', () => {
		const [page, health] = timingCommands();
		expect(page.code).toContain('total %{time_total}');
		expect(page.thresholdMs).toBe(2000);
		expect(health.code).toContain('https://your-app.fly.dev/health');
		expect(health.thresholdMs).toBe(50);
	});
});
