// Page 1's lead, right under the title block: the release verdict in its colour, the open
// exceptions each with its detail, and the waivers with their reason, who and when; and, under
// the summary, how to verify the fingerprint.
import type { Layout } from './layout.ts';
import type { ReportData, ReportException, ReportRelease } from './report-types.ts';
import { BODY, BODY_BOLD, INK, SMALL, SMALL_BOLD, VERDICT_COLOR, leading } from './styles.ts';
import type { Color, Style } from './wrap.ts';

/**
 * The verdict's colour, as the page shows it: red only when something failed (a check, the
 * score); Not ready for work still to do is plain ink.
 */
export function releaseColor(release: Pick<ReportRelease, 'state' | 'tone'>): Color {
	if (release.state === 'ready') return VERDICT_COLOR.pass;
	if (release.state === 'ready-with-waivers') return VERDICT_COLOR.unknown;
	return release.tone === 'open' ? INK : VERDICT_COLOR.fail;
}
const INDENT = 12;

/** Draws the verdict, its exceptions and its waivers. */
export function drawRelease(layout: Layout, data: ReportData): void {
	const { release } = data;
	const big: Style = { face: 'bold', size: 14, color: releaseColor(release) };
	layout.ensure(leading(14) + leading(BODY.size) * 2);
	layout.paragraph([
		{ text: 'Release verdict: ', style: { ...big, color: BODY.color } },
		{ text: release.words, style: big }
	]);
	const counts = release.counts
		? `Open: ${release.counts}.`
		: release.waived.length
			? 'Every exception is waived.'
			: 'No exceptions.';
	layout.paragraph([{ text: counts, style: BODY }]);
	layout.y += 4;
	if (release.open.length) {
		subheading(layout, `Exceptions (${release.open.length})`);
		for (const e of release.open) item(layout, e);
	}
	if (release.waived.length) {
		subheading(layout, `Waivers (${release.waived.length})`);
		for (const w of release.waived) {
			item(layout, w);
			const x = layout.left + INDENT * 2;
			layout.paragraph(
				[
					{ text: 'Reason: ', style: SMALL_BOLD },
					{ text: w.reason, style: SMALL }
				],
				x
			);
			layout.paragraph([{ text: `Waived by ${w.by}, ${w.at}`, style: SMALL }], x);
			layout.y += 2;
		}
	}
	layout.y += 8;
}

function subheading(layout: Layout, text: string): void {
	layout.ensure(leading(BODY.size) * 2);
	layout.paragraph([{ text, style: BODY_BOLD }]);
	layout.y += 1;
}

function item(layout: Layout, e: ReportException): void {
	layout.paragraph(
		[
			{ text: `${e.kind}: `, style: SMALL },
			{ text: e.title, style: BODY_BOLD },
			{ text: ` — ${e.detail}`, style: BODY }
		],
		layout.left + INDENT
	);
}

/** Draws the line on how to verify the fingerprint. */
export function drawVerify(layout: Layout, data: ReportData): void {
	layout.paragraph([{ text: data.verify, style: SMALL }]);
	layout.y += 8;
}
