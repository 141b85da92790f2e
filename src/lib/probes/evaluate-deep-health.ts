// Verdicts on GET /health/deep: one finding per dependency check the server reports, whatever shape.
import type { HttpFacts, Observation } from '$lib/evidence/facts';
import { ITEMS, type Finding } from '$lib/evidence/finding';
import { curlNext, statusWords, unseenFinding } from './describe-failure';
import { readJsonObject } from './evaluate-health';

/** One check as the server reported it: ok, not ok, or a value Shipshape does not recognise. */
interface Check {
	state: 'ok' | 'bad' | 'odd';
	raw: string;
	note?: string;
}

const EXPECTED = [
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
		const expected = EXPECTED.some((e) => e.name === key);
		if (check !== null && (check.state !== 'odd' || expected)) found.set(key, check);
	}
	return found;
}

function checkFinding(
	name: string,
	label: string,
	items: string[],
	check: Check | undefined,
	obs: HttpFacts,
	next: string
): Finding {
	const key = `deep:${name}`;
	const answered = `GET /health/deep answered ${statusWords(obs.status, obs.statusText)}`;
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

function withoutChecks(obs: HttpFacts, problem: string): Finding[] {
	const answered = `GET /health/deep answered ${statusWords(obs.status, obs.statusText)}`;
	const failed = obs.status >= 500;
	const summary = failed ? `${answered} without readable checks.` : `${answered}, but ${problem}.`;
	const details = [
		...(failed ? [`Shipshape could not read the checks: ${problem}.`] : []),
		...(obs.status === 404 ? ['Check that the app has this route at this base address.'] : [])
	];
	return EXPECTED.map((e): Finding => ({
		key: `deep:${e.name}`,
		items: [e.item],
		verdict: failed ? 'fail' : 'error',
		summary,
		details
	}));
}

/** Findings on GET /health/deep: database, Oban and application, plus any other check reported. */
export function evaluateDeepHealth(obs: Observation, base: string): Finding[] {
	const next = curlNext(`curl -sS -i ${base}/health/deep`);
	if (obs.kind !== 'http')
		return EXPECTED.map((e) =>
			unseenFinding(obs, 'GET /health/deep', `deep:${e.name}`, [e.item], next)
		);
	const json = readJsonObject(obs);
	if (!json.ok) return withoutChecks(obs, json.problem);
	const checks = collectChecks(json.value);
	if (checks.size === 0) return withoutChecks(obs, 'it reports no checks Shipshape recognises');
	const overall = json.value.status;
	const context = typeof overall === 'string' ? [`Overall status: "${overall}".`] : [];
	const findings = EXPECTED.map((e) =>
		checkFinding(e.name, e.label, [e.item], checks.get(e.name), obs, next)
	);
	for (const [name, check] of checks)
		if (!EXPECTED.some((e) => e.name === name))
			findings.push(checkFinding(name, name, [], check, obs, next));
	return findings.map((f) => ({ ...f, details: [...(f.details ?? []), ...context] }));
}
