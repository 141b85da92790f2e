// Exports of one deployment: PDF, Markdown (file or clipboard) and calendar reminders. Each
// loads its heavy code only when used, and waits until every change on screen is stored.
import { base } from '$app/paths';
import { copyText } from '$lib/ui/clipboard';
import { localDate } from '$lib/util/dates';
import { measureExport } from '$lib/util/perf';
import { deliver, download, exportFileName } from '$lib/ui/share-file';
import { followUpView } from '$lib/followups/followup-view.svelte';
import type { DeploymentState } from '$lib/deployment/deployment-state.svelte';
import { copyDecisions } from '$lib/record/decisions';
import type { DeploymentContent } from '$lib/record/fingerprint';

/** The decisions, times and evidence as plain data (a copy drops the state's proxies). */
function snapshotOf(deployment: DeploymentState) {
	return {
		decisions: copyDecisions(deployment.decisions),
		times: { ...deployment.times },
		evidence: deployment.evidence
	};
}

/**
 * deploy-<name> for a deployment a person named, else deploy-<app>-<version>-<date>: the app from
 * its values, target or title; the date, else the day it began.
 */
function fileName(deployment: DeploymentState, ext: string): string {
	const { customName } = deployment.fields;
	if (customName) return exportFileName({ name: customName }, ext);
	const header = deployment.record?.summary.header ?? {};
	const app =
		deployment.vars.app?.trim() ||
		(deployment.targetInfo?.ok ? deployment.targetInfo.host : '') ||
		deployment.model?.title;
	const date =
		header['Date'] || (deployment.record ? localDate(deployment.record.createdAt) : undefined);
	return exportFileName({ app, version: header['Version'], date }, ext);
}

/** What the fingerprint covers: with the recorded signatures once signed, else none. */
function contentOf(deployment: DeploymentState): DeploymentContent {
	const { decisions, evidence } = snapshotOf(deployment);
	return {
		source: deployment.source,
		decisions,
		evidence,
		signatures: deployment.record?.signoff?.signatures ?? [],
		target: deployment.target,
		vars: { ...deployment.vars }
	};
}

/** The fingerprint printed on the report: the signed one, else one of the current content. */
async function currentFingerprint(deployment: DeploymentState): Promise<string> {
	if (deployment.record?.signoff) return deployment.record.signoff.fingerprint;
	const { fingerprint } = await import('$lib/record/fingerprint');
	return fingerprint(contentOf(deployment));
}

function saved(result: 'shared' | 'downloaded' | 'cancelled', name: string): string {
	return result === 'shared'
		? `Shared ${name}.`
		: result === 'downloaded'
			? `Saved ${name}.`
			: 'Sharing was cancelled.';
}

/** Builds the PDF report and shares or downloads it; resolves to a message in words. */
export async function exportPdf(
	deployment: DeploymentState,
	includeCommands: boolean
): Promise<string> {
	const start = performance.now();
	await deployment.whenSaved();
	if (!deployment.model || !deployment.record) return 'The deployment is not loaded yet.';
	const [{ renderPdf, pageSizeFor }, { reportData }, { loadPdfFonts }] = await Promise.all([
		import('$lib/export/pdf/pdf'),
		import('$lib/export/pdf/report-data'),
		import('$lib/export/pdf/fonts')
	]);
	const fonts = await loadPdfFonts(base);
	const data = reportData({
		run: {
			...deployment.record,
			name: deployment.fields.customName,
			vars: { ...deployment.vars },
			target: deployment.target
		},
		checklist: deployment.model,
		...snapshotOf(deployment),
		fingerprint: await currentFingerprint(deployment),
		includeCommands
	});
	const bytes = await renderPdf(data, { pageSize: pageSizeFor(navigator.language), fonts });
	const file = new File([bytes as BlobPart], fileName(deployment, 'pdf'), {
		type: 'application/pdf'
	});
	measureExport('pdf', start);
	return saved(await deliver(file, deployment.name), file.name);
}

