// The MDN HTTP Observatory's score table and arithmetic, from @mdn/mdn-http-observatory
// src/grader/charts.js (SCORE_TABLE, GRADE_CHART, MINIMUM_SCORE_FOR_EXTRA_CREDIT),
// src/scanner/index.js (start at 100, add the penalties; add the bonuses too only when that
// reaches 90) and src/grader/grader.js getGradeForScore (never below 0; the grade of the score
// rounded down to a multiple of 5, capped at 100). tests/property/observatory-diff.spec.ts fails
// when the package's table changes.
import { scoreModifiers } from './grades';

export { gradeForScore, MINIMUM_SCORE_FOR_EXTRA_CREDIT } from './grades';

/** Every result's score modifier, as charts.js SCORE_TABLE has it. */
export const SCORE_TABLE: Record<string, number> = {
	'csp-implemented-with-no-unsafe-default-src-none': 10,
	'csp-implemented-with-no-unsafe': 5,
	'csp-implemented-with-unsafe-inline-in-style-src-only': 0,
	'csp-implemented-with-insecure-scheme-in-passive-content-only': -10,
	'csp-implemented-with-unsafe-eval': -10,
	'csp-implemented-with-unsafe-inline': -20,
	'csp-implemented-with-insecure-scheme': -20,
	'csp-header-invalid': -25,
	'csp-not-implemented': -25,
	'csp-not-implemented-but-reporting-enabled': -25,
	'csp-implemented-but-duplicate-directives': 0,
	'cookies-secure-with-httponly-sessions-and-samesite': 5,
	'cookies-secure-with-httponly-sessions': 0,
	'cookies-not-found': 0,
	'cookies-without-secure-flag-but-protected-by-hsts': -5,
	'cookies-session-without-secure-flag-but-protected-by-hsts': -10,
	'cookies-without-secure-flag': -20,
	'cookies-samesite-flag-invalid': -20,
	'cookies-anticsrf-without-samesite-flag': -20,
	'cookies-session-without-httponly-flag': -30,
	'cookies-session-without-secure-flag': -40,
	'cross-origin-resource-sharing-not-implemented': 0,
	'cross-origin-resource-sharing-implemented-with-public-access': 0,
	'cross-origin-resource-sharing-implemented-with-restricted-access': 0,
	'cross-origin-resource-sharing-implemented-with-universal-access': -50,
	'redirection-all-redirects-preloaded': 0,
	'redirection-to-https': 0,
	'redirection-not-needed-no-http': 0,
	'redirection-off-host-from-http': -5,
	'redirection-not-to-https-on-initial-redirection': -10,
	'redirection-not-to-https': -20,
	'redirection-missing': -20,
	'redirection-invalid-cert': -20,
	'referrer-policy-private': 5,
	'referrer-policy-not-implemented': 0,
	'referrer-policy-unsafe': -5,
	'referrer-policy-header-invalid': -5,
	'hsts-preloaded': 5,
	'hsts-implemented-max-age-at-least-six-months': 0,
	'hsts-implemented-max-age-less-than-six-months': -10,
	'hsts-not-implemented': -20,
	'hsts-header-invalid': -20,
	'hsts-not-implemented-no-https': -20,
	'hsts-invalid-cert': -20,
	'sri-implemented-and-all-scripts-loaded-securely': 5,
	'sri-implemented-and-external-scripts-loaded-securely': 5,
	'sri-not-implemented-response-not-html': 0,
	'sri-not-implemented-but-no-scripts-loaded': 0,
	'sri-not-implemented-but-all-scripts-loaded-from-secure-origin': 0,
	'sri-not-implemented-but-external-scripts-loaded-securely': -5,
	'sri-implemented-but-external-scripts-not-loaded-securely': -20,
	'sri-not-implemented-and-external-scripts-not-loaded-securely': -50,
	'x-content-type-options-nosniff': 0,
	'x-content-type-options-not-implemented': -5,
	'x-content-type-options-header-invalid': -5,
	'x-frame-options-implemented-via-csp': 5,
	'x-frame-options-sameorigin-or-deny': 0,
	'x-frame-options-allow-from-origin': 0,
	'x-frame-options-not-implemented': -20,
	'x-frame-options-header-invalid': -20,
	'corp-header-invalid': -5,
	'corp-implemented-with-cross-origin': 0,
	'corp-implemented-with-same-origin': 10,
	'corp-implemented-with-same-site': 10,
	'corp-not-implemented': 0,
	'html-not-parseable': -20
};

/** The ten tests the Observatory scores, by the names its results are filed under. */
export const OBSERVATORY_TESTS = [
	'content-security-policy',
	'cookies',
	'cross-origin-resource-sharing',
	'redirection',
	'referrer-policy',
	'strict-transport-security',
	'subresource-integrity',
	'x-content-type-options',
	'x-frame-options',
	'cross-origin-resource-policy'
] as const;

/** A result's score modifier (0 for a name the table lacks, as grader.js getScoreModifier). */
export function scoreModifier(result: string): number {
	return SCORE_TABLE[result] ?? 0;
}

/** scanner/index.js: the score and grade of a set of results. */
export function scoreResults(results: string[]): { score: number; grade: string } {
	return scoreModifiers(results.map(scoreModifier));
}
