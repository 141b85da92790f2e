// The diagnosis scenarios: each drives the app like the benchmark does, but records a trace
// and a CPU profile (or raw timings) so the summary says where the time goes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { freshContext, uncachedPage, waitForMark, waitForWorker } from './browser.js';
import {
	copyDeployment,
	createDeployment,
	fillEverything,
	fillSome,
	openTool,
	readStore,
	taskBoxes
} from './app.js';
import { bigChecklist } from './measure-scale.js';
import { attributeProfile, cpuProfile, summarizeTrace, TRACE_CATEGORIES } from './profile.js';
import { bytesBySource } from './sourcemaps.js';
import { summarize } from './stats.js';
import { startSlowTarget } from './target-server.js';

/**
 * @typedef {object} Env
 * @property {import('@playwright/test').Browser} browser
 * @property {string} appURL
 * @property {string} site the sourcemap build's folder
 * @property {(name: string, trace: Buffer) => void} saveTrace
 * @property {string} traces the folder saveTrace writes to
 */

/**
 * Traces and profiles `work`. A page load is traced and profiled in two runs (`twice`), since
 * starting the profiler in a new renderer costs tens of ms inside the window; an action runs
 * once with both. The window ends at `mark`; it starts at `from` (a mark) or at navigation.
 * @param {Env} env
 * @param {import('@playwright/test').Page} page
 * @param {string} name
 * @param {() => Promise<unknown>} work
 * @param {{ mark: string, from?: string, twice?: boolean }} options
 */
async function observe(env, page, name, work, { mark, from, twice = false }) {
	await env.browser.startTracing(page, { categories: TRACE_CATEGORIES });
	const profile = twice ? (await work(), null) : await cpuProfile(page, work);
	const buffer = await env.browser.stopTracing();
	const seen = twice ? await milestones(page, mark) : undefined;
	env.saveTrace(name, buffer);
	const markStartMs = await page.evaluate(
		(m) => performance.getEntriesByName(m).at(-1)?.startTime ?? 0,
		mark
	);
	const trace = summarizeTrace(JSON.parse(buffer.toString()), mark, { from, markStartMs });
	return {
		milestones: seen,
		trace,
		cpu: attributeProfile(profile ?? (await cpuProfile(page, work)), env.site)
	};
}

/**
 * Brackets an action with two marks, so the trace window is exactly the action.
 * @param {import('@playwright/test').Page} page
 * @param {() => Promise<unknown>} action
 */
async function bracket(page, action) {
	await page.evaluate(() => performance.mark('bench:from'));
	await action();
	await page.evaluate(() => performance.mark('bench:to'));
}
const BRACKET = 'bench:from';

/**
 * Records, in the page, when IndexedDB was opened and when each transaction started and
 * completed (with its stores), so milestones can say what "ready" waited on.
 * @param {import('@playwright/test').BrowserContext} context
 */
function hookIndexedDB(context) {
	return context.addInitScript(() => {
		/** @type {any} */
		const w = window;
		/** @type {{ transactions: any[], openCalled?: number, opened?: number }} */
		const log = (w.__idb = { transactions: [] });
		const open = IDBFactory.prototype.open;
		IDBFactory.prototype.open = function (/** @type {any[]} */ ...args) {
			log.openCalled ??= performance.now();
			const request = open.apply(this, /** @type {any} */ (args));
			request.addEventListener('success', () => (log.opened ??= performance.now()));
			return request;
		};
		const transaction = IDBDatabase.prototype.transaction;
		IDBDatabase.prototype.transaction = function (/** @type {any[]} */ ...args) {
			const tx = transaction.apply(this, /** @type {any} */ (args));
			const entry = {
				stores: [...tx.objectStoreNames].join('+'),
				start: performance.now(),
				end: 0
			};
			log.transactions.push(entry);
			tx.addEventListener('complete', () => (entry.end = performance.now()));
			return tx;
		};
	});
}

/**
 * Network, storage and rendering milestones of the last navigation, in ms from its start.
 * @param {import('@playwright/test').Page} page
 * @param {string} mark
 */
