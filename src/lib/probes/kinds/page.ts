// GET /: whether the homepage answers, and how long fetching its HTML takes.
import type { Observation } from '$lib/evidence/facts';
import { ITEMS } from '$lib/evidence/finding';
import { evaluatePage } from '../evaluate-page';
import type { Probe } from '../probe';

/** The homepage HTML fetch. */
export const pageProbe: Probe<'page', Observation> = {
	id: 'page',
	title: 'Homepage HTML fetch (GET /)',
	informs: [ITEMS.homepage, ITEMS.pageLoad],
	observe: (ctx) => ctx.request('/'),
	evaluate: (seen, plan) => ({ findings: evaluatePage(seen, plan.base), shown: seen, data: {} })
};
