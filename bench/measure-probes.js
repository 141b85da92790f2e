// Probes: the app's latency probe against a target that holds every /health answer exactly
// 100 ms. The app stores the latency median it saw as evidence (`data.stats.median`); its error
// is how far that is from the injected delay.
import { freshContext, waitForWorker } from './browser.js';
import { createDeployment, openTool, readStore } from './app.js';
import { summarize } from './stats.js';
import { SLOW_DELAY_MS, startSlowTarget } from './target-server.js';

const SAMPLES = 20;

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ appURL: string, reps: number, warmup: number }} options
 */
export async function measureProbes(browser, { appURL, reps, warmup }) {
	const target = await startSlowTarget();
	const context = await freshContext(browser, appURL, { worker: true });
	const page = await context.newPage();
	try {
		await page.goto('/');
		await waitForWorker(page);
		const id = await createDeployment(page);
		await openTool(page, 'Live probes');
		await page.getByRole('textbox', { name: 'Target URL' }).fill(target.url);
		await page.getByText('Options', { exact: true }).click();
		await page.getByLabel('Latency samples (5–100)').fill(String(SAMPLES));
		const medians = [];
		/** @type {number[]} */
		const held = [];
		const p95s = [];
		const firstBytes = [];
		for (let i = 0; i < warmup + reps; i++) {
			const holdsBefore = target.holds.length;
			await page.getByRole('button', { name: 'Run probes' }).click();
			await page.getByText(/^Probes finished\./).waitFor({ timeout: 60_000 });
			const evidence = await readStore(page, 'evidence');
			const latest = evidence
				.filter((e) => e.runId === id && e.source === 'probe:latency' && e.data?.stats)
				.sort((a, b) => a.at - b.at)
				.at(-1);
			if (!latest || latest.data.stats.count !== SAMPLES)
				throw new Error(`The latency evidence is missing or has the wrong sample count`);
			if (i >= warmup) {
				medians.push(latest.data.stats.median);
				p95s.push(latest.data.stats.p95);
				if (latest.data.phases) firstBytes.push(latest.data.phases.ttfb);
				held.push(...target.holds.slice(holdsBefore));
			}
			// Ready for the next run: the message goes while probes run, and comes back after.
			await page.getByRole('button', { name: 'Run probes' }).waitFor();
		}
		const median = summarize(medians);
		return {
			injectedMs: SLOW_DELAY_MS,
			samplesPerRun: SAMPLES,
			median,
			p95: summarize(p95s),
			error: summarize(medians.map((m) => Math.abs(m - SLOW_DELAY_MS))),
			signedError: median ? median.median - SLOW_DELAY_MS : null,
			phases: firstBytes.length ? { ttfb: summarize(firstBytes)?.median } : null,
			// How long the server really held /health (its own clock): the part of the error that is
			// the target's, not the app's.
			serverHeld: { ...summarize(held), samples: undefined }
		};
	} finally {
		await context.close();
		await target.close();
	}
}
