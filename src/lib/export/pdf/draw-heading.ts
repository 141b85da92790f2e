// A heading kept with what follows it: it moves to the next page rather than end one.
import type { Layout } from './layout.ts';
import { HEADINGS, RULE, leading } from './styles.ts';

/** Draws a heading of a level (1–4); level 1 and 2 get a rule under them. */
export function drawHeading(layout: Layout, title: string, level: number, keep = 30): void {
	const style = HEADINGS[level] ?? HEADINGS[4];
	const lines = layout.lines([{ text: title, style }], layout.width);
	const space = level <= 2 ? 10 : 6;
	layout.ensure(space + lines.length * leading(style.size) + keep);
	if (layout.y > layout.top) layout.y += space;
	layout.paragraph([{ text: title, style }]);
	if (level <= 2) {
		layout.stroke(RULE);
		layout.doc.line(layout.left, layout.y + 1, layout.right, layout.y + 1);
		layout.y += 4;
	}
	layout.y += 2;
}
