// The Markdown report of a deployment, as a file or on the clipboard: the writer and the payload
// encoder load on first use, and the export waits until every change on screen is stored.
import type { DeploymentState } from '$lib/deployment/deployment-state.svelte';
import { copyText } from '$lib/ui/clipboard';
import { deliver } from '$lib/ui/share-file';
import { measureExport } from '$lib/util/perf';
import { contentOf, snapshotOf } from './export-content';
import { fileName, saved } from './export-file';

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
