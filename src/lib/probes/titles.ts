// Display names of the live probes (kept apart from the runner, which loads late).

export type ProbeId = 'health' | 'headers' | 'deep' | 'page' | 'latency' | 'ratelimit';

export const PROBE_TITLES: Record<ProbeId, string> = {
	health: 'Health (GET /health)',
	headers: 'Security headers (seen on /health)',
	deep: 'Deep health (GET /health/deep)',
	page: 'Homepage HTML fetch (GET /)',
	latency: 'Latency of /health',
	ratelimit: 'Rate-limit burst (POST /users/log_in)'
};

/** The title of an evidence source such as 'probe:health', or the source itself. */
export function sourceTitle(source: string): string {
	const id = source.replace(/^probe:/, '') as ProbeId;
	return source.startsWith('probe:') && id in PROBE_TITLES ? PROBE_TITLES[id] : source;
}