/** The deployment as Markdown in its template's shape, led by its verdict, content embedded. */
async function markdownOf(deployment: DeploymentState): Promise<string> {
	await deployment.whenSaved();
	const [{ exportMarkdown }, { encodePayload }] = await Promise.all([
		import('$lib/export/markdown/markdown'),
		import('$lib/export/share/payload')
	]);
	const record = deployment.record;
	const signoff = record?.status === 'signed' ? (record.signoff ?? null) : null;
	const payload = await encodePayload({
		content: contentOf(deployment),
		title: record?.title,
		templateName: record?.templateName,
		...(signoff ? { signoff: { at: signoff.at, fingerprint: signoff.fingerprint } } : {})
	}).catch(() => null);
	return exportMarkdown({
		source: deployment.source,
		model: deployment.model!,
		...snapshotOf(deployment),
		itemTexts: deployment.taskTexts,
		target: deployment.target,
		vars: { ...deployment.vars },
		report: {
			signoff: signoff && {
				at: signoff.at,
				fingerprint: signoff.fingerprint,
				roles: signoff.signatures.map((s) => s.role)
			},
			payload
		}
	});
}

/** Exports the deployment as a Markdown file (shared or downloaded). */
export async function exportMarkdownFile(deployment: DeploymentState): Promise<string> {
	const start = performance.now();
	const text = await markdownOf(deployment);
	const file = new File([text], fileName(deployment, 'md'), { type: 'text/markdown' });
	measureExport('markdown', start);
	return saved(await deliver(file, deployment.name), file.name);
}

/** Copies the deployment as Markdown, for a GitHub or GitLab issue or pull request. */
export async function copyMarkdown(deployment: DeploymentState): Promise<string> {
	const ok = await copyText(await markdownOf(deployment));
	return ok
		? 'Copied as Markdown: paste it into an issue or pull request.'
		: 'The browser refused to copy; use Export Markdown instead.';
}

/** Downloads an .ics file with the follow-up reminders. */
export async function addToCalendar(deployment: DeploymentState): Promise<string> {
	if (!followUpView(deployment).list.length)
		return 'This checklist has no follow-up sections to put in a calendar.';
	const { buildIcs } = await import('$lib/followups/ics');
	const header = deployment.record?.summary.header ?? {};
	const title = [deployment.model?.title, header['Version']].filter(Boolean).join(' ');
	const text = buildIcs({
		runId: deployment.id,
		title,
		appName: deployment.vars.app || undefined,
		followUps: followUpView(deployment).list,
		now: new Date()
	});
	const name = fileName(deployment, 'ics');
	download(new File([text], name, { type: 'text/calendar' }));
	return `Saved ${name}: open it to add ${followUpView(deployment).list.length} reminders to your calendar.`;
}

/** A share link for the deployment, with its length and what it had to leave out. */
export interface ShareLink {
	url: string;
	leftOut: string[];
}

/** Makes the deployment's share link: everything in its #fragment (see export/share/link.ts). */
export async function makeShareLink(deployment: DeploymentState): Promise<ShareLink> {
	await deployment.whenSaved();
	const model = deployment.model;
	const record = deployment.record;
	if (!model || !record) throw new Error('The deployment is not loaded yet.');
	const [{ shareFragment, linkFor }, { contentFingerprint }, { builtinTemplate }] =
		await Promise.all([
			import('$lib/export/share/link'),
			import('$lib/verdict/content'),
			import('$lib/templates/builtin')
		]);
	const content = contentOf(deployment);
	const signoff = record.status === 'signed' ? (record.signoff ?? null) : null;
	const { fragment, leftOut } = await shareFragment(
		{
			content,
			id: deployment.id,
			title: deployment.name,
			templateName: record.templateName,
			print: await contentFingerprint(model, content),
			...(signoff ? { signoff: { at: signoff.at, fingerprint: signoff.fingerprint } } : {})
		},
		builtinTemplate.source
	);
	return { url: linkFor(location.origin, base, fragment), leftOut };
}

/** Shares a link with the system share sheet, else copies it; resolves to words. */
export async function deliverLink(link: ShareLink, title: string, sheet: boolean): Promise<string> {
	const left = link.leftOut.length ? ` Left out: ${link.leftOut.join('; ')}.` : '';
	const size = `${link.url.length.toLocaleString('en')} characters`;
	if (sheet && typeof navigator.share === 'function') {
		try {
			await navigator.share({ title, url: link.url });
			return `Shared a link of ${size}.${left}`;
		} catch (error) {
			if (error instanceof DOMException && error.name === 'AbortError')
				return 'Sharing was cancelled.';
		}
	}
	const ok = await copyText(link.url);
	return ok
		? `Copied a share link of ${size}: anyone with it can read this deployment.${left}`
		: 'The browser refused to copy the link.';
}
