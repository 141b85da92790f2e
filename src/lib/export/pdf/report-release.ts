// Page 1's lead: the release verdict, its open exceptions and its waivers (reason, who, when),
// worded from the verdict core (verdict/) as the page words them.
import type { Checklist } from '$lib/checklist/model';
import { exceptions, type Exception } from '$lib/verdict/exceptions';
import { failingOf } from '$lib/verdict/failing';
import { waiversOf, type Decisions } from '$lib/record/decisions';
import {
	KIND_WORDS,
	RELEASE_WORDS,
	countWords,
	failingCount,
	releaseTone,
	releaseVerdict
} from '$lib/verdict/release';
import type { EvidenceInput } from './report-evidence.ts';
import type { ReportException, ReportRelease } from './report-types.ts';

/** How a reader verifies the fingerprint printed on every page. */
export const VERIFY_WORDS =
	'To verify this report, open Shipshape → “Verify a report” with its Markdown export or a backup, or recompute the SHA-256 fingerprint as described in its format, shipshape-fingerprint/2 (/1 for sign-offs made before December 2026; src/lib/record/README.md in Shipshape’s source).';

function worded(e: Exception): ReportException {
	const [one] = KIND_WORDS[e.kind];
	return { kind: one.charAt(0).toUpperCase() + one.slice(1), title: e.title, detail: e.detail };
}

/** The verdict of a deployment from its decisions and evidence (oldest first). */
export function reportRelease(
	checklist: Checklist,
	decisions: Decisions,
	evidence: readonly EvidenceInput[],
	when: (ms: number) => string,
	fill: (text: string) => string
): ReportRelease {
	const verdict = releaseVerdict(
		exceptions(checklist, decisions, failingOf(evidence)),
		waiversOf(decisions)
	);
	const filled = (e: Exception) => ({ ...worded(e), title: fill(e.title) });
	return {
		state: verdict.state,
		tone: releaseTone(verdict.state, failingCount(verdict)),
		words: RELEASE_WORDS[verdict.state],
		counts: verdict.counts.map((c) => countWords(c.kind, c.count)).join(', '),
		open: verdict.open.map(filled),
		waived: verdict.waived.map(({ exception, waiver }) => ({
			...filled(exception),
			reason: waiver.reason,
			by: waiver.by,
			at: when(waiver.at)
		}))
	};
}
