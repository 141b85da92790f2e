// Chromium for the benchmark, found and launched the way the browser tests do it, plus page
// helpers.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/chromium.js';

/** Launches Chromium; fails with one line saying how to get one. */
export async function launch() {
	const executablePath = findChromium();
	if (!executablePath)
		throw new Error(
			'No Chromium found: set CHROMIUM_PATH, or `sudo apt-get install chromium`, or `npx playwright install chromium`.'
		);
	return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/**
 * A context as a first-time visitor has it: nothing stored, nothing cached.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseURL
 * @param {{ worker?: boolean }} [options] worker: let the service worker install (default: blocked)
 */
export function freshContext(browser, baseURL, { worker = false } = {}) {
	return browser.newContext({
		baseURL,
		serviceWorkers: worker ? 'allow' : 'block',
		acceptDownloads: true,
		viewport: { width: 1280, height: 800 }
	});
}

/**
 * Opens a tab whose requests all go to the network (the HTTP cache is bypassed).
 * @param {import('@playwright/test').BrowserContext} context
 */
export async function uncachedPage(context) {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	return page;
}

/**
 * Waits for a User Timing entry and returns its startTime (ms from navigation start).
 * @param {import('@playwright/test').Page} page
 * @param {string} name
 * @param {number} [timeout]
 */
export async function waitForMark(page, name, timeout = 30_000) {
	const handle = await page.waitForFunction(
		(n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? false,
		name,
		{ timeout }
	);
	return /** @type {number} */ (await handle.jsonValue());
}

/**
 * The durations of every measure with this name so far.
 * @param {import('@playwright/test').Page} page
 * @param {string} name
 */
export function measures(page, name) {
	return page.evaluate(
		(n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration),
		name
	);
}

/**
 * Waits until the service worker controls the page (it has precached the app).
 * @param {import('@playwright/test').Page} page
 */
export async function waitForWorker(page) {
	await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
		timeout: 30_000
	});
}

/**
 * Waits until every change the deployment page shows is stored.
 * @param {import('@playwright/test').Page} page
 */
export async function waitSaved(page) {
	await page.waitForSelector('[data-save-state="saved"]', { timeout: 30_000 });
}
