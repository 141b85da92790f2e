// The footer of every page: the deployment's fingerprint and "Page N of M", written once all
// pages exist so the total is known.
import type { Layout } from './layout.ts';
import { FOOTER, FOOTER_MONO, RULE } from './styles.ts';

/** Writes the footer on every page. */
export function drawFooters(layout: Layout, fingerprint: string): void {
	const { doc } = layout;
	const pages = doc.getNumberOfPages();
	const y = layout.pageHeight - 40;
	const pageWidth = layout.measure(`Page ${pages} of ${pages}`, FOOTER) + 12;
	const print = layout
		.lines(
			[
				{ text: 'Fingerprint ', style: FOOTER },
				{ text: fingerprint || 'none', style: FOOTER_MONO }
			],
			layout.width - pageWidth
		)
		.slice(0, 3);
	for (let page = 1; page <= pages; page++) {
		doc.setPage(page);
		layout.stroke(RULE);
		doc.line(layout.left, y - 5, layout.right, y - 5);
		print.forEach((line, i) => layout.drawLine(line, layout.left, y + i * 9));
		layout.drawLine(
			[{ text: `Page ${page} of ${pages}`, style: FOOTER }],
			layout.right,
			y,
			'right'
		);
	}
}
