// What a probe or a pasted output concludes about checklist items.

/**
 * pass and fail only for what was seen; unknown when the browser (or the paste) could not
 * show it, with what to run instead; error when the check itself went wrong, in words.
 */
export type Verdict = 'pass' | 'fail' | 'unknown' | 'error';

/** Each verdict in words, as the page and the reports show it. */
export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
	pass: 'Pass',
	fail: 'Fail',
	unknown: 'Unknown',
	error: 'Error'
};

/** A stored verdict in words; undefined for anything that is not a verdict. */
export function verdictWords(verdict: string): string | undefined {
	return Object.hasOwn(VERDICT_WORDS, verdict) ? VERDICT_WORDS[verdict as Verdict] : undefined;
}

/** One conclusion about one or more checklist items. */
export interface Finding {
	/** A short stable key within its probe, e.g. "health:status" or "header:x-frame-options". */
	key: string;
	/** The checklist items it informs, by task text (matched ignoring case and spacing). */
	items: string[];
	verdict: Verdict;
	/** One sentence, in words, saying what was seen. */
	summary: string;
	/** Further sentences of detail. */
	details?: string[];
	/** For unknown (and some fails): what to run or change to find out. */
	next?: string;
}

/** Items of the built-in checklist that probes and pasted outputs inform, by task text. */
export const ITEMS = {
	healthOk: 'Health check returns 200 OK',
	responds: 'Application responds to requests',
	database: 'Database check: "ok"',
	oban: 'Oban check: "ok"',
	application: 'Application check: "ok"',
	latency: 'Health check response < 50ms',
	homepage: 'Can access homepage',
	pageLoad: 'Page load time < 2 seconds',
	hsts: 'strict-transport-security header present',
	hstsPresent: 'HSTS header present',
	csp: 'content-security-policy header present',
	xfo: 'x-frame-options: SAMEORIGIN present',
	xcto: 'x-content-type-options: nosniff present',
	xxss: 'x-xss-protection header present',
	httpsRedirect: 'HTTP redirects to HTTPS',
	rateLimitActive: 'Rate limiting active',
	rateLimit429: '429 response after limit exceeded'
} as const;
