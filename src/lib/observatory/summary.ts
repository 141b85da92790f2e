// The Observatory grade as stored with pasted evidence and shown under it: each test's result,
// score modifier and browser note, and what could not be computed. Small on purpose: the page
// adds up the stored results of the page's paste and the redirect chain's without loading the
// grader. Stored data can come from a backup or a share link, so it is read back defensively.
import type { HeaderGrade } from './grade';
import { scoreModifiers } from './grades';

/** One test as stored: the Observatory's result and, where browsers differ, what they do. */
export interface SummaryTest {
	test: string;
	result: string;
	modifier: number;
	pass: boolean;
	note?: string;
}

/** A paste's Observatory results, as stored in its evidence. */
export interface ObservatorySummary {
	tests: SummaryTest[];
	notComputed: { test: string; why: string }[];
	refused?: string;
}

/** The grade shown: the summaries' tests together (the first to compute a test wins). */
export interface ShownGrade extends ObservatorySummary {
	score: number;
	grade: string;
}

/** What to store for a grade (X-XSS-Protection, no longer scored, left out). */
export function summaryOf(grade: HeaderGrade): ObservatorySummary {
	return {
		tests: grade.tests
			.filter((t) => !t.historic)
			.map((t) => ({
				test: t.header,
				result: t.result,
				modifier: t.scoreModifier,
				pass: t.pass,
				...(t.browser && { note: t.browser.note })
			})),
		notComputed: grade.notComputed.map(({ test, why }) => ({ test, why })),
		...(grade.refused && { refused: grade.refused })
	};
}

const isText = (v: unknown): v is string => typeof v === 'string';

/** A stored summary, or null when `data` holds none (or something else). */
export function readSummary(data: unknown): ObservatorySummary | null {
	const s = (data as { observatory?: unknown } | null)?.observatory as ObservatorySummary;
	if (!s || !Array.isArray(s.tests) || !Array.isArray(s.notComputed)) return null;
	const tests = s.tests.filter(
		(t) =>
			isText(t?.test) &&
			isText(t.result) &&
			Number.isFinite(t.modifier) &&
			typeof t.pass === 'boolean' &&
			(t.note === undefined || isText(t.note))
	);
	const notComputed = s.notComputed.filter((n) => isText(n?.test) && isText(n.why));
	return { tests, notComputed, ...(isText(s.refused) && { refused: s.refused }) };
}

/** The summaries added up as the Observatory scores: each test once, from the first that has it. */
export function combineSummaries(summaries: ObservatorySummary[]): ShownGrade {
	const tests: SummaryTest[] = [];
	for (const s of summaries) {
		for (const t of s.tests) if (!tests.some((x) => x.test === t.test)) tests.push(t);
	}
	const notComputed: ObservatorySummary['notComputed'] = [];
	for (const s of summaries) {
		for (const n of s.notComputed) {
			if (!tests.some((t) => t.test === n.test) && !notComputed.some((x) => x.test === n.test)) {
				notComputed.push(n);
			}
		}
	}
	const refused = summaries.find((s) => s.refused)?.refused;
	return {
		...scoreModifiers(tests.map((t) => t.modifier)),
		tests,
		notComputed,
		...(refused && { refused })
	};
}

/** A score modifier as the Observatory shows it: "+5", "−20", "0". */
export function signedModifier(n: number): string {
	return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}
