// Verdicts on a readable answer to GET /health/deep: one finding per dependency check the server
// reports, whatever shape. The live probe and a pasted `curl -i` both come here.
import type { ReadableAnswer } from './facts';
import { ITEMS, type Finding } from './finding';
import { readJsonObject } from './health';
import { statusWords } from './words';

/** One check as the server reported it: ok, not ok, or a value Shipshape does not recognise. */
interface Check {
	state: 'ok' | 'bad' | 'odd';
	raw: string;
	note?: string;
}

/** The checks the checklist asks about, by the name a server reports them under. */
export const DEEP_CHECKS = [
	{ name: 'database', label: 'Database', item: ITEMS.database },
	{ name: 'oban', label: 'Oban', item: ITEMS.oban },
	{ name: 'application', label: 'Application', item: ITEMS.application }
];
const SKIP = new Set(['status', 'timestamp', 'time', 'version', 'uptime', 'checks', 'message']);
const OK = new Set(['ok', 'up', 'healthy', 'pass', 'true']);
const BAD = new Set(['error', 'down', 'fail', 'failed', 'unhealthy', 'degraded', 'false']);

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function normalise(value: unknown): Check | null {
	if (typeof value === 'boolean') return { state: value ? 'ok' : 'bad', raw: String(value) };
	if (typeof value === 'string') {
		const word = value.trim().toLowerCase();
		return { state: OK.has(word) ? 'ok' : BAD.has(word) ? 'bad' : 'odd', raw: value };
	}
	if (isObject(value) && typeof value.status === 'string') {
		const check = normalise(value.status) as Check;
		const note = [value.message, value.error, value.reason].find((v) => typeof v === 'string');
		return typeof note === 'string' ? { ...check, note } : check;
	}
	return null;
}

/** The checks in `checks` (when an object) and at the top level, by lower-cased name. */
function collectChecks(body: Record<string, unknown>): Map<string, Check> {
	const found = new Map<string, Check>();
	if (isObject(body.checks))
		for (const [name, value] of Object.entries(body.checks))
			found.set(
				name.toLowerCase(),
				normalise(value) ?? { state: 'odd', raw: JSON.stringify(value) }
			);
	for (const [name, value] of Object.entries(body)) {
		const key = name.toLowerCase();
		if (SKIP.has(key) || found.has(key)) continue;
		const check = normalise(value);
		const expected = DEEP_CHECKS.some((e) => e.name === key);
		if (check !== null && (check.state !== 'odd' || expected)) found.set(key, check);
	}
	return found;
}

function checkFinding(
	name: string,
	label: string,
	items: string[],
	check: Check | undefined,
	answer: ReadableAnswer,
	next: string
): Finding {
	const key = `deep:${name}`;
	const answered = `GET /health/deep answered ${statusWords(answer.status, answer.statusText)}`;
	const details = check?.note ? [`The server says: "${check.note}".`] : [];
	if (check === undefined)
		return {
			key,
			items,
			verdict: 'unknown',
			summary: `${label} is not reported by the server: ${answered} without a "${name}" check.`,
			next: `Check ${label} another way (for example in the app's logs), or add a "${name}" check to /health/deep.`
		};
	const reported = `The server reports ${name} ${JSON.stringify(check.raw)}`;
	if (check.state === 'ok')
		return { key, items, verdict: 'pass', summary: `${reported}; ${answered}.`, details };
	if (check.state === 'bad')
		return { key, items, verdict: 'fail', summary: `${reported}; ${answered}.`, details };
	return {
		key,
		items,
		verdict: 'unknown',
		summary: `${reported}, which Shipshape reads as neither ok nor error; ${answered}.`,
		details,
		next
	};
}

function withoutChecks(answer: ReadableAnswer, problem: string): Finding[] {
	const answered = `GET /health/deep answered ${statusWords(answer.status, answer.statusText)}`;
	const failed = answer.status >= 500;
	const summary = failed ? `${answered} without readable checks.` : `${answered}, but ${problem}.`;
	const details = [
		...(failed ? [`Shipshape could not read the checks: ${problem}.`] : []),
		...(answer.status === 404 ? ['Check that the app has this route at this base address.'] : [])
	];
	return DEEP_CHECKS.map((e): Finding => ({
		key: `deep:${e.name}`,
		items: [e.item],
		verdict: failed ? 'fail' : 'error',
		summary,
		details
	}));
}

/**
 * Findings on a readable answer to GET /health/deep: database, Oban and application, plus any
 * other check reported. `next` is what to run when a check's value cannot be read as ok or not.
 */
export function judgeDeepHealth(answer: ReadableAnswer, next: string): Finding[] {
	const json = readJsonObject(answer);
	if (!json.ok) return withoutChecks(answer, json.problem);
	const checks = collectChecks(json.value);
	if (checks.size === 0) return withoutChecks(answer, 'it reports no checks Shipshape recognises');
	const overall = json.value.status;
	const context = typeof overall === 'string' ? [`Overall status: "${overall}".`] : [];
	const findings = DEEP_CHECKS.map((e) =>
		checkFinding(e.name, e.label, [e.item], checks.get(e.name), answer, next)
	);
	for (const [name, check] of checks)
		if (!DEEP_CHECKS.some((e) => e.name === name))
			findings.push(checkFinding(name, name, [], check, answer, next));
	return findings.map((f) => ({ ...f, details: [...(f.details ?? []), ...context] }));
}
