// What the browser's Resource Timing says about one probe request: its duration, and its phases
// where the target allows them (Timing-Allow-Origin); the page's own clock where it has no entry.
import type { TimingFacts } from '$lib/evidence/facts';

/** Resource Timing for the request that started at `started`, else the clock's elapsed time. */
export async function timingFor(
	url: string,
	started: number,
	deps: { performance: Performance }
): Promise<TimingFacts> {
	const elapsed = deps.performance.now() - started;
	const entry = await resourceEntry(url, started, deps.performance);
	if (!entry) return { duration: elapsed, source: 'clock' };
	const facts: TimingFacts = { duration: entry.duration, source: 'resource-timing' };
	// Without Timing-Allow-Origin a cross-origin entry zeroes these; with it they are real.
	if (entry.requestStart > 0 && entry.responseStart > 0) {
		facts.phases = {
			dns: entry.domainLookupEnd - entry.domainLookupStart,
			connect: entry.connectEnd - entry.connectStart,
			tls: entry.secureConnectionStart > 0 ? entry.connectEnd - entry.secureConnectionStart : 0,
			ttfb: entry.responseStart - entry.requestStart,
			download: entry.responseEnd - entry.responseStart
		};
		if (entry.transferSize > 0) facts.transferSize = entry.transferSize;
		if (entry.decodedBodySize > 0) facts.decodedBodySize = entry.decodedBodySize;
		if (entry.serverTiming?.length)
			facts.serverTiming = entry.serverTiming.map((s) => ({
				name: s.name,
				duration: s.duration,
				description: s.description
			}));
	}
	return facts;
}

/** Waits briefly for the browser to record the request's Resource Timing entry. */
function resourceEntry(
	url: string,
	started: number,
	perf: Performance
): Promise<PerformanceResourceTiming | null> {
	const find = () =>
		(perf.getEntriesByName(url, 'resource') as PerformanceResourceTiming[])
			.filter((e) => e.startTime >= started - 1)
			.at(-1) ?? null;
	const found = find();
	if (found || typeof PerformanceObserver === 'undefined') return Promise.resolve(found);
	return new Promise((resolve) => {
		const observer = new PerformanceObserver(() => {
			const entry = find();
			if (!entry) return;
			observer.disconnect();
			clearTimeout(timer);
			resolve(entry);
		});
		observer.observe({ type: 'resource' });
		// The entry lands when the body is done; give up after a second and use the clock.
		const timer = setTimeout(() => {
			observer.disconnect();
			resolve(find());
		}, 1000);
	});
}
