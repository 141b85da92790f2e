// The MDN HTTP Observatory's arithmetic from score modifiers to a grade, apart from its score
// table so the page can add up stored results without loading the grader: scanner/index.js
// (start at 100, add the penalties; add the bonuses too only when that reaches 90) and
// grader/grader.js getGradeForScore with charts.js GRADE_CHART.

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

/** grader.js getGradeForScore: the score (never below 0) and its grade. */
export function gradeForScore(raw: number): { score: number; grade: string } {
	const score = Math.max(raw, 0);
	const key = Math.min(score - (score % 5), 100);
	return { score, grade: GRADES.find(([minimum]) => key >= minimum)?.[1] ?? 'F' };
}

/** scanner/index.js: the score and grade of the results' modifiers. */
export function scoreModifiers(modifiers: number[]): { score: number; grade: string } {
	let withExtraCredit = 100;
	let uncurved = 100;
	for (const modifier of modifiers) {
		withExtraCredit += modifier;
		if (modifier < 0) uncurved += modifier;
	}
	return gradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved);
}