function milestones(page, mark) {
	return page.evaluate((mark) => {
		const nav = /** @type {PerformanceNavigationTiming} */ (
			performance.getEntriesByType('navigation')[0]
		);
		const resources = /** @type {PerformanceResourceTiming[]} */ (
			performance.getEntriesByType('resource')
		);
		const scripts = resources.filter((r) => r.name.endsWith('.js'));
		const css = resources.filter((r) => r.name.endsWith('.css'));
		const ready = performance.getEntriesByName(mark)[0]?.startTime ?? Infinity;
		const idb = /** @type {any} */ (window).__idb;
		const ms = (/** @type {number | undefined} */ t) => (t === undefined ? null : Math.round(t));
		/** @type {Record<string, number | null>} */
		const out = {
			'HTML received': ms(nav.responseEnd),
			[`CSS received (${css.length} files)`]: ms(Math.max(0, ...css.map((s) => s.responseEnd))),
			domInteractive: ms(nav.domInteractive),
			'first contentful paint': ms(
				performance.getEntriesByName('first-contentful-paint')[0]?.startTime
			),
			[`scripts received (${scripts.filter((s) => s.responseEnd < ready).length} before ready)`]:
				ms(Math.max(...scripts.filter((s) => s.responseEnd < ready).map((s) => s.responseEnd))),
			'IndexedDB open called': ms(idb?.openCalled),
			'IndexedDB opened': ms(idb?.opened)
		};
		for (const tx of idb?.transactions.filter((/** @type {any} */ t) => t.start < ready) ?? [])
			out[`transaction ${tx.stores} ${ms(tx.start)} →`] = ms(tx.end);
		out[mark] = ms(ready);
		return out;
	}, mark);
}

/**
 * Bytes per source module of the JavaScript a first visit loads.
 * @param {Env} env
 */
export async function bytesScenario(env) {
	const context = await freshContext(env.browser, env.appURL);
	/** @type {Record<string, any>} */
	const out = {};
	const setup = await context.newPage();
	const id = await createDeployment(setup);
	await setup.close();
	for (const [name, path, mark] of [
		['home', '/', 'shipshape:ready:home'],
		['run', `/run/?id=${id}`, 'shipshape:ready:run']
	]) {
		const page = await uncachedPage(context);
		await page.goto(path);
		await waitForMark(page, mark);
		await page.waitForTimeout(1500);
		const urls = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((r) => r.name)
				.filter((u) => u.endsWith('.js'))
		);
		await page.close();
		/** @type {Map<string, { raw: number, gzip: number }>} */
		const modules = new Map();
		for (const url of urls) {
			const file = join(env.site, new URL(url).pathname);
			const code = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n');
			const gzip = gzipSync(code).length;
			const parts = existsSync(`${file}.map`)
				? bytesBySource(code, JSON.parse(readFileSync(`${file}.map`, 'utf8')))
				: new Map([[new URL(url).pathname, code.length]]);
			const total = [...parts.values()].reduce((a, b) => a + b, 0);
			for (const [module, raw] of parts) {
				const seen = modules.get(module) ?? { raw: 0, gzip: 0 };
				modules.set(module, { raw: seen.raw + raw, gzip: seen.gzip + (gzip * raw) / total });
			}
		}
		/** @type {Map<string, { raw: number, gzip: number }>} */
		const areas = new Map();
		for (const [module, size] of modules) {
			const area = module.startsWith('src/lib/') ? module.split('/').slice(0, 3).join('/') : module;
			const seen = areas.get(area) ?? { raw: 0, gzip: 0 };
			areas.set(area, { raw: seen.raw + size.raw, gzip: seen.gzip + size.gzip });
		}
		const byGzip = (
			/** @type {[string, { gzip: number }]} */ a,
			/** @type {[string, { gzip: number }]} */ b
		) => b[1].gzip - a[1].gzip;
		out[name] = {
			'by area (≈ gzip: each chunk’s gzip size shared out by raw bytes)': [...areas].sort(byGzip),
			'by module': [...modules].sort(byGzip)
		};
	}
	await context.close();
	return out;
}

/**
 * Page loads (online: no cache, no worker; offline: from the worker): milestones, trace, profile.
 * @param {Env} env
 */
