// Where main-thread time goes, for the diagnosis: a CPU profile attributed to source modules
// through the source maps of a sourcemap build, and a Chromium trace summarised by activity.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeMap, originalAt } from './sourcemaps.js';

/**
 * Records a CPU profile (0.1 ms sampling) around `work`.
 * @param {import('@playwright/test').Page} page
 * @param {() => Promise<unknown>} work
 */
export async function cpuProfile(page, work) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
	await cdp.send('Profiler.start');
	await work();
	const { profile } = await cdp.send('Profiler.stop');
	await cdp.detach();
	return profile;
}

/**
 * Self time per source module and per function (module:line) of a CPU profile.
 * @param {any} profile from Profiler.stop
 * @param {string} siteDir the sourcemap build's folder, to read maps for the page's scripts
 */
export function attributeProfile(profile, siteDir) {
	/** @type {Map<string, ReturnType<typeof decodeMap> | null>} */
	const maps = new Map();
	const mapOf = (/** @type {string} */ url) => {
		if (!maps.has(url)) {
			const file = join(siteDir, new URL(url).pathname);
			maps.set(
				url,
				existsSync(`${file}.map`)
					? decodeMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')))
					: null
			);
		}
		return maps.get(url);
	};
	/** @type {Map<number, { module: string, fn: string }>} */
	const where = new Map();
	for (const node of profile.nodes) {
		const { url, functionName, lineNumber, columnNumber } = node.callFrame;
		let module = functionName.startsWith('(')
			? functionName
			: `(browser) ${functionName || 'anonymous'}`;
		let fn = module;
		if (url && /^https?:/.test(url)) {
			const map = mapOf(url);
			const at = map ? originalAt(map, lineNumber, columnNumber) : null;
			module = at?.module ?? new URL(url).pathname;
			// Packages ship minified code with long lines: there the column says which function.
			const where = at && !at.module.startsWith('src/') ? `:${at.column}` : '';
			fn = at ? `${at.module}:${at.line}${where}` : `${module} ${functionName}`;
		} else if (url) {
			module = fn = `(extension) ${url}`;
		}
		where.set(node.id, { module, fn });
	}
	/** @type {Map<string, number>} */
	const byModule = new Map();
	/** @type {Map<string, number>} */
	const byFunction = new Map();
	const { samples, timeDeltas } = profile;
	for (let i = 0; i < samples.length; i++) {
		const ms = (timeDeltas[i + 1] ?? 0) / 1000;
		const w = where.get(samples[i]);
		if (!w || w.module === '(idle)' || w.module === '(root)') continue;
		byModule.set(w.module, (byModule.get(w.module) ?? 0) + ms);
		byFunction.set(w.fn, (byFunction.get(w.fn) ?? 0) + ms);
	}
	const sorted = (/** @type {Map<string, number>} */ m) => [...m].sort((a, b) => b[1] - a[1]);
	return { byModule: sorted(byModule), byFunction: sorted(byFunction) };
}

/** Events that only wrap others; their own time is the scheduler's, not work. */
const WRAPPERS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);

/**
 * Main-thread activity of the page's renderer between two trace timestamps (µs): busy time,
 * self time per event name, and script time per script URL.
 * @param {{ traceEvents: any[] }} trace
 * @param {string} markName a User Timing mark the page set, which identifies its renderer and
 * ends the window
 * @param {{ from?: string, markStartMs?: number }} window where the window starts: at another
 * mark, or `markStartMs` before the mark (its startTime: the window then starts at navigation)
 */
export function summarizeTrace(trace, markName, window) {
	const events = trace.traceEvents;
	const marks = (/** @type {string} */ name) =>
		events.filter((e) => e.name === name && String(e.cat).includes('user_timing'));
	const mark = marks(markName).at(-1);
	if (!mark) throw new Error(`The trace has no ${markName} mark`);
	const pid = mark.pid;
	const main = events.find(
		(e) =>
			e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain'
	)?.tid;
	const end = mark.ts;
	const start = window.from
		? marks(window.from)
				.filter((e) => e.pid === pid)
				.at(-1)?.ts
		: end - (window.markStartMs ?? 0) * 1000;
	if (start === undefined) throw new Error('The trace lacks the window start');
	const slices = events
		.filter((e) => e.pid === pid && e.tid === main && e.ph === 'X' && e.ts >= start && e.ts < end)
		.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
	/** @type {Map<string, number>} */
	const self = new Map();
	/** @type {Map<string, number>} */
	const scripts = new Map();
	/** @type {any[]} */
	const stack = [];
	let busy = 0;
	for (const e of slices) {
		while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
		const parent = stack.at(-1);
		if (!parent) busy += Math.min(e.dur ?? 0, end - e.ts);
		if (parent && !WRAPPERS.has(parent.name))
			self.set(parent.name, (self.get(parent.name) ?? 0) - (e.dur ?? 0));
		if (!WRAPPERS.has(e.name)) self.set(e.name, (self.get(e.name) ?? 0) + (e.dur ?? 0));
		const url = e.args?.data?.url ?? e.args?.data?.fileName ?? e.args?.fileName;
		if (
			url &&
			/Script|Function|compile|evaluate/i.test(e.name) &&
			!stack.some((s) => s.args?.data?.url ?? s.args?.fileName)
		)
			scripts.set(url, (scripts.get(url) ?? 0) + (e.dur ?? 0));
		stack.push(e);
	}
	const ms = (/** @type {number} */ us) => Math.round(us / 100) / 10;
	return {
		windowMs: ms(end - start),
		busyMs: ms(busy),
		byActivity: [...self]
			.filter(([, us]) => us > 0)
			.sort((a, b) => b[1] - a[1])
			.map(([name, us]) => [name, ms(us)]),
		byScript: [...scripts]
			.sort((a, b) => b[1] - a[1])
			.map(([url, us]) => [url.replace(/^https?:\/\/[^/]+/, ''), ms(us)])
	};
}

/** The trace categories the summaries need (timeline, user timing, script compile/eval). */
export const TRACE_CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'blink.user_timing',
	'v8.execute',
	'v8',
	'loading',
	'toplevel'
];
