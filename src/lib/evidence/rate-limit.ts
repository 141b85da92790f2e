// Verdicts on the checklist's rate-limit test: ten POSTs to the login route should be answered
// 429 once the limit (5) is exceeded. Shared by the live probe and the pasted loop output, so
// both say the same thing about the same statuses.
import { ITEMS, type Finding } from './finding';

const CSRF_FIX =
	'Send the requests with the session cookie and CSRF token the login form sets (fetch the form with curl -c jar.txt, then POST with -b jar.txt and its _csrf_token), or test the limiter on a route without CSRF protection.';
const SHOW_CODES =
	"Add -s -o /dev/null -w '%{http_code}\\n' to the curl command so each request prints its status code, and paste that output.";

/** Two findings (limiter active; 429 after the limit) from each request's status, null if unseen. */
export function judgeRateLimit(
	statuses: (number | null)[],
	expectedAfter = 5,
	command?: string
): Finding[] {
	const total = statuses.length;
	const seen = statuses.filter((s): s is number => s !== null);
	const unseen = total - seen.length;
	const unseenNote = unseen > 0 ? ` (${unseen} of ${total} requests showed no status)` : '';
	const details = total > 0 ? [`Statuses in order: ${sequence(statuses)}.`] : [];
	const both = (
		verdict: Finding['verdict'],
		summary: string,
		next?: string,
		extra: string[] = []
	) => findings(verdict, summary, summary, [...details, ...extra], next);

	if (seen.length === 0) {
		const what =
			total === 0 ? 'No requests were seen' : `None of the ${total} requests showed a status code`;
		return both(
			'unknown',
			`${what}, so whether the limiter answers 429 cannot be seen.`,
			command ?? SHOW_CODES
		);
	}
	const first429 = statuses.indexOf(429);
	if (first429 === -1) {
		if (seen.every((s) => s === 403)) {
			const who =
				unseen === 0 ? `All ${total} requests` : `All ${seen.length} requests that showed a status`;
			return both(
				'unknown',
				`${who} were refused with 403 before the rate limiter, probably by CSRF protection — inconclusive${unseenNote}.`,
				CSRF_FIX
			);
		}
		const lastSeen = lastIndexSeen(statuses) + 1;
		if (lastSeen <= expectedAfter) {
			return both(
				'unknown',
				`No 429 in the first ${lastSeen} requests, but the limit of ${expectedAfter} was never exceeded${unseenNote}.`,
				`Send at least ${expectedAfter + 1} requests, e.g. ${expectedAfter * 2}.`
			);
		}
		return both(
			'fail',
			`No 429 in ${seen.length} requests: the server answered ${countsInWords(seen)}${unseenNote}.`,
			undefined,
			unseen > 0 ? ['A 429 could hide among the requests whose status did not show.'] : []
		);
	}
	return found429(statuses, first429 + 1, expectedAfter, details, unseenNote);
}

function found429(
	statuses: (number | null)[],
	at: number,
	expectedAfter: number,
	details: string[],
	unseenNote: string
): Finding[] {
	const earlierUnseen = statuses.slice(0, at - 1).some((s) => s === null);
	const firstWords = earlierUnseen ? 'The first 429 that showed' : 'The first 429';
	const limit = at - 1;
	const matches = limit === expectedAfter && !earlierUnseen;
	const fit = matches
		? `as expected after ${expectedAfter} allowed requests`
		: earlierUnseen
			? `so the limit is at most ${limit}, the checklist expects ${expectedAfter}`
			: `so the limit appears to be ${limit} instead of ${expectedAfter}`;
	const tooMany =
		at === 1
			? 'The very first request was already refused with 429, so earlier attempts had probably used up the limit; wait for the window to pass and run the loop again to see where the limit lies.'
			: `${firstWords} came at request ${at}, ${fit}.`;
	const after = statuses.slice(at).filter((s): s is number => s !== null && s !== 429);
	const extra =
		after.length > 0
			? [`After the first 429, some requests were answered ${countsInWords(after)} again.`]
			: [];
	const active = `Rate limiting is active: requests were refused with 429 from request ${at}${unseenNote}.`;
	return findings('pass', active, tooMany, [...details, ...extra]);
}

function findings(
	verdict: Finding['verdict'],
	activeSummary: string,
	tooManySummary: string,
	details: string[],
	next?: string
): Finding[] {
	const common = { verdict, ...(details.length > 0 ? { details } : {}), ...(next ? { next } : {}) };
	return [
		{ key: 'ratelimit:active', items: [ITEMS.rateLimitActive], summary: activeSummary, ...common },
		{ key: 'ratelimit:429', items: [ITEMS.rateLimit429], summary: tooManySummary, ...common }
	];
}

function lastIndexSeen(statuses: (number | null)[]): number {
	for (let i = statuses.length - 1; i >= 0; i--) if (statuses[i] !== null) return i;
	return -1;
}

/** "200 ×5, 429 ×5"; an unseen status is "?". */
function sequence(statuses: (number | null)[]): string {
	const runs: [string, number][] = [];
	for (const s of statuses) {
		const label = s === null ? '?' : String(s);
		const last = runs[runs.length - 1];
		if (last && last[0] === label) last[1]++;
		else runs.push([label, 1]);
	}
	return runs.map(([label, n]) => (n > 1 ? `${label} ×${n}` : label)).join(', ');
}

/** "403 to all", "200 ×4 and 401 ×6" */
function countsInWords(statuses: number[]): string {
	const counts = new Map<number, number>();
	for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
	if (counts.size === 1) return `${statuses[0]} to all of them`;
	return [...counts].map(([code, n]) => `${code} ×${n}`).join(', ');
}