export async function loadScenario(env) {
	/** @type {Record<string, any>} */
	const out = {};
	const online = await freshContext(env.browser, env.appURL);
	await hookIndexedDB(online);
	const setup = await online.newPage();
	const id = await createDeployment(setup);
	await fillSome(setup, 5);
	await setup.close();
	for (const [name, path, mark] of [
		['home online', '/', 'shipshape:ready:home'],
		['run online', `/run/?id=${id}`, 'shipshape:ready:run']
	]) {
		const page = await uncachedPage(online);
		await page.goto(path);
		await waitForMark(page, mark);
		const result = await observe(
			env,
			page,
			name.replace(' ', '-'),
			async () => {
				await page.goto('about:blank');
				await page.goto(path);
				await waitForMark(page, mark);
			},
			{ mark, twice: true }
		);
		out[name] = result;
		await page.close();
	}
	await online.close();

	const offline = await freshContext(env.browser, env.appURL, { worker: true });
	await hookIndexedDB(offline);
	const first = await offline.newPage();
	await first.goto('/');
	await waitForWorker(first);
	const offlineId = await createDeployment(first);
	await fillSome(first, 5);
	await offline.setOffline(true);
	const mark = 'shipshape:ready:run';
	const result = await observe(
		env,
		first,
		'run-offline',
		async () => {
			await first.goto('about:blank');
			await first.goto(`/run/?id=${offlineId}`);
			await waitForMark(first, mark);
		},
		{ mark, twice: true }
	);
	out['run offline'] = result;
	await offline.close();
	return out;
}

/**
 * Clicks `count` task checkboxes from `from` on, one after another, each after the previous one
 * is durable; returns the durable measures taken meanwhile.
 * @param {import('@playwright/test').Page} page
 * @param {number} from
 * @param {number} count
 */
async function tickRange(page, from, count) {
	const boxes = taskBoxes(page);
	const total = await boxes.count();
	const before = await page.evaluate(
		() => performance.getEntriesByName('shipshape:durable').length
	);
	for (let i = from; i < from + count; i++) {
		const n = await page.evaluate(() => performance.getEntriesByName('shipshape:durable').length);
		await boxes.nth(i % total).click();
		await page.waitForFunction(
			(n) => performance.getEntriesByName('shipshape:durable').length > n,
			n
		);
	}
	return page.evaluate(
		(before) =>
			performance
				.getEntriesByName('shipshape:durable')
				.slice(before)
				.map((m) => m.duration),
		before
	);
}

/**
 * Ticks: the main thread during each tick's durable window, an A/B without the progress bar's
 * width transition, and the same IndexedDB work done raw, without Dexie or the app.
 * @param {Env} env
 */
export async function tickScenario(env) {
	const context = await freshContext(env.browser, env.appURL);
	const page = await context.newPage();
	const id = await createDeployment(page);
	await tickRange(page, 0, 10);
	const TICKS = 40;
	const plain = await tickRange(page, 10, 60);
	const result = await observe(
		env,
		page,
		'ticks',
		() => bracket(page, () => tickRange(page, 0, TICKS)),
		{
			mark: 'bench:to',
			from: BRACKET
		}
	);
	await page.addStyleTag({ content: '.progress .fill { transition: none !important; }' });
	const noTransition = await tickRange(page, 40, 60);

	// What the main thread did inside the durable windows of the traced ticks.
	const trace = JSON.parse(readFileSync(join(env.traces, 'ticks.json'), 'utf8')).traceEvents;
	const inWindows = durableWindows(trace);

	// The same requests setRecord makes (get run, put record, all records of the run, put run), in
	// one raw IndexedDB transaction; and a single put.
	const raw = await page.evaluate(async (runId) => {
		/** @type {<T>(r: IDBRequest<T>) => Promise<T>} */
		const done = (r) =>
			new Promise(
				(ok, fail) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => fail(r.error)))
			);
		const db = await done(indexedDB.open('shipshape'));
		const times = { same: /** @type {number[]} */ ([]), put: /** @type {number[]} */ ([]) };
		for (let i = 0; i < 60; i++) {
			let start = performance.now();
			let tx = db.transaction(['runs', 'records'], 'readwrite');
			const run = await done(tx.objectStore('runs').get(runId));
			await done(
				tx.objectStore('records').put({
					runId,
					key: `item:bench-${i}`,
					...{ kind: 'tick', item: `bench-${i}`, done: true, v: 1, at: Date.now() }
				})
			);
			await done(tx.objectStore('records').index('runId').getAll(runId));
			await done(tx.objectStore('runs').put(run));
			await new Promise((ok) => (tx.oncomplete = ok));
			times.same.push(performance.now() - start);
			start = performance.now();
			tx = db.transaction('records', 'readwrite');
			tx.objectStore('records').put({
				runId,
				key: `item:bench-${i}`,
				...{ kind: 'tick', item: `bench-${i}`, done: false, v: 1, at: Date.now() }
			});
			await new Promise((ok) => (tx.oncomplete = ok));
			times.put.push(performance.now() - start);
		}
		const tx = db.transaction('records', 'readwrite');
		for (let i = 0; i < 60; i++) tx.objectStore('records').delete([runId, `item:bench-${i}`]);
		await new Promise((ok) => (tx.oncomplete = ok));
		db.close();
		return times;
	}, id);
	await context.close();
	return {
		'durable, as is (60 ticks)': summarize(plain),
		'durable, progress bar transition switched off (60 ticks)': summarize(noTransition),
		'raw IndexedDB, the same 4 requests in one transaction': summarize(raw.same.slice(10)),
		'raw IndexedDB, one put': summarize(raw.put.slice(10)),
		[`main thread per durable window (ms, traced and profiled: slower)`]: inWindows,
		...result
	};
}

