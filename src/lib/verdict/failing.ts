// Which items' newest evidence failed or errored: the "failing check" exceptions.
import type { Failing } from './exceptions';

/** The newest verdict per item from evidence listed oldest first; only fails and errors kept. */
export function failingOf(
	evidence: readonly { itemIds: readonly string[]; verdict: string; summary: string }[]
): Failing {
	const latest = new Map<string, { verdict: string; summary: string }>();
	for (const e of evidence) for (const id of e.itemIds) latest.set(id, e);
	const failing = new Map<string, { verdict: 'fail' | 'error'; summary: string }>();
	for (const [id, e] of latest)
		if (e.verdict === 'fail' || e.verdict === 'error')
			failing.set(id, { verdict: e.verdict, summary: e.summary });
	return failing;
}
