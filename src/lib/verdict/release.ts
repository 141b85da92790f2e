// The release verdict, in the same words everywhere: Not ready while an exception is neither
// resolved nor waived, Ready with waivers when every exception is waived, Ready when none.
import type { Exception, ExceptionKind } from './exceptions';
import type { Waiver } from '$lib/record/decisions';
import type { ReleaseState } from '$lib/record/stored';

export type { ReleaseState };

/** The verdict in words, as the page, the home list, the reports and a share link show it. */
export const RELEASE_WORDS: Readonly<Record<ReleaseState, string>> = {
	'not-ready': 'Not ready',
	'ready-with-waivers': 'Ready with waivers',
	ready: 'Ready'
};

/** Each kind of exception in words, singular and plural. */
export const KIND_WORDS: Readonly<Record<ExceptionKind, [one: string, many: string]>> = {
	field: ['empty header field', 'empty header fields'],
	failing: ['failing check', 'failing checks'],
	open: ['open task', 'open tasks'],
	unrated: ['unrated category', 'unrated categories'],
	score: ['score below the pass mark', 'scores below the pass mark']
};

const KIND_ORDER: ExceptionKind[] = ['failing', 'open', 'field', 'unrated', 'score'];

/** The verdict with its exceptions split into those still open and those waived. */
export interface ReleaseVerdict {
	state: ReleaseState;
	/** Exceptions neither resolved nor waived. */
	open: Exception[];
	/** Exceptions accepted by a waiver. */
	waived: { exception: Exception; waiver: Waiver }[];
	/** Open exceptions by kind (kinds with none are left out), in reading order. */
	counts: { kind: ExceptionKind; count: number }[];
}

/** Judges the release from its exceptions and the waivers stored for them. */
export function releaseVerdict(
	exceptions: readonly Exception[],
	waivers: ReadonlyMap<string, Waiver>
): ReleaseVerdict {
	const open: Exception[] = [];
	const waived: ReleaseVerdict['waived'] = [];
	for (const exception of exceptions) {
		const waiver = waivers.get(exception.key);
		if (waiver) waived.push({ exception, waiver });
		else open.push(exception);
	}
	const counts = KIND_ORDER.map((kind) => ({
		kind,
		count: open.filter((e) => e.kind === kind).length
	})).filter((c) => c.count > 0);
	const state = open.length ? 'not-ready' : waived.length ? 'ready-with-waivers' : 'ready';
	return { state, open, waived, counts };
}

/** "3 open tasks", "1 failing check". */
export function countWords(kind: ExceptionKind, count: number): string {
	const [one, many] = KIND_WORDS[kind];
	return `${count} ${count === 1 ? one : many}`;
}

/** Why sign-off is not possible yet, in words; '' when the verdict allows it. */
export function blockingWords(verdict: ReleaseVerdict): string {
	const n = verdict.open.length;
	if (n === 0) return '';
	return `${n} ${n === 1 ? 'exception is' : 'exceptions are'} neither resolved nor waived.`;
}

/**
 * How loud a verdict is: a release that is Not ready only because work is still open (a new
 * deployment) is 'open', shown quietly; one with a failing check or a score below the pass mark
 * is 'failing', shown in red. Ready and Ready with waivers keep their own colours.
 */
export type ReleaseTone = 'failing' | 'open' | 'settled';

/** The tone of a verdict from its state and how many open exceptions fail (checks or score). */
export function releaseTone(state: ReleaseState, failing: number | undefined): ReleaseTone {
	if (state !== 'not-ready') return 'settled';
	// Summaries stored before the count existed say nothing: show them as failing, the safe side.
	return failing === 0 ? 'open' : 'failing';
}

/** How many of a verdict's open exceptions are failures rather than work still to do. */
export function failingCount(verdict: Pick<ReleaseVerdict, 'counts'>): number {
	return verdict.counts
		.filter((c) => c.kind === 'failing' || c.kind === 'score')
		.reduce((sum, c) => sum + c.count, 0);
}
