// An exported file's name, and what delivering it did, in words.
import type { DeploymentState } from '$lib/deployment/deployment-state.svelte';
import { exportFileName } from '$lib/ui/share-file';
import { localDate } from '$lib/util/dates';

/**
 * deploy-<name> for a deployment a person named, else deploy-<app>-<version>-<date>: the app from
 * its values, target or title; the date, else the day it began.
 */
export function fileName(deployment: DeploymentState, ext: string): string {
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

/** What sharing or downloading a file did, in words. */
export function saved(result: 'shared' | 'downloaded' | 'cancelled', name: string): string {
	return result === 'shared'
		? `Shared ${name}.`
		: result === 'downloaded'
			? `Saved ${name}.`
			: 'Sharing was cancelled.';
}
