// Exports of one deployment: PDF, Markdown (file or clipboard) and calendar reminders. Each
// loads its heavy code only when used, and waits until every change on screen is stored.
import { base } from '$app/paths';
import { copyText } from '$lib/clipboard';
import { localDate } from '$lib/dates';
import { measureExport } from '$lib/perf';
import { deliver, download, exportFileName } from '$lib/export/share';
import type { RunState } from './run-state.svelte';

/** The values, times and evidence as plain data (values are primitives: a copy drops the proxy). */
function snapshotOf(run: RunState) {
	return { values: { ...run.values }, times: { ...run.times }, evidence: run.evidence };
}

/** deploy-<app>-<version>-<date>: the app from its values, target or title; the date, else the day it began. */
function fileName(run: RunState, ext: string): string {
	const header = run.run?.summary.header ?? {};
	const app =
		run.vars.app?.trim() || (run.targetInfo?.ok ? run.targetInfo.host : '') || run.model?.title;
	const date = header['Date'] || (run.run ? localDate(run.run.createdAt) : undefined);
	return exportFileName({ app, version: header['Version'], date }, ext);
}

/** The fingerprint printed on the report: the signed one, else one of the current content. */
async function currentFingerprint(run: RunState): Promise<string> {
	if (run.run?.signoff) return run.run.signoff.fingerprint;
	const { fingerprint } = await import('$lib/signoff/fingerprint');
	const { values, evidence } = snapshotOf(run);
	return fingerprint({
		source: run.source,
		values,
		evidence,
		signatures: [],
		target: run.target,
		vars: { ...run.vars }
	});
}

function saved(result: 'shared' | 'downloaded' | 'cancelled', name: string): string {
	return result === 'shared'
		? `Shared ${name}.`
		: result === 'downloaded'
			? `Saved ${name}.`
			: 'Sharing was cancelled.';
}

/** Builds the PDF report and shares or downloads it; resolves to a message in words. */
export async function exportPdf(run: RunState, includeCommands: boolean): Promise<string> {
	const start = performance.now();
	await run.whenSaved();
	if (!run.model || !run.run) return 'The deployment is not loaded yet.';
	const [{ renderPdf, pageSizeFor }, { reportData }, { loadPdfFonts }] = await Promise.all([
		import('$lib/export/pdf/pdf'),
		import('$lib/export/pdf/report-data'),
		import('$lib/export/pdf/fonts')
	]);
	const fonts = await loadPdfFonts(base);
	const data = reportData({
		run: { ...run.run, vars: { ...run.vars }, target: run.target },
		checklist: run.model,
		...snapshotOf(run),
		fingerprint: await currentFingerprint(run),
		includeCommands
	});
	const bytes = await renderPdf(data, { pageSize: pageSizeFor(navigator.language), fonts });
	const file = new File([bytes as BlobPart], fileName(run, 'pdf'), { type: 'application/pdf' });
	measureExport('pdf', start);
	return saved(await deliver(file, run.model.title), file.name);
}

/** The deployment as Markdown in its template's shape. */
async function markdownOf(run: RunState): Promise<string> {
	await run.whenSaved();
	const { exportMarkdown } = await import('$lib/export/markdown');
	return exportMarkdown({
		source: run.source,
		model: run.model!,
		...snapshotOf(run),
		itemTexts: run.taskTexts
	});
}

/** Exports the deployment as a Markdown file (shared or downloaded). */
export async function exportMarkdownFile(run: RunState): Promise<string> {
	const start = performance.now();
	const text = await markdownOf(run);
	const file = new File([text], fileName(run, 'md'), { type: 'text/markdown' });
	measureExport('markdown', start);
	return saved(await deliver(file, run.model?.title ?? 'Deployment'), file.name);
}

/** Copies the deployment as Markdown, for a GitHub or GitLab issue or pull request. */
export async function copyMarkdown(run: RunState): Promise<string> {
	const ok = await copyText(await markdownOf(run));
	return ok
		? 'Copied as Markdown: paste it into an issue or pull request.'
		: 'The browser refused to copy; use Export Markdown instead.';
}

/** Downloads an .ics file with the follow-up reminders. */
export async function addToCalendar(run: RunState): Promise<string> {
	if (!run.followUps.length)
		return 'This checklist has no follow-up sections to put in a calendar.';
	const { buildIcs } = await import('$lib/followups/ics');
	const header = run.run?.summary.header ?? {};
	const title = [run.model?.title, header['Version']].filter(Boolean).join(' ');
	const text = buildIcs({
		runId: run.id,
		title,
		appName: run.vars.app || undefined,
		followUps: run.followUps,
		now: new Date()
	});
	const name = fileName(run, 'ics');
	download(new File([text], name, { type: 'text/calendar' }));
	return `Saved ${name}: open it to add ${run.followUps.length} reminders to your calendar.`;
}