/**
 * Main-thread self time per activity inside the `shipshape:durable` windows of a trace, per tick.
 * @param {any[]} events
 */
function durableWindows(events) {
	const durable = events.filter((e) => e.name === 'shipshape:durable');
	const pid = durable[0]?.pid;
	const main = events.find(
		(e) =>
			e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain'
	)?.tid;
	const begins = durable.filter((e) => e.ph === 'b');
	const ends = durable.filter((e) => e.ph === 'e');
	const slices = events.filter((e) => e.pid === pid && e.tid === main && e.ph === 'X');
	/** @type {Map<string, number>} */
	const self = new Map();
	let frames = 0;
	begins.forEach((b, i) => {
		const end = ends[i]?.ts ?? b.ts;
		for (const e of slices) {
			if (e.ts < b.ts || e.ts >= end || /RunTask/.test(e.name)) continue;
			self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
			if (e.name === 'Layerize') frames++;
		}
	});
	const n = Math.max(1, begins.length);
	const per = [...self]
		.sort((a, b) => b[1] - a[1])
		.slice(0, 10)
		.map(([name, us]) => [name, Math.round(us / n / 100) / 10]);
	return [['frames rendered (Layerize)', Math.round((frames / n) * 10) / 10], ...per];
}

/**
 * The home page with 1,000 deployments.
 * @param {Env} env
 */
export async function homeScenario(env) {
	const context = await freshContext(env.browser, env.appURL);
	await hookIndexedDB(context);
	const page = await context.newPage();
	const id = await createDeployment(page);
	await fillSome(page, 10);
	await copyDeployment(page, id, 999);
	await page.goto('/');
	await waitForMark(page, 'shipshape:ready:home');
	const mark = 'shipshape:ready:home';
	const result = await observe(
		env,
		page,
		'home-1000',
		async () => {
			await page.goto('about:blank');
			await page.goto('/');
			await waitForMark(page, mark);
		},
		{ mark, twice: true }
	);
	// Reading the 1,000 runs alone, raw (median of 5): the data is not what takes the time.
	const read = await page.evaluate(async () => {
		const times = [];
		for (let i = 0; i < 5; i++) {
			const start = performance.now();
			const open = indexedDB.open('shipshape');
			/** @type {IDBDatabase} */
			const db = await new Promise((ok) => (open.onsuccess = () => ok(open.result)));
			const all = db.transaction('runs').objectStore('runs').getAll();
			await new Promise((ok) => (all.onsuccess = ok));
			db.close();
			times.push(performance.now() - start);
		}
		return times.sort((a, b) => a - b)[2];
	});
	await context.close();
	return { 'raw IndexedDB: open and read all 1,000 runs (median of 5)': read, ...result };
}

