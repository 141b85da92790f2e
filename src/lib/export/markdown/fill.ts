// Commands and the tasks that name the target, filled with the deployment's values exactly as the
// page shows them (`your-app-name` → the app, `https://your-app.fly.dev` → the Target URL). The
// exporter fills these lines of the template; the importer fills the same lines before lining a
// report up with its template, so a filled report still reads back.
import type { Checklist } from '$lib/checklist/model';
import { allTasks } from '$lib/checklist/walk';
import { substitute, variableValues } from '$lib/commands/substitute';
import { segmentsText } from '$lib/ui/segments';
import { variablesOf } from '$lib/commands/variables';
import { parseTarget } from '$lib/target/target';

/** The deployment's values that commands are filled with. */
export interface FillValues {
	target?: string;
	vars?: Readonly<Record<string, string>>;
}

/** Fills one template line (by its index) or returns it as it is. */
export type LineFiller = (line: number, text: string) => string;

/** Fills placeholders in any text (a task's text), or null when there is nothing to fill. */
export function textFiller(
	model: Pick<Checklist, 'blocks' | 'sections' | 'variables'>,
	given: FillValues
): ((text: string) => string) | null {
	const defs = variablesOf(model);
	if (!defs.length) return null;
	const parsed = given.target?.trim() ? parseTarget(given.target) : null;
	const values = variableValues(defs, given.vars ?? {}, parsed?.ok ? parsed : null);
	if (Object.values(values).every((v) => v === null)) return null;
	return (text) => segmentsText(substitute(text, defs, values));
}

/** The filler of a template's command and task lines, or null when nothing would change. */
export function lineFiller(
	source: string,
	model: Pick<Checklist, 'blocks' | 'sections' | 'variables'>,
	given: FillValues
): LineFiller | null {
	const fill = textFiller(model, given);
	if (!fill) return null;
	const lines = fillLines(source, model);
	return (line, text) => (lines.has(line) ? fill(text) : text);
}

/** The indices of the lines inside fenced code blocks and of the lines holding a task's mark. */
export function fillLines(
	source: string,
	model: Pick<Checklist, 'blocks' | 'sections'>
): Set<number> {
	const set = new Set<number>();
	const lines = source.split('\n');
	let fence: { char: string; length: number } | null = null;
	lines.forEach((line, i) => {
		const open = /^\s*(`{3,}|~{3,})/.exec(line);
		if (fence) {
			set.add(i);
			const close = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
			if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = null;
		} else if (open) {
			set.add(i);
			fence = { char: open[1][0], length: open[1].length };
		}
	});
	const starts = [0];
	for (const line of lines) starts.push(starts[starts.length - 1] + line.length + 1);
	for (const task of allTasks(model)) {
		let lo = 0;
		let hi = lines.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid] <= task.mark) lo = mid;
			else hi = mid - 1;
		}
		set.add(lo);
	}
	return set;
}
