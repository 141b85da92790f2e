// User Timing marks the benchmark reads (bench/): cheap, and harmless when nobody reads them.

/** Marks that the page shows its stored data and responds (once per page load). */
export function markReady(name: 'home' | 'run' | 'templates'): void {
	if (typeof performance === 'undefined') return;
	// A frame, then a task: the mark lands just after the browser painted what was rendered.
	requestAnimationFrame(() => setTimeout(() => performance.mark(`shipshape:ready:${name}`), 0));
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
