// The follow-up reminders of a deployment as an .ics file; the .ics writer loads on first use.
import type { DeploymentState } from '$lib/deployment/deployment-state.svelte';
import { followUpView } from '$lib/followups/followup-view.svelte';
import { download } from '$lib/ui/share-file';
import { fileName } from './export-file';

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
