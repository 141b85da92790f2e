// User Timing marks the benchmark reads (bench/): cheap, and harmless when nobody reads them.

/** Marks that the page shows its stored data and responds (once per page load). */
export function markReady(name: 'home' | 'run' | 'templates'): void {
	if (typeof performance === 'undefined') return;
	// A frame, then a task: the mark lands just after the browser painted what was rendered.
	requestAnimationFrame(() =>
		setTimeout(() => {
			performance.mark(`shipshape:ready:${name}`);
			if (name === 'run' && rendering === 0) performance.mark('shipshape:complete:run');
			pageReady();
		}, 0)
	);
}

/** Work waiting for the first page of this visit to be ready; null once it is. */
let waiting: (() => void)[] | null = [];
/** How long after `load` a page that never marks ready (Templates, an error page) waits for it. */
const READY_AT_THE_LATEST_MS = 3000;

function pageReady(): void {
	const run = waiting ?? [];
	waiting = null;
	for (const work of run) work();
}

/**
 * Runs `work` once the page shows what it is for (its ready mark), or 3 s after `load` on a page
 * without one (Templates, error pages): for work that must not compete with the first screen, such as registering the
 * service worker, whose code and precache downloads would.
 */
export function whenPageReady(work: () => void): void {
	if (waiting === null) return work();
	if (waiting.length === 0) {
		const fallback = () => setTimeout(pageReady, READY_AT_THE_LATEST_MS);
		if (document.readyState === 'complete') fallback();
		else addEventListener('load', fallback, { once: true });
	}
	waiting.push(work);
}

// Parts of the deployment page that render over several frames, still at work.
let rendering = 0;

/**
 * A part of the page renders over several frames from now on; call the returned function once
 * it is all rendered. The page is complete when no such part is at work after it was ready.
 */
export function renderingInParts(): () => void {
	rendering++;
	let finished = false;
	return () => {
		if (finished) return;
		finished = true;
		if (--rendering === 0) markComplete();
	};
}

function markComplete(): void {
	if (typeof performance === 'undefined') return;
	requestAnimationFrame(() => setTimeout(() => performance.mark('shipshape:complete:run'), 0));
}

/** Marks that the Markdown parser's code is loaded (the Templates page loads it while idle). */
export function markParserLoaded(): void {
	if (typeof performance === 'undefined') return;
	if (!performance.getEntriesByName('shipshape:parser-loaded').length)
		performance.mark('shipshape:parser-loaded');
}

/** Records how long a change took from the person's action until it was stored. */
export function measureDurable(start: number): void {
	if (typeof performance === 'undefined') return;
	performance.measure('shipshape:durable', { start, end: performance.now() });
}

/** Times an export from the click to the file being ready. */
export function measureExport(kind: 'pdf' | 'markdown', start: number): void {
	if (typeof performance === 'undefined') return;
	performance.measure(`shipshape:export:${kind}`, { start, end: performance.now() });
}
