// What the deployment page does while it is shown, kept out of its markup: open the deployment,
// wait for its saves before a reload, warn before unsaved changes are lost, close it when gone.
import { markReady } from '$lib/util/perf';
import type { DeploymentState } from '$lib/deployment/deployment-state.svelte';
import type { PageNav } from '$lib/deployment/page-nav.svelte';
import { registerFlush } from '$lib/deployment/pending-saves';

/** Opens the deployment for the page (call it from `onMount`); returns what closes it. */
export function openForPage(deployment: DeploymentState, nav: PageNav): () => void {
	void deployment.open().then(() => {
		if (deployment.phase !== 'ready' || !deployment.model) return;
		nav.setChecklist(deployment.model);
		markReady('run');
	});
	const unregister = registerFlush(() => deployment.whenSaved());
	const warn = (e: BeforeUnloadEvent) => {
		if (deployment.unsaved) e.preventDefault();
	};
	addEventListener('beforeunload', warn);
	return () => {
		removeEventListener('beforeunload', warn);
		unregister();
		deployment.close();
	};
}
