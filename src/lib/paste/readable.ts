// Beside a checklist command whose output Shipshape cannot read well, a variant whose output it
// can: status codes one per line, headers without the progress meter, named timings.
import { ITEMS } from '$lib/evidence/finding';
import { statusLoop } from '$lib/evidence/next-steps';
// Only the type: the first screen shows these commands, and the readers load with the first paste.
import type { PasteKind } from './registry';

export type { PasteKind };

export interface ReadableCommand {
	/** Names the paste's evidence source, `paste:<id>`. */
	id: string;
	/** The command to run; placeholders are still in it and get substituted like the original's. */
	code: string;
	/** One line on why this variant. */
	why: string;
	paste: PasteKind;
	/** What the output informs, in words for the paste button. */
	label: string;
	/** Checklist items (by task text) the findings inform, when the reader does not say. */
	items: string[];
	thresholdMs?: number;
}

/** Shell words of a line, keeping quoted strings together (enough for curl command lines). */
function words(line: string): string[] {
	return line.match(/'[^']*'|"[^"]*"|\S+/g) ?? [];
}

function isComment(line: string): boolean {
	return line.trimStart().startsWith('#');
}

/** The readable variant of a command block, or null when its output is for people only. */
export function readableVariant(code: string): ReadableCommand | null {
	const lines = code.split('\n').filter((l) => !isComment(l));
	const text = lines.join('\n');
	if (/\bfor\b/.test(text) && /\bcurl\b/.test(text) && /-X\s+POST/.test(text))
		return rateLimitVariant(text);
	for (const line of lines) {
		const w = words(line);
		if (w[0] !== 'curl') continue;
		const url = w.find((x) => /^https?:\/\//.test(x));
		if (!url) continue;
		const head = w.some((x) => x === '-I' || x === '--head' || /^-[a-zA-Z]*I[a-zA-Z]*$/.test(x));
		if (head && url.startsWith('http://'))
			return {
				id: 'https-redirect',
				code: `curl -sIL ${url}`,
				why: '-s hides the progress meter, so only the status lines and Location headers are printed; -L follows the redirects, so the Observatory’s redirection test can be graded too.',
				paste: 'https-redirect',
				label: 'the redirect',
				items: [ITEMS.httpsRedirect]
			};
		if (head)
			return {
				id: 'headers',
				code: `curl -siL ${url}`,
				why: '-s hides the progress meter; -i prints the headers with the page and -L follows redirects to it, as the Mozilla Observatory does: Shipshape grades headers, cookies and the page’s scripts with its rules.',
				paste: 'headers',
				label: 'the security headers',
				items: []
			};
		const deep = /\/health\/deep\/?$/.test(url);
		if (deep || /\/health\/?$/.test(url))
			return {
				id: deep ? 'deep-health' : 'health',
				code: `curl -sS -i ${url}`,
				why: '-i adds the status line and headers, so a 503 is visible and not only the JSON body.',
				paste: deep ? 'deep-health' : 'health',
				label: deep ? 'the deep health check' : 'the health check',
				items: []
			};
	}
	return null;
}

function rateLimitVariant(text: string): ReadableCommand {
	const url =
		words(text).find((x) => /^https?:\/\//.test(x)) ?? 'https://your-app.fly.dev/users/log_in';
	const range = /\{(\d+)\.\.(\d+)\}/.exec(text);
	const count = range ? Math.max(1, Number(range[2]) - Number(range[1]) + 1) : 10;
	const data = /-d\s+('[^']*'|"[^"]*")/.exec(text)?.[1];
	const type = /-H\s+("[^"]*"|'[^']*')/.exec(text)?.[1];
	return {
		id: 'rate-limit',
		code: statusLoop(url, count, type, data),
		why: 'Prints one status code per line; the original prints only the response bodies, which do not say whether a request got a 429.',
		paste: 'rate-limit',
		label: 'the rate limit',
		items: []
	};
}

/** Timing commands for the checklist's performance items, which come without commands. */
export function timingCommands(base = 'https://your-app.fly.dev'): ReadableCommand[] {
	return [
		{
			id: 'timings-page',
			code: `curl -s -o /dev/null -w 'dns %{time_namelookup}\\nconnect %{time_connect}\\ntls %{time_appconnect}\\nttfb %{time_starttransfer}\\ntotal %{time_total}\\n' ${base}/`,
			why: 'Prints named timings of one homepage fetch, in seconds: the total is the HTML fetch time (not the full page load).',
			paste: 'timings',
			label: 'the homepage fetch time',
			items: [ITEMS.pageLoad],
			thresholdMs: 2000
		},
		{
			id: 'timings-health',
			code: `for i in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\\n' ${base}/health; done`,
			why: 'Prints the total time of 20 health checks, one per line; Shipshape takes the median. Run it close to the server to leave out your own network path.',
			paste: 'timings',
			label: 'the health check time',
			items: [ITEMS.latency],
			thresholdMs: 50
		}
	];
}
