// Verdicts on a readable answer to GET /health: does the app answer, and does it answer
// {"status":"ok"} with a time? The live probe and a pasted `curl -i` both come here.
import type { ReadableAnswer } from './facts';
import { ITEMS, type Finding } from './finding';
import { excerpt, statusWords } from './words';

/** A body parsed as a JSON object, or the reason in words that it is not one. */
export type JsonBody =
	{ ok: true; value: Record<string, unknown> } | { ok: false; problem: string };

/** Reads an answer's body as a JSON object, or says why it cannot be read as one. */
export function readJsonObject(answer: ReadableAnswer): JsonBody {
	if (answer.truncated)
		return {
			ok: false,
			problem: `its body is larger than the ${Math.round(answer.bodyBytes / 1024)} KiB Shipshape reads, so it is not a small JSON answer`
		};
	if (answer.body === null) return { ok: false, problem: 'its body was not read' };
	if (answer.body.trim() === '') return { ok: false, problem: 'its body is empty' };
	let value: unknown;
	try {
		value = JSON.parse(answer.body);
	} catch {
		return { ok: false, problem: `its body is not JSON: "${excerpt(answer.body)}"` };
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		return { ok: false, problem: `its body is JSON but not an object: "${excerpt(answer.body)}"` };
	return { ok: true, value: value as Record<string, unknown> };
}

/** How far the server's clock is from this browser's, in words. */
export function clockWords(offsetMs: number): string {
	const abs = Math.abs(offsetMs);
	if (abs <= 1000) return "The server's clock agrees with this browser's (within 1 s).";
	const amount =
		abs < 60_000
			? `${Math.round(abs / 100) / 10} s`
			: abs < 3_600_000
				? `${Math.round(abs / 60_000)} min`
				: `${Math.round(abs / 360_000) / 10} h`;
	return `The server's clock is ${amount} ${offsetMs > 0 ? 'ahead of' : 'behind'} this browser's.`;
}

function timestampOf(body: Record<string, unknown>): number | null {
	const stamp = body.timestamp;
	if (typeof stamp !== 'string') return null;
	const ms = Date.parse(stamp);
	return Number.isNaN(ms) ? null : ms;
}

function healthOk(answer: ReadableAnswer, json: JsonBody): Finding {
	const base = { key: 'health:ok', items: [ITEMS.healthOk] };
	const answered = `GET /health answered ${statusWords(answer.status, answer.statusText)}`;
	const shown = answer.body !== null && answer.body.trim() !== '' && !answer.truncated;
	const bodyDetail = shown ? [`Body: "${excerpt(answer.body ?? '', 200)}"`] : [];
	if (answer.status !== 200)
		return { ...base, verdict: 'fail', summary: `${answered}, not 200 OK.`, details: bodyDetail };
	if (!json.ok) {
		if (answer.body === null)
			return { ...base, verdict: 'error', summary: `${answered}, but ${json.problem}.` };
		return { ...base, verdict: 'fail', summary: `${answered}, but ${json.problem}.` };
	}
	const problems: string[] = [];
	const status = json.value.status;
	if (status === undefined) problems.push('it has no "status" field');
	else if (status !== 'ok') problems.push(`its "status" is ${JSON.stringify(status)}, not "ok"`);
	if (json.value.timestamp === undefined) problems.push('it has no "timestamp"');
	else if (timestampOf(json.value) === null)
		problems.push(`its "timestamp" ${JSON.stringify(json.value.timestamp)} is not a date`);
	if (problems.length > 0)
		return {
			...base,
			verdict: 'fail',
			summary: `${answered}, but ${problems.join(' and ')}.`,
			details: bodyDetail
		};
	return {
		...base,
		verdict: 'pass',
		summary: `${answered} with status "ok" and a valid timestamp.`
	};
}

function responds(answer: ReadableAnswer): Finding {
	const base = { key: 'health:responds', items: [ITEMS.responds] };
	const words = statusWords(answer.status, answer.statusText);
	if (answer.status < 100 || answer.status > 599)
		return {
			...base,
			verdict: 'error',
			summary: `GET /health gave an unreadable status (${words}).`
		};
	if (answer.status >= 500)
		return {
			...base,
			verdict: 'fail',
			summary: `GET /health answered ${words}, a server error.`,
			details: [
				'A 502 or 504 usually comes from the proxy in front of the app when the app itself does not answer.'
			]
		};
	return { ...base, verdict: 'pass', summary: `The server answered GET /health with ${words}.` };
}

/**
 * Findings on a readable answer to GET /health, and the server's clock minus this browser's
 * (at `receivedAt`) when it sent a time.
 */
export function judgeHealth(answer: ReadableAnswer): {
	findings: Finding[];
	clockOffsetMs: number | null;
} {
	const json = readJsonObject(answer);
	const stamp = json.ok ? timestampOf(json.value) : null;
	const clockOffsetMs = stamp === null ? null : stamp - answer.receivedAt;
	const ok = healthOk(answer, json);
	ok.details = [
		...(ok.details ?? []),
		...(answer.redirected ? [`It was redirected to ${answer.finalUrl}.`] : []),
		...(clockOffsetMs === null ? [] : [clockWords(clockOffsetMs)])
	];
	return { findings: [ok, responds(answer)], clockOffsetMs };
}
