// The one door for pasted command output: a browser cannot see a plain-http redirect, most
// security headers or a rate limiter on a server without CORS, so the checklist gives shell
// commands and this turns what the person pastes back into findings. Bad or unrelated text
// comes back as a message naming what was expected and from which command; nothing throws.
import type { Finding } from '$lib/evidence/finding';
import { judgeRateLimit } from '$lib/evidence/rate-limit';
import { parseCurlOutput } from './curl-output';
import type { HeaderGrade } from './observatory';
import { redirectionGrade } from './observatory-redirect-paste';
import { looksLike, stripTerminalCodes, unreadable } from './paste-text';
import { headerFindings } from './read-headers';
import { healthFindings } from './read-health';
import { redirectFinding } from './read-redirect';
import { timingFinding, totalOf } from './read-timings';
import { parseStatusLoop } from './status-loop';
import { parseTimings } from './timings';

/** What the paste should be: which check, the command the person was shown, and its target. */
export interface PasteExpectation {
	kind: 'https-redirect' | 'headers' | 'rate-limit' | 'timings' | 'health' | 'deep-health';
	command: string;
	/** For health pastes: the target's base URL, for the evaluators' words and commands. */
	base?: string;
	/** The deployment's host, e.g. "your-app.fly.dev", to compare a redirect's target with. */
	host?: string;
	/** For timings: the limit in ms the total must stay under. */
	thresholdMs?: number;
}

/** Findings read from the paste (and the Observatory grade it allows), or why there are none. */
export type PasteResult =
	{ ok: true; findings: Finding[]; grade?: HeaderGrade } | { ok: false; message: string };

const FALLBACK_COMMANDS: Record<PasteExpectation['kind'], string> = {
	'https-redirect': 'curl -sIL http://your-app',
	headers: 'curl -siL https://your-app',
	'rate-limit': "curl -s -o /dev/null -w '%{http_code}\\n' -X POST https://your-app/users/log_in",
	timings: "curl -w '%{time_total}\\n'",
	health: 'curl -sS -i https://your-app/health',
	'deep-health': 'curl -sS -i https://your-app/health/deep'
};

const BODIES_ONLY =
	"The loop printed only response bodies, which carry no status; add -i, or -s -o /dev/null -w '%{http_code}\\n', to its curl to see each status.";

/** Reads pasted output of the command `expect` describes; never throws. */
export function readPaste(text: string, expect: PasteExpectation): PasteResult {
	let command = '`the command`';
	try {
		command = quoted(expect);
		if (typeof text !== 'string')
			return refuse(`Nothing was pasted. Run ${command} and paste what it prints.`);
		const problem = unreadable(text, command);
		if (problem) return refuse(problem);
		return readKind(stripTerminalCodes(text), expect, command);
	} catch (e) {
		const why = e instanceof Error ? e.message : String(e);
		return refuse(
			`Shipshape could not read this paste (${why}). Paste the output of ${command} as it is.`
		);
	}
}

function readKind(text: string, expect: PasteExpectation, command: string): PasteResult {
	switch (expect.kind) {
		case 'https-redirect': {
			const curl = parseCurlOutput(text);
			if (!curl)
				return missing(text, command, 'HTTP status line such as `HTTP/1.1 301 Moved Permanently`');
			const grade = redirectionGrade(curl, expect.host);
			return { ok: true, findings: [redirectFinding(curl, expect.host, command)], grade };
		}
		case 'headers': {
			const curl = parseCurlOutput(text);
			if (!curl)
				return missing(text, command, 'HTTP status line such as `HTTP/2 200` followed by headers');
			const { findings, grade } = headerFindings(curl, expect.host, expect.command ?? '');
			return { ok: true, findings, grade };
		}
		case 'rate-limit': {
			const loop = parseStatusLoop(text);
			if (!loop) {
				return missing(
					text,
					command,
					'status codes such as `429` or `Request 1` … `Request 10` lines'
				);
			}
			const findings = judgeRateLimit(loop.statuses, 5, expect.command?.trim() || undefined);
			if (loop.source === 'bodies') {
				for (const f of findings) f.details = [BODIES_ONLY, ...(f.details ?? [])];
			}
			return { ok: true, findings };
		}
		case 'timings': {
			const timings = parseTimings(text);
			if (!timings) return missing(text, command, 'timing figures such as `time_total: 0.123`');
			const total = totalOf(timings);
			if (!total) {
				return refuse(
					`The output of ${command} shows timing phases but no total time; add %{time_total} to its -w format and paste the output again.`
				);
			}
			return { ok: true, findings: [timingFinding(timings, total, expect.thresholdMs)] };
		}
		case 'health':
		case 'deep-health': {
			const findings = healthFindings(
				text,
				expect.kind,
				expect.base ?? 'https://your-app',
				command
			);
			if (!findings)
				return missing(
					text,
					command,
					'HTTP status line or JSON object such as `{"status":"ok",…}`'
				);
			return { ok: true, findings };
		}
		default:
			return refuse(`Shipshape does not know how to read output for “${String(expect.kind)}”.`);
	}
}

function missing(text: string, command: string, needed: string): PasteResult {
	const what = looksLike(text);
	const start = what
		? `This looks like ${what}, not the output of ${command}`
		: `This is not the output of ${command}`;
	return refuse(
		`${start}: it has no ${needed}. Run the command in a terminal and paste what it prints.`
	);
}

/** The command to name in messages, in backticks: the one given, else the kind's usual one. */
function quoted(expect: PasteExpectation): string {
	const given = typeof expect?.command === 'string' ? expect.command.trim() : '';
	return `\`${given || FALLBACK_COMMANDS[expect?.kind] || 'the command'}\``;
}

function refuse(message: string): PasteResult {
	return { ok: false, message };
}
