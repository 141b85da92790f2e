// Renders a deployment report as PDF. jsPDF (≈126 KB gzipped) is imported here, on export, so it
// never weighs on opening the app; fonts come from loadPdfFonts (fonts.ts).
import { drawEvidence, drawRatings } from './draw-appendix.ts';
import { drawFooters } from './draw-footer.ts';
import { drawRelease, drawVerify } from './draw-release.ts';
import { drawSections } from './draw-sections.ts';
import { drawContacts, drawNotes, drawSignoff } from './draw-signoff.ts';
import { drawSummary, drawTitle } from './draw-title.ts';
import { FontSet, type PdfFontData } from './font-set.ts';
import { Layout, type PageSize } from './layout.ts';
import type { ReportData } from './report-types.ts';

export { pageSizeFor } from './page-size.ts';
export type { PdfFontData, PageSize };

export interface PdfOptions {
	pageSize: PageSize;
	/** Noto Sans regular and bold, and the Noto Sans SC subset, as base64 TTF. */
	fonts: PdfFontData;
}

/** The report as a PDF file. The same data always gives the same bytes. */
export async function renderPdf(data: ReportData, options: PdfOptions): Promise<Uint8Array> {
	const { jsPDF } = await import('jspdf');
	const doc = new jsPDF({
		unit: 'pt',
		format: options.pageSize,
		compress: true,
		putOnlyUsedFonts: true
	});
	doc.setCreationDate(new Date(data.generatedAt));
	doc.setFileId(fileId(`${data.fingerprint}|${data.generatedAt}`));
	doc.setDocumentProperties({
		title: data.title,
		subject: 'Deployment report',
		keywords: data.fingerprint,
		creator: 'Shipshape'
	});
	const layout = new Layout(doc, new FontSet(doc, options.fonts), options.pageSize);
	drawTitle(layout, data);
	drawRelease(layout, data);
	drawSummary(layout, data);
	drawVerify(layout, data);
	drawSections(layout, data.sections);
	drawRatings(layout, data);
	drawSignoff(layout, data);
	drawNotes(layout, data);
	drawContacts(layout, data);
	drawEvidence(layout, data);
	drawFooters(layout, data.fingerprint);
	return new Uint8Array(doc.output('arraybuffer'));
}

/** A stable 32-hex-digit file id (FNV-1a, four lanes), so equal reports give equal files. */
function fileId(text: string): string {
	return [0x811c9dc5, 0x01000193, 0x2f3a5b7c, 0x6d4e8f10]
		.map((seed) => {
			let h = seed >>> 0;
			for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
			return (h >>> 0).toString(16).padStart(8, '0');
		})
		.join('');
}
