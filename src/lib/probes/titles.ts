// The probes' titles apart from the probes, so results can name their source without loading
// the runner and its evaluators. TypeScript holds the ids to the registry's, and registry.spec.ts
// each title to its probe's.
import type { ProbeId } from './registry';

export type { ProbeId };

/** Each probe's title, by id: the `title` its module in kinds/ gives. */
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
