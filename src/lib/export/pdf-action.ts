// The PDF report of a deployment: jsPDF, the report data and the fonts load on the first export.
import { base } from '$app/paths';
import type { DeploymentState } from '$lib/deployment/deployment-state.svelte';
import { deliver } from '$lib/ui/share-file';
import { measureExport } from '$lib/util/perf';
import { currentFingerprint, snapshotOf } from './export-content';
import { fileName, saved } from './export-file';

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
