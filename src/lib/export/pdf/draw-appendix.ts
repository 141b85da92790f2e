// The readiness ratings and the evidence appendix: each probe result or parsed paste with its
// time, verdict, source in words, summary, the tasks it informs and what was pasted.
import { drawHeading } from './draw-heading.ts';
import type { Layout } from './layout.ts';
import type { ReportData } from './report-types.ts';
import {
	BODY,
	BODY_BOLD,
	CODE,
	FAIL,
	MUTED,
	PASS,
	RULE,
	SMALL,
	SMALL_BOLD,
	VERDICT_STYLE,
	leading
} from './styles.ts';
import { wrapCode, type Span } from './wrap.ts';
import { cutWords } from '$lib/export/evidence-words';

/** Draws each rating, then the total against the pass mark. */
export function drawRatings(layout: Layout, data: ReportData): void {
	if (!data.ratings.length) return;
	const lh = leading(BODY.size) + 2;
	drawHeading(layout, 'Readiness ratings', 2, (data.ratings.length + 1) * lh + 4);
	const valueX = layout.left + 160;
	for (const rating of data.ratings) {
		layout.ensure(lh);
		layout.drawLine([{ text: rating.label, style: BODY }], layout.left, layout.y);
		const value = rating.value === null ? 'not rated' : `${rating.value} / ${rating.max}`;
		const style = rating.value === null ? SMALL : BODY_BOLD;
		layout.drawLine([{ text: value, style }], valueX, layout.y + (style === SMALL ? 1.2 : 0));
		layout.y += lh;
	}
	const { score, threshold, pass } = data.summary;
	if (!score) return;
	layout.ensure(lh + 4);
	layout.stroke(RULE);
	layout.doc.line(layout.left, layout.y + 1, valueX + 90, layout.y + 1);
	layout.y += 4;
	layout.drawLine([{ text: score.label, style: BODY_BOLD }], layout.left, layout.y);
	const mark = threshold ? `   pass mark ${threshold.value} / ${threshold.max}` : '';
	layout.drawLine(
		[
			{ text: `${score.value} / ${score.max}  `, style: BODY_BOLD },
			{ text: pass ? 'Pass' : 'Fail', style: pass ? PASS : FAIL },
			{ text: mark, style: SMALL }
		],
		valueX,
		layout.y
	);
	layout.y += lh;
}

/** Draws every evidence record, oldest first; each record stays on one page. */
export function drawEvidence(layout: Layout, data: ReportData): void {
	drawHeading(layout, 'Evidence', 2);
	if (!data.evidence.length) {
		layout.paragraph([{ text: 'No probe results or pasted outputs were recorded.', style: SMALL }]);
		return;
	}
	const timeWidth = 92;
	const verdictWidth = 48;
	const x = layout.left + timeWidth + verdictWidth;
	const width = layout.right - x;
	for (const e of data.evidence) {
		const blocks: Span[][][] = [
			layout.lines([{ text: e.source, style: SMALL_BOLD }], width),
			layout.lines([{ text: e.summary, style: BODY }], width)
		];
		if (e.items.length)
			blocks.push(layout.lines([{ text: `Items: ${e.items.join('; ')}`, style: SMALL }], width));
		if (e.pasted) {
			blocks.push(layout.lines([{ text: 'Pasted output:', style: SMALL_BOLD }], width));
			for (const line of e.pasted.lines)
				blocks.push(
					wrapCode(line.replace(/\t/g, '    '), CODE, width, layout.measure).map((l) => [
						{ text: l || ' ', style: CODE }
					])
				);
			if (e.pasted.cut)
				blocks.push(layout.lines([{ text: cutWords(e.pasted.cut), style: SMALL }], width));
		}
		const lines = blocks.flat();
		const height = lines.reduce((h, l) => h + layout.lineHeight(l, BODY), 0) + 6;
		layout.ensure(Math.min(height, layout.bodyHeight));
		const top = layout.y;
		layout.drawLine([{ text: e.at, style: SMALL }], layout.left, top + 0.5);
		const verdict = [{ text: e.verdict, style: VERDICT_STYLE[e.verdict] }];
		layout.drawLine(verdict, layout.left + timeWidth, top + 0.5);
		layout.flow(lines, x, BODY);
		layout.stroke(MUTED, 0.2);
		layout.doc.line(layout.left, layout.y + 4, layout.right, layout.y + 4);
		layout.y += 6;
	}
}
