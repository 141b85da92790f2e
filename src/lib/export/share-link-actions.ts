// A deployment's share link, made and handed on: the link code, the content fingerprint and the
// built-in template load on first use; a link too long for chats is held for the person's word.
import { base } from '$app/paths';
import type { DeploymentState } from '$lib/deployment/deployment-state.svelte';
import { copyText } from '$lib/ui/clipboard';
import { contentOf } from './export-content';
import { LINK_BUDGET } from './share/link-budget';

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

/**
 * Makes the share link and hands it on; one longer than chats keep comes back as `long`
 * instead, undelivered, with words offering the Markdown report or the long link anyway.
 */
export async function shareLink(
	deployment: DeploymentState,
	sheet: boolean
): Promise<{ words: string; long: ShareLink | null }> {
	const made = await makeShareLink(deployment);
	if (made.url.length > LINK_BUDGET)
		return {
			long: made,
			words: `This link would be ${made.url.length.toLocaleString('en')} characters: longer than the ${LINK_BUDGET.toLocaleString('en')} many chats and issue trackers keep. Share the Markdown report instead (it carries the same content and can be verified), or copy the long link anyway.`
		};
	return { words: await deliverLink(made, deployment.name, sheet), long: null };
}
