// Grades a response's security headers the way the MDN HTTP Observatory does, for the tests a
// pasted `curl -I https://…` can answer. The Observatory also grades cookies, redirection,
// subresource integrity, CORS and CORP; those are left out, so its score for a real site can
// differ from this one, and these five tests alone cannot go below 25 (D-): an F needs
// penalties from the others.
//
// Where each number comes from, in github.com/mdn/mdn-http-observatory:
// - src/grader/charts.js SCORE_TABLE: every modifier in MODIFIERS below;
//   MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90; GRADE_CHART, the score → grade table in GRADES.
// - src/scanner/index.js scan(): start at 100 and add the negative modifiers; only if that is
//   ≥ 90 are the positive ones added too.
// - src/grader/grader.js getGradeAndLikelihoodForScore(): never below 0; the grade is the one
//   for the score rounded down to a multiple of 5, capped at 100. (The score is rounded down
//   here too; every modifier is a multiple of 5, so it never changes.)
// - src/analyzer/tests/strict-transport-security.js: SIX_MONTHS = 15552000 s (180 days).
// - MDN's "HTTP Observatory scoring methodology"
//   (developer.mozilla.org/en-US/observatory/docs/tests_and_scoring) states the same two
//   rounds and chart: 100+ A+, 90–99 A, 85–89 A-, 80–84 B+, 70–79 B, 65–69 B-, 60–64 C+,
//   50–59 C, 45–49 C-, 40–44 D+, 30–39 D, 25–29 D-, 0–24 F.
// - X-XSS-Protection is no longer scored (charts.js keeps its link "for historic records"); its
//   result names come from the older mozilla/http-observatory httpobs/docs/scoring.md.
import { cspTest } from './observatory-csp';
import { hstsTest, joined, referrerTest, xctoTest, xfoTest, xxssTest } from './observatory-tests';

/** One graded header test, named as the Observatory names its results. */
export interface HeaderTest {
	header: string;
	result: string;
	scoreModifier: number;
	pass: boolean;
	reasons: string[];
}

/** The score, grade and tests for one response's headers. */
export interface HeaderGrade {
	score: number;
	grade: string;
	tests: HeaderTest[];
}

/** Score modifiers from charts.js SCORE_TABLE, for the results these tests can produce. */
export const MODIFIERS: Record<string, number> = {
	'csp-implemented-with-no-unsafe-default-src-none': 10,
	'csp-implemented-with-no-unsafe': 5,
	'csp-implemented-with-unsafe-inline-in-style-src-only': 0,
	'csp-implemented-but-duplicate-directives': 0,
	'csp-implemented-with-insecure-scheme-in-passive-content-only': -10,
	'csp-implemented-with-unsafe-eval': -10,
	'csp-implemented-with-unsafe-inline': -20,
	'csp-implemented-with-insecure-scheme': -20,
	'csp-header-invalid': -25,
	'csp-not-implemented': -25,
	'csp-not-implemented-but-reporting-enabled': -25,
	'hsts-implemented-max-age-at-least-six-months': 0,
	'hsts-implemented-max-age-less-than-six-months': -10,
	'hsts-not-implemented': -20,
	'hsts-header-invalid': -20,
	'x-content-type-options-nosniff': 0,
	'x-content-type-options-not-implemented': -5,
	'x-content-type-options-header-invalid': -5,
	'x-frame-options-implemented-via-csp': 5,
	'x-frame-options-sameorigin-or-deny': 0,
	'x-frame-options-allow-from-origin': 0,
	'x-frame-options-not-implemented': -20,
	'x-frame-options-header-invalid': -20,
	'referrer-policy-private': 5,
	'referrer-policy-not-implemented': 0,
	'referrer-policy-unsafe': -5,
	'referrer-policy-header-invalid': -5
};

/** Bonuses count only when the score with penalties alone reaches this (an A). */
export const MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90;

/** charts.js GRADE_CHART: the lowest score of each grade, best first. */
const GRADES: [minimum: number, grade: string][] = [
	[100, 'A+'],
	[90, 'A'],
	[85, 'A-'],
	[80, 'B+'],
	[70, 'B'],
	[65, 'B-'],
	[60, 'C+'],
	[50, 'C'],
	[45, 'C-'],
	[40, 'D+'],
	[30, 'D'],
	[25, 'D-'],
	[0, 'F']
];

/** The Observatory's grade for a score. */
export function gradeForScore(score: number): string {
	const rounded = Math.min(score - (score % 5), 100);
	return GRADES.find(([minimum]) => rounded >= minimum)?.[1] ?? 'F';
}

/** Grades security headers (names in any case, repeats allowed) as the Observatory does. */
export function gradeHeaders(headers: [name: string, value: string][]): HeaderGrade {
	const values = (name: string) =>
		headers.filter(([n]) => n.toLowerCase() === name).map(([, v]) => v);
	const csp = cspTest(
		values('content-security-policy'),
		values('content-security-policy-report-only')
	);
	const scored: [string, { result: string; pass: boolean; reasons: string[] }][] = [
		['content-security-policy', csp],
		['strict-transport-security', hstsTest(joined(values('strict-transport-security')))],
		['x-content-type-options', xctoTest(joined(values('x-content-type-options')))],
		['x-frame-options', xfoTest(joined(values('x-frame-options')), csp.csp)],
		['referrer-policy', referrerTest(joined(values('referrer-policy')))]
	];
	const tests: HeaderTest[] = scored.map(([header, t]) => ({
		header,
		result: t.result,
		scoreModifier: MODIFIERS[t.result] ?? 0,
		pass: t.pass,
		reasons: t.reasons
	}));
	const xxss = xxssTest(joined(values('x-xss-protection')));
	tests.push({ header: 'x-xss-protection', scoreModifier: 0, ...xxss });

	const penalties = tests.reduce((sum, t) => sum + Math.min(t.scoreModifier, 0), 0);
	const bonuses = tests.reduce((sum, t) => sum + Math.max(t.scoreModifier, 0), 0);
	const uncurved = 100 + penalties;
	const raw = uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? uncurved + bonuses : uncurved;
	const floored = Math.max(raw, 0);
	const score = floored - (floored % 5);
	return { score, grade: gradeForScore(score), tests };
}
