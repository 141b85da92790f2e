// A report of a template this device does not have, turned back into a template to start from.
import { parseChecklist } from '$lib/checklist/parse';
import { allTasks } from '$lib/checklist/walk';
import { splitEnding } from './na';
import { splitOnce, type SplitReport } from './report-import-split';

/**
 * A report turned back into a template: the verdict block, Evidence appendix, content and marker
 * cut off, every tick cleared and the endings a report adds to task lines (N/A, a parent's
 * progress) dropped. Filled values stay in the text (a filled blank reads as plain text from then on).
 */
export function templateFromReport(markdown: string | SplitReport): string {
	const { body } = splitOnce(markdown);
	const chars = body.split('');
	const marks: number[] = [];
	for (const task of allTasks(parseChecklist(body))) {
		if (/[xX]/.test(chars[task.mark])) chars[task.mark] = ' ';
		marks.push(task.mark);
	}
	marks.sort((a, b) => a - b);
	let at = 0;
	let k = 0;
	return chars
		.join('')
		.split('\n')
		.map((line) => {
			const start = at;
			at += line.length + 1;
			while (k < marks.length && marks[k] < start) k++;
			const hasMark = k < marks.length && marks[k] < at;
			return hasMark ? (splitEnding(line)?.line ?? line) : line;
		})
		.join('\n');
}