/**
 * Importing the 1,000-task checklist: the first Preview (parser loads) and a second one.
 * @param {Env} env
 */
export async function importScenario(env) {
	const context = await freshContext(env.browser, env.appURL);
	const page = await context.newPage();
	await page.goto('/templates/');
	await page
		.getByRole('button', { name: 'New deployment from Production Deployment Checklist' })
		.waitFor();
	const paste = page.getByLabel('…or paste Markdown');
	const preview = () =>
		bracket(page, async () => {
			await page.getByRole('button', { name: 'Preview', exact: true }).click();
			await page.getByTestId('diagnostics').waitFor();
		});
	// Pasting 64 KB stays outside the profile: only the Preview click is observed.
	await paste.fill(bigChecklist());
	const first = await observe(env, page, 'import-first', preview, {
		mark: 'bench:to',
		from: BRACKET
	});
	await page.getByRole('button', { name: 'Discard' }).click();
	await paste.fill(bigChecklist());
	const again = await observe(env, page, 'import-again', preview, {
		mark: 'bench:to',
		from: BRACKET
	});
	await context.close();
	return { first, again };
}

/**
 * The first PDF export on a page, and a repeated one.
 * @param {Env} env
 */
export async function pdfScenario(env) {
	const context = await freshContext(env.browser, env.appURL, { worker: true });
	const page = await context.newPage();
	await page.goto('/');
	await waitForWorker(page);
	const id = await createDeployment(page);
	await fillEverything(page);
	await page.goto(`/run/?id=${id}`);
	await waitForMark(page, 'shipshape:ready:run');
	await openTool(page, 'Report and sharing');
	const exportPdf = () =>
		bracket(page, async () => {
			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: 'Export PDF' }).click();
			await (await download).delete();
		});
	const first = await observe(env, page, 'pdf-first', exportPdf, {
		mark: 'bench:to',
		from: BRACKET
	});
	await page.getByRole('button', { name: 'Export PDF' }).waitFor({ state: 'visible' });
	const again = await observe(env, page, 'pdf-again', exportPdf, {
		mark: 'bench:to',
		from: BRACKET
	});
	const measures = await page.evaluate(() =>
		performance.getEntriesByName('shipshape:export:pdf').map((m) => Math.round(m.duration))
	);
	await context.close();
	return { measures, first, again };
}

/**
 * The latency probe's samples broken into Resource Timing phases, with and without the worker.
 * @param {Env} env
 */
export async function probeScenario(env) {
	const target = await startSlowTarget();
	/** @type {Record<string, any>} */
	const out = {};
	for (const worker of [true, false]) {
		const context = await freshContext(env.browser, env.appURL, { worker });
		const page = await context.newPage();
		await page.goto('/');
		if (worker) await waitForWorker(page);
		const id = await createDeployment(page);
		await openTool(page, 'Live probes');
		await page.getByRole('textbox', { name: 'Target URL' }).fill(target.url);
		await page.getByRole('button', { name: 'Run probes' }).click();
		await page.getByText(/^Probes finished\./).waitFor({ timeout: 60_000 });
		const phases = await page.evaluate((base) => {
			const entries = /** @type {PerformanceResourceTiming[]} */ (
				performance.getEntriesByName(`${base}/health`)
			);
			return entries.map((e) => ({
				duration: e.duration,
				'start → fetchStart (service worker)': e.fetchStart - e.startTime,
				'fetchStart → requestStart (connection, queue)': e.requestStart - e.fetchStart,
				'requestStart → responseStart (server)': e.responseStart - e.requestStart,
				'responseStart → responseEnd': e.responseEnd - e.responseStart
			}));
		}, target.url);
		const evidence = (await readStore(page, 'evidence')).find(
			(e) => e.runId === id && e.source === 'probe:latency'
		);
		/** @type {Record<string, number | undefined>} */
		const medians = {};
		for (const key of Object.keys(phases[0] ?? {}))
			medians[key] = summarize(phases.map((/** @type {any} */ p) => p[key]))?.median;
		out[worker ? 'with the service worker' : 'without a service worker'] = {
			samples: phases.length,
			appMedian: evidence?.data?.stats?.median,
			medians
		};
		await context.close();
	}
	await target.close();
	return out;
}
