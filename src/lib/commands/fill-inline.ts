// A task's text with the target filled in, as its commands are: the seed's
// "URL: https://your-app.fly.dev/health" reads as the deployment's own address. Only values
// from the Target URL are filled, so an ordinary word in a task's text never changes.
import type { Inline, VariableDef } from '$lib/checklist/model';
import { segmentsText } from '$lib/ui/segments';
import { substitute } from './substitute';

/** The inline content with every known target placeholder replaced by its value. */
export function fillInline(
	inline: Inline[],
	defs: VariableDef[],
	values: Record<string, string | null>
): Inline[] {
	const target = defs.filter((d) => d.source !== 'typed' && values[d.name]);
	if (!target.length) return inline;
	const fill = (text: string) => segmentsText(substitute(text, target, values));
	const walk = (nodes: Inline[]): Inline[] =>
		nodes.map((n) =>
			n.t === 'text' || n.t === 'code'
				? { ...n, v: fill(n.v) }
				: 'c' in n
					? { ...n, c: walk(n.c) }
					: n
		);
	return walk(inline);
}

/** Plain text with every known target placeholder replaced by its value. */
export function fillText(
	text: string,
	defs: VariableDef[],
	values: Record<string, string | null>
): string {
	const target = defs.filter((d) => d.source !== 'typed' && values[d.name]);
	return target.length ? segmentsText(substitute(text, target, values)) : text;
}
