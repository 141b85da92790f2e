// Lines up a report with its template, line by line, like a diff: a template line matches a
// report line it fits (report-import-match.ts). The longest common subsequence of matches wins,
// so lines added or removed by hand, and reports of another template, only cost their own lines.
import type { TemplateLine } from './report-import-lines';
import { matchLine } from './report-import-match';

/** The most cells the alignment table may have before a simpler forward search takes over. */
const TABLE_LIMIT = 4_000_000;
/** How far ahead the forward search looks for a line. */
const WINDOW = 400;

/** Pairs of (template line, report line) indices that match, in order. Blank lines never pair. */
export function alignLines(template: readonly TemplateLine[], report: readonly string[]) {
	const ti = template.flatMap((line, i) => (line.text ? [i] : []));
	const rj = report.flatMap((line, j) => (line ? [j] : []));
	const fits = (a: number, b: number) => matchLine(template[ti[a]], report[rj[b]]) !== null;
	const weight = (a: number) => (template[ti[a]].pieces ? 2 : 1);
	const pairs: [number, number][] = [];
	const n = ti.length;
	const m = rj.length;
	if ((n + 1) * (m + 1) > TABLE_LIMIT) {
		let b = 0;
		for (let a = 0; a < n && b < m; a++) {
			for (let c = b; c < Math.min(m, b + WINDOW); c++) {
				if (!fits(a, c)) continue;
				pairs.push([ti[a], rj[c]]);
				b = c + 1;
				break;
			}
		}
		return pairs;
	}
	const width = m + 1;
	const best = new Int32Array((n + 1) * width);
	for (let a = n - 1; a >= 0; a--) {
		for (let b = m - 1; b >= 0; b--) {
			const skip = Math.max(best[(a + 1) * width + b], best[a * width + b + 1]);
			const take = fits(a, b) ? weight(a) + best[(a + 1) * width + b + 1] : 0;
			best[a * width + b] = Math.max(skip, take);
		}
	}
	// Of equally good pairings, take the latest report line for each template line, so a line of
	// notes that repeats the template's next line is read as notes.
	for (let a = 0, b = 0; a < n && b < m;) {
		const here = best[a * width + b];
		if (best[a * width + b + 1] === here) b++;
		else if (fits(a, b) && here === weight(a) + best[(a + 1) * width + b + 1]) {
			pairs.push([ti[a], rj[b]]);
			a++;
			b++;
		} else a++;
	}
	return pairs;
}
