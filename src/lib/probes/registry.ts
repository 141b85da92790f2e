// The live probes, in the order they run and their results show. Adding one is its module in
// kinds/ (with its spec), a line here and its title in titles.ts; README.md has the contract.
import { deepHealthProbe } from './kinds/deep-health';
import { headersProbe } from './kinds/headers';
import { healthProbe } from './kinds/health';
import { latencyProbe } from './kinds/latency';
import { pageProbe } from './kinds/page';
import { rateLimitProbe } from './kinds/rate-limit';

/** Every probe, in order; an opt-in one runs only when the plan asks for it. */
export const PROBES = [
	healthProbe,
	headersProbe,
	deepHealthProbe,
	pageProbe,
	latencyProbe,
	rateLimitProbe
] as const;

/** A probe's id, as in its evidence source `probe:<id>`. */
export type ProbeId = (typeof PROBES)[number]['id'];
