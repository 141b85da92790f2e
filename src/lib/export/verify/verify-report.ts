// "Verify a report" for an exported Markdown report: decode its embedded content, recompute the
// fingerprint and compare it with the one printed, read the visible report back and compare every
// value with the content, and say which version each role signed. Loaded only when used.
import { parseChecklist } from '$lib/checklist/parse';
import { textFiller } from '$lib/export/markdown/fill';
import { exportMarkdown } from '$lib/export/markdown/markdown';
import { importReport, readReport } from '$lib/export/markdown/report-import';
import { printedFingerprint } from '$lib/export/markdown/verdict-read';
import { decodePayload, PayloadError } from '$lib/export/share/payload';
import { fingerprint, isFingerprintOf } from '$lib/record/fingerprint';
import { differences } from './differences';
import { signatureWords } from './signatures';

/** The outcome of verifying one report or one deployment of a backup, in words. */
export interface Verification {
	/** True when the content matches its fingerprint (or none is printed) and the report shows it. */
	ok: boolean;
	/** What was verified: the deployment's title or the checklist's. */
	title: string;
	/** The finding in one sentence. */
	headline: string;
	/** Each further finding: the fingerprint, every difference, each role's signature. */
	lines: string[];
}

const short = (print: string) => `${print.slice(0, 12)}…`;

/** Verifies the text of an exported Markdown report. */
export async function verifyMarkdown(text: string): Promise<Verification> {
	const parts = readReport(text);
	const refuse = (headline: string): Verification => ({
		ok: false,
		title: 'Report',
		headline,
		lines: []
	});
	if (!parts.content)
		return refuse(
			'This report has no embedded content (it was exported by an older version of Shipshape, or the content was cut off), so it cannot be verified.'
		);
	let payload;
	try {
		payload = await decodePayload(parts.content);
	} catch (error) {
		if (error instanceof PayloadError) return refuse(error.message);
		throw error;
	}
	const { content } = payload;
	const model = parseChecklist(content.source);
	const template = { source: content.source, model };
	const title = payload.title || model.title;
	const lines: string[] = [];
	const recomputed = await fingerprint(content);
	const printed = printedFingerprint(parts.verdict ?? '');
	let fingerprintOk = true;
	if (printed && (await isFingerprintOf(content, printed)))
		lines.push(`Its fingerprint ${short(printed)} matches the content it was signed with.`);
	else if (printed) {
		fingerprintOk = false;
		lines.push(
			`Its printed fingerprint ${short(printed)} does not match its content (${short(recomputed)}): the content was changed after signing.`
		);
	} else if (payload.signoff) {
		fingerprintOk = false;
		lines.push(
			'Its content says it was signed, but no fingerprint is printed: the report was changed.'
		);
	} else lines.push('No fingerprint is printed: this report was not signed.');
	const shown = importReport(parts, template, content).decisions;
	const rewritten = exportMarkdown({
		source: content.source,
		model,
		decisions: content.decisions,
		target: content.target,
		vars: content.vars,
		report: { signoff: null, payload: null }
	});
	const expected = importReport(rewritten, template, content).decisions;
	const diffs = differences(model, shown, expected, textFiller(model, content) ?? undefined);
	lines.push(...diffs);
	lines.push(...(await signatureWords(model, content)));
	const ok = fingerprintOk && diffs.length === 0;
	const headline = ok
		? printed
			? 'Verified: this report matches its fingerprint and shows what was signed.'
			: 'This report shows exactly its embedded content, but it is not signed, so no fingerprint vouches for it.'
		: diffs.length
			? `This report does not match what was fingerprinted: ${diffs.length} ${diffs.length === 1 ? 'difference' : 'differences'}.`
			: 'This report does not match its fingerprint.';
	return { ok, title, headline, lines };
}
