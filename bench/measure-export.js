// Export: PDF and Markdown of the fully filled seed checklist, read from the app's
// `shipshape:export:*` measures (click → file ready). "First" is the first export after the
// page loaded (it loads jsPDF, the fonts and the Markdown writer); "repeated" is the same page
// exporting again with all of that in memory.
import { statSync } from 'node:fs';
import { freshContext, measures, waitForMark, waitForWorker } from './browser.js';
import { createDeployment, fillEverything, openTool } from './app.js';
import { summarize } from './stats.js';

/**
 * Presses an export button and waits for its measure (the figure), then for its download (to
 * know the file; a download the browser does not start is counted, not waited for forever).
 * @param {import('@playwright/test').Page} page
 * @param {'pdf' | 'markdown'} kind
 */
async function exportOnce(page, kind) {
	const name = `shipshape:export:${kind}`;
	const label = kind === 'pdf' ? 'Export PDF' : 'Export Markdown';
	await openTool(page, 'Report and sharing');
	const before = (await measures(page, name)).length;
	const download = page.waitForEvent('download', { timeout: 15_000 }).catch(() => null);
	await page.getByRole('button', { name: label }).click();
	await page.waitForFunction(
		({ name, before }) => performance.getEntriesByName(name, 'measure').length > before,
		{ name, before },
		{ timeout: 60_000 }
	);
	const file = await download;
	const size = file ? statSync(await file.path()).size : 0;
	await file?.delete();
	// The panel is idle again (its buttons are disabled while an export runs).
	await page.waitForFunction((label) => {
		const buttons = [...document.querySelectorAll('button')];
		return buttons.some((b) => b.textContent?.trim() === label && !b.disabled);
	}, label);
	const all = await measures(page, name);
	return {
		ms: all[all.length - 1],
		name: file?.suggestedFilename() ?? '',
		size,
		downloaded: !!file
	};
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ appURL: string, reps: number, warmup: number }} options
 */
export async function measureExport(browser, { appURL, reps, warmup }) {
	const context = await freshContext(browser, appURL, { worker: true });
	const setup = await context.newPage();
	await setup.goto('/');
	await waitForWorker(setup);
	const id = await createDeployment(setup);
	const tasks = await fillEverything(setup);
	await setup.close();

	/** @type {Record<string, any>} */
	const results = {};
	for (const kind of /** @type {const} */ (['pdf', 'markdown'])) {
		const first = [];
		let missing = 0;
		for (let i = 0; i < warmup + reps; i++) {
			const page = await context.newPage();
			await page.goto(`/run/?id=${id}`);
			await waitForMark(page, 'shipshape:ready:run');
			const result = await exportOnce(page, kind);
			if (!result.downloaded) missing++;
			if (i >= warmup) first.push(result.ms);
			await page.close();
		}
		const page = await context.newPage();
		await page.goto(`/run/?id=${id}`);
		await waitForMark(page, 'shipshape:ready:run');
		const repeated = [];
		let file = { name: '', size: 0 };
		for (let i = 0; i < 1 + warmup + reps; i++) {
			const result = await exportOnce(page, kind);
			if (!result.downloaded) missing++;
			if (i >= 1 + warmup) repeated.push(result.ms);
			if (result.downloaded) file = { name: result.name, size: result.size };
		}
		await page.close();
		results[kind] = {
			first: summarize(first),
			repeated: summarize(repeated),
			file,
			// Exports whose file the browser did not download (the figure is taken before that).
			missingDownloads: missing
		};
	}
	await context.close();
	return { tasks, ...results };
}
