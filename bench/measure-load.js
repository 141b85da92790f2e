// Load: first contentful paint and "ready" for the app and the floor, measured in the same run
// and alternating per repetition. Online = every request goes to the network (HTTP cache
// bypassed, no service worker); offline = the network is cut and the app comes from its
// service worker, the floor from the HTTP cache (it is served with a max-age for that).
import { freshContext, uncachedPage, waitForMark, waitForWorker } from './browser.js';
import { createDeployment, fillSome } from './app.js';
import { mode, summarize } from './stats.js';

/**
 * @typedef {object} Target
 * @property {string} url
 * @property {string | null} mark the app's ready mark; null for the floor
 * @property {string} [complete] the app's mark for "every part rendered", where it renders in parts
 */

/**
 * Loads one page in a new tab and reads FCP and ready from its performance timeline.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Target} target
 * @param {boolean} uncached
 */
async function loadOnce(context, target, uncached) {
	const page = uncached ? await uncachedPage(context) : await context.newPage();
	await page.goto(target.url);
	const fcpHandle = await page.waitForFunction(
		() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? false
	);
	const fcp = /** @type {number} */ (await fcpHandle.jsonValue());
	const mark = target.mark ? await waitForMark(page, target.mark) : null;
	const complete = target.complete ? await waitForMark(page, target.complete) : null;
	const nav = await page.evaluate(() => {
		const n = /** @type {PerformanceNavigationTiming} */ (
			performance.getEntriesByType('navigation')[0]
		);
		return {
			domInteractive: n.domInteractive,
			transfer: n.transferSize,
			workerStart: n.workerStart
		};
	});
	await page.close();
	if (mark !== null) return { fcp, ready: mark, complete, by: 'mark', ...nav };
	// The floor has no script: it is ready when its first checkbox is both painted and parsed.
	const byFcp = fcp >= nav.domInteractive;
	return {
		fcp,
		ready: byFcp ? fcp : nav.domInteractive,
		complete: null,
		by: byFcp ? 'FCP' : 'domInteractive',
		...nav
	};
}

/**
 * Repeats app and floor loads alternately (app first on even repetitions, floor first on odd).
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Target} app
 * @param {Target} floor
 * @param {{ reps: number, warmup: number, uncached: boolean }} options
 */
async function alternate(context, app, floor, { reps, warmup, uncached }) {
	/** @type {Record<'app' | 'floor', Awaited<ReturnType<typeof loadOnce>>[]>} */
	const runs = { app: [], floor: [] };
	for (let i = 0; i < warmup + reps; i++) {
		const order = i % 2 ? ['floor', 'app'] : ['app', 'floor'];
		for (const which of /** @type {('app' | 'floor')[]} */ (order)) {
			const result = await loadOnce(context, which === 'app' ? app : floor, uncached);
			if (i >= warmup) runs[which].push(result);
		}
	}
	/** @param {typeof runs.app} list */
	const figures = (list) => ({
		fcp: summarize(list.map((r) => r.fcp)),
		ready: summarize(list.map((r) => r.ready)),
		complete: list[0]?.complete == null ? null : summarize(list.map((r) => r.complete ?? 0)),
		readyBy: mode(list.map((r) => r.by)),
		fromWorker: list.filter((r) => r.workerStart > 0).length,
		fromCache: list.filter((r) => r.transfer === 0).length
	});
	return { app: figures(runs.app), floor: figures(runs.floor) };
}

/**
 * Online and offline loads of the home page and a deployment page, each against the floor.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ appURL: string, floorURL: string, reps: number, warmup: number }} options
 */
export async function measureLoad(browser, { appURL, floorURL, reps, warmup }) {
	const floor = { url: floorURL, mark: null };
	const results = {};

	// Online: the data is stored, but nothing of the app or the floor is cached.
	const online = await freshContext(browser, appURL);
	const setup = await online.newPage();
	const onlineId = await createDeployment(setup);
	await fillSome(setup, 5);
	await setup.close();
	const onlineOptions = { reps, warmup, uncached: true };
	results.online = {
		home: await alternate(online, { url: '/', mark: 'shipshape:ready:home' }, floor, onlineOptions),
		run: await alternate(
			online,
			{
				url: `/run/?id=${onlineId}`,
				mark: 'shipshape:ready:run',
				complete: 'shipshape:complete:run'
			},
			floor,
			onlineOptions
		)
	};
	await online.close();

	// Offline: one online visit installs the worker (and caches the floor), then the network goes.
	const offline = await freshContext(browser, appURL, { worker: true });
	const first = await offline.newPage();
	await first.goto('/');
	await waitForWorker(first);
	const offlineId = await createDeployment(first);
	await fillSome(first, 5);
	await first.goto(floorURL);
	await offline.setOffline(true);
	await first.goto('/');
	await waitForMark(first, 'shipshape:ready:home');
	const reachable = await first.evaluate(() =>
		fetch(`/__bench-offline-check-${Date.now()}`).then(
			() => true,
			() => false
		)
	);
	if (reachable) throw new Error('setOffline(true) did not cut the network');
	await first.close();
	const offlineOptions = { reps, warmup, uncached: false };
	results.offline = {
		home: await alternate(
			offline,
			{ url: '/', mark: 'shipshape:ready:home' },
			floor,
			offlineOptions
		),
		run: await alternate(
			offline,
			{
				url: `/run/?id=${offlineId}`,
				mark: 'shipshape:ready:run',
				complete: 'shipshape:complete:run'
			},
			floor,
			offlineOptions
		)
	};
	await offline.close();
	return results;
}
