// The first page's top: the title block (what was deployed, where, by whom) and the summary
// (progress, readiness score against the pass mark, evidence verdicts).
import type { Layout } from './layout.ts';
import type { LabelValue, ReportData } from './report-types.ts';
import {
	BODY,
	BODY_BOLD,
	FAIL,
	LABEL,
	PASS,
	RULE,
	SHADE,
	SMALL,
	TITLE,
	VERDICT_COLOR,
	VERDICT_STYLE,
	leading
} from './styles.ts';
import type { Span } from './wrap.ts';

const EMPTY = '—';

/** Draws the title and the details grid: two columns of label and value when they fit. */
export function drawTitle(layout: Layout, data: ReportData): void {
	layout.paragraph([{ text: data.title, style: TITLE }]);
	layout.y += 6;
	const gap = 18;
	const colWidth = (layout.width - gap) / 2;
	const half = Math.ceil(data.details.length / 2);
	const columns = [data.details.slice(0, half), data.details.slice(half)];
	const rows = columns.map((c) => c.map((row) => detailLines(layout, row, colWidth)));
	const heights = rows.map((c) => c.reduce((h, r) => h + r.height, 0));
	const top = layout.y;
	if (Math.max(...heights) > layout.bottom - top) {
		for (const row of data.details)
			drawDetail(layout, detailLines(layout, row, layout.width), layout.left);
	} else {
		rows.forEach((column, c) => {
			layout.y = top;
			for (const row of column) drawDetail(layout, row, layout.left + c * (colWidth + gap));
		});
		layout.y = top + Math.max(...heights);
	}
	layout.y += 8;
}

const LABEL_WIDTH = 66;

function detailLines(layout: Layout, row: LabelValue, width: number) {
	const label = layout.lines([{ text: row.label, style: LABEL }], LABEL_WIDTH - 6);
	const value = layout.lines([{ text: row.value || EMPTY, style: BODY }], width - LABEL_WIDTH);
	const height = Math.max(label.length, value.length) * leading(BODY.size) + 1.5;
	return { label, value, height };
}

/** Draws a detail row at the cursor; a value too long for the page flows onto the next. */
function drawDetail(layout: Layout, row: ReturnType<typeof detailLines>, x: number): void {
	const h = leading(BODY.size);
	layout.ensure(Math.min(row.height, layout.bodyHeight));
	const top = layout.y;
	row.label.forEach((line, i) => layout.drawLine(line, x, top + 0.8 + i * h));
	layout.flow(row.value, x + LABEL_WIDTH, BODY);
	layout.y = Math.max(layout.y, top + row.label.length * h) + 1.5;
}

/** Draws the summary box: progress bar, score and verdict, what is missing, evidence counts. */
export function drawSummary(layout: Layout, data: ReportData): void {
	const { summary } = data;
	const x = layout.left + 10;
	const rows: Span[][] = [
		[{ text: `Progress  ${summary.ticked} / ${summary.total} tasks done`, style: BODY }]
	];
	if (summary.score) {
		const { label, value, max } = summary.score;
		const mark = summary.threshold
			? `  (pass mark ${summary.threshold.value} / ${summary.threshold.max})`
			: '';
		rows.push([
			{ text: `${label}  `, style: BODY },
			{ text: `${value} / ${max}`, style: BODY_BOLD },
			{ text: '  ', style: BODY },
			{ text: summary.pass ? 'Pass' : 'Fail', style: summary.pass ? PASS : FAIL },
			{ text: mark, style: BODY }
		]);
	}
	const missing = summary.missing.length ? `Still needed: ${summary.missing.join('; ')}.` : '';
	const evidence: Span[] = [{ text: 'Evidence  ', style: BODY }];
	for (const verdict of ['pass', 'fail', 'unknown', 'error'] as const)
		evidence.push(
			{ text: `${summary.evidence[verdict]} `, style: BODY },
			{ text: verdict, style: VERDICT_STYLE[verdict] },
			{ text: verdict === 'error' ? '' : ' · ', style: BODY }
		);
	evidence.push({ text: '  (newest result of each check)', style: SMALL });
	const lines = [
		...rows.flatMap((r) => layout.lines(r, layout.width - 20)),
		...(missing ? layout.lines([{ text: missing, style: SMALL }], layout.width - 20) : []),
		...layout.lines(evidence, layout.width - 20)
	];
	const barHeight = 5;
	const height = lines.reduce((h, l) => h + layout.lineHeight(l, BODY), 0) + barHeight + 22;
	layout.ensure(height);
	const top = layout.y;
	layout.fill(SHADE);
	layout.stroke(RULE);
	layout.doc.rect(layout.left, top, layout.width, height, 'FD');
	let y = top + 8;
	lines.forEach((line, i) => {
		layout.drawLine(line, x, y);
		y += layout.lineHeight(line, BODY);
		if (i === 0) y = progressBar(layout, x, y + 2, summary.ticked / (summary.total || 1)) + 4;
	});
	layout.y = top + height + 14;
}

function progressBar(layout: Layout, x: number, y: number, fraction: number): number {
	const width = layout.width - 20;
	layout.fill([255, 255, 255]);
	layout.stroke(RULE);
	layout.doc.rect(x, y, width, 5, 'FD');
	if (fraction > 0) {
		layout.fill(VERDICT_COLOR.pass);
		layout.doc.rect(x, y, width * Math.min(1, fraction), 5, 'F');
	}
	return y + 5;
}
