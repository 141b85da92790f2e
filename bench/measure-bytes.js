// Bytes of a first visit: what the browser transfers for the home page and a deployment page
// with nothing cached and no service worker, read from Resource Timing after the page is ready.
import { join } from 'node:path';
import { freshContext, uncachedPage, waitForMark } from './browser.js';
import { createDeployment, fillSome } from './app.js';
import { libraryHints } from './chunks.js';

/** How long to keep watching after "ready" for late requests (lazy chunks, the manifest). */
const SETTLE_MS = 1500;

/**
 * Loads a page with an empty HTTP cache and sums what came over the wire, by kind.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} path
 * @param {string} mark the ready mark to wait for
 * @param {string} root
 */
async function firstLoad(context, path, mark, root) {
	const page = await uncachedPage(context);
	await page.goto(path);
	const ready = await waitForMark(page, mark);
	await page.waitForTimeout(SETTLE_MS);
	const entries = await page.evaluate(() =>
		[
			...performance.getEntriesByType('navigation'),
			...performance.getEntriesByType('resource')
		].map((e) => {
			const r = /** @type {PerformanceResourceTiming} */ (e);
			return {
				url: r.name,
				transfer: r.transferSize,
				body: r.encodedBodySize,
				raw: r.decodedBodySize,
				end: r.responseEnd
			};
		})
	);
	await page.close();
	const origin = new URL(entries[0].url).origin;
	const files = entries
		.filter((e) => e.url.startsWith(origin))
		.map((e) => {
			const path = new URL(e.url).pathname;
			const kind = /\.js$/.test(path)
				? 'js'
				: /\.css$/.test(path)
					? 'css'
					: e === entries[0]
						? 'html'
						: 'other';
			return {
				path,
				kind,
				transfer: e.transfer,
				gzip: e.body,
				raw: e.raw,
				afterReady: e.end > ready,
				contains: kind === 'js' ? libraryHints(join(root, 'build', path)) : []
			};
		});
	/** @param {(f: typeof files[number]) => boolean} pick */
	const total = (pick) =>
		files.filter(pick).reduce((t, f) => ({ gzip: t.gzip + f.gzip, raw: t.raw + f.raw }), {
			gzip: 0,
			raw: 0
		});
	return {
		ready,
		js: total((f) => f.kind === 'js'),
		jsBeforeReady: total((f) => f.kind === 'js' && !f.afterReady),
		css: total((f) => f.kind === 'css'),
		html: total((f) => f.kind === 'html'),
		all: total(() => true),
		files
	};
}

/**
 * First-visit bytes for the home page (nothing stored) and a deployment page.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseURL
 * @param {string} root
 */
export async function measureBytes(browser, baseURL, root) {
	const context = await freshContext(browser, baseURL);
	const home = await firstLoad(context, '/', 'shipshape:ready:home', root);
	// The deployment has to exist first; it is created in another tab, then its page is loaded
	// with the HTTP cache bypassed, so it is a first load of that page.
	const setup = await context.newPage();
	const id = await createDeployment(setup);
	await fillSome(setup, 5);
	await setup.close();
	const run = await firstLoad(context, `/run/?id=${id}`, 'shipshape:ready:run', root);
	await context.close();
	return { home, run };
}
