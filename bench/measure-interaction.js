// Interaction: how long a tick takes to become durable (the app's `shipshape:durable` measure,
// from the change to its IndexedDB transaction completing), and typing into Notes.
import { freshContext, measures, waitSaved } from './browser.js';
import { createDeployment, leafBoxes, readStore } from './app.js';
import { summarize } from './stats.js';

const TICKS = 200;
const TYPED = 1000;

/** 1,000 characters of ordinary prose (letters, spaces, punctuation), typed key by key. */
export const NOTES_TEXT =
	'Rolled out behind the flag, watched error rates for ten minutes; all clear. '
		.repeat(20)
		.slice(0, TYPED);

/**
 * Starts collecting Event Timing entries (events whose input-to-paint time is 16 ms or more;
 * the API reports nothing shorter).
 * @param {import('@playwright/test').Page} page
 */
function observeEvents(page) {
	return page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.__benchEvents = [];
		new PerformanceObserver((list) => {
			for (const e of /** @type {PerformanceEventTiming[]} */ (list.getEntries()))
				w.__benchEvents.push({
					name: e.name,
					interaction: e.interactionId,
					duration: e.duration,
					delay: e.processingStart - e.startTime
				});
		}).observe(/** @type {any} */ ({ type: 'event', durationThreshold: 16 }));
	});
}

/** @param {import('@playwright/test').Page} page */
function takeEvents(page) {
	return page.evaluate(() => {
		const w = /** @type {any} */ (window);
		const events = w.__benchEvents;
		w.__benchEvents = [];
		return /** @type {{ name: string, interaction: number, duration: number, delay: number }[]} */ (
			events
		);
	});
}

/**
 * Slow interactions from Event Timing entries: one per interaction, its longest event.
 * @param {{ interaction: number, duration: number, delay: number }[]} events
 */
function slowInteractions(events) {
	/** @type {Map<number, { duration: number, delay: number }>} */
	const by = new Map();
	for (const e of events) {
		if (!e.interaction) continue;
		const seen = by.get(e.interaction);
		if (!seen || e.duration > seen.duration) by.set(e.interaction, e);
	}
	const list = [...by.values()];
	return {
		count: list.length,
		duration: summarize(list.map((e) => e.duration)),
		delay: summarize(list.map((e) => e.delay))
	};
}

/**
 * Clicks task checkboxes one after another (ticking all, then unticking from the top), waiting
 * for each change's durable measure before the next click.
 * @param {import('@playwright/test').Page} page
 * @param {number} clicks
 */
async function tickMany(page, clicks) {
	const boxes = leafBoxes(page);
	const count = await boxes.count();
	for (let i = 0; i < clicks; i++) {
		const before = (await measures(page, 'shipshape:durable')).length;
		await boxes.nth(i % count).click();
		await page.waitForFunction(
			(n) => performance.getEntriesByName('shipshape:durable', 'measure').length > n,
			before
		);
	}
	return count;
}

/**
 * Types the notes once, key by key, and times it in the page: from the first key's event time
 * to the save status turning "saved" after the last key; each key's input delay is the time
 * from its event time to the first listener (capture, on window) running.
 * @param {import('@playwright/test').Page} page
 */
async function typeNotesOnce(page) {
	const notes = page.getByRole('textbox', { name: 'Notes' });
	await notes.fill('');
	await waitSaved(page);
	await notes.focus();
	await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.__benchTyping?.stop.abort();
		const t = (w.__benchTyping = {
			first: 0,
			last: 0,
			delays: /** @type {number[]} */ ([]),
			saved: /** @type {number[]} */ ([]),
			stop: new AbortController()
		});
		addEventListener(
			'keydown',
			(e) => {
				t.first ||= e.timeStamp;
				t.last = e.timeStamp;
				t.delays.push(performance.now() - e.timeStamp);
			},
			{ capture: true, signal: t.stop.signal }
		);
		const observer = new MutationObserver((changes) => {
			for (const c of changes)
				if (/** @type {HTMLElement} */ (c.target).dataset.saveState === 'saved')
					t.saved.push(performance.now());
		});
		observer.observe(document.body, {
			subtree: true,
			attributes: true,
			attributeFilter: ['data-save-state']
		});
		t.stop.signal.addEventListener('abort', () => observer.disconnect());
	});
	await page.keyboard.type(NOTES_TEXT);
	const handle = await page.waitForFunction(
		(length) => {
			const t = /** @type {any} */ (window).__benchTyping;
			const area = /** @type {HTMLTextAreaElement} */ (document.activeElement);
			const stored = t.saved.filter((/** @type {number} */ at) => at > t.last);
			if (area.value.length !== length || stored.length === 0) return false;
			t.stop.abort();
			return { total: stored[0] - t.first, tail: stored[0] - t.last, delays: t.delays };
		},
		NOTES_TEXT.length,
		{ timeout: 60_000 }
	);
	return /** @type {{ total: number, tail: number, delays: number[] }} */ (
		await handle.jsonValue()
	);
}

/**
 * Tick-to-durable over 200 ticks, and typing 1,000 characters into Notes.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ appURL: string, reps: number, warmup: number }} options
 */
export async function measureInteraction(browser, { appURL, reps, warmup }) {
	const context = await freshContext(browser, appURL);
	const page = await context.newPage();
	const id = await createDeployment(page);

	// Warm-up: tick and untick the first ten tasks, then forget those measures.
	await tickMany(page, 20);
	await waitSaved(page);
	await page.evaluate(() => performance.clearMeasures('shipshape:durable'));
	await observeEvents(page);
	const tasks = await tickMany(page, TICKS);
	await waitSaved(page);
	const durable = await measures(page, 'shipshape:durable');
	const tickEvents = slowInteractions(await takeEvents(page));

	/** @type {(Awaited<ReturnType<typeof typeNotesOnce>> & { events: ReturnType<typeof slowInteractions> })[]} */
	const typed = [];
	for (let i = 0; i < warmup + reps; i++) {
		await takeEvents(page);
		const result = await typeNotesOnce(page);
		const events = slowInteractions(await takeEvents(page));
		if (i >= warmup) typed.push({ ...result, events });
	}
	// The value really is stored: read it back from IndexedDB, not from the page.
	const records = await readStore(page, 'records');
	const storedBack = records.some((r) => r.runId === id && r.text === NOTES_TEXT);
	await context.close();
	const allDelays = typed.flatMap((t) => t.delays);
	return {
		tasks,
		ticks: { count: durable.length, durable: summarize(durable), slowEvents: tickEvents },
		typing: {
			characters: NOTES_TEXT.length,
			storedBack,
			total: summarize(typed.map((t) => t.total)),
			perKey: summarize(typed.map((t) => t.total / NOTES_TEXT.length)),
			tail: summarize(typed.map((t) => t.tail)),
			inputDelay: { ...summarize(allDelays), samples: undefined },
			slowKeystrokes: {
				perRun: summarize(typed.map((t) => t.events.count)),
				duration: summarize(typed.flatMap((t) => t.events.duration?.samples ?? [])),
				delay: summarize(typed.flatMap((t) => t.events.delay?.samples ?? []))
			}
		}
	};
}
