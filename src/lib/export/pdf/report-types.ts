// The render-ready shape of a deployment report: every text already worded and formatted, so the
// PDF writer only lays it out. Built by report-data.ts.
import type { Verdict } from '$lib/evidence/finding';

/** A piece of text with the emphasis it is shown in. */
export interface TextPart {
	text: string;
	code?: boolean;
	strong?: boolean;
}

export interface LabelValue {
	label: string;
	/** The value as shown; empty when nothing was filled in. */
	value: string;
}

export interface ReportTask {
	kind: 'task';
	id: string;
	/** Plain text, as the checkbox's accessible name. */
	text: string;
	parts: TextPart[];
	/** 0 for a top-level task, 1 for a task nested under it, … */
	depth: number;
	checked: boolean;
	/** When it was ticked (formatted), or null when open or not recorded. */
	tickedAt: string | null;
	/** The newest evidence verdict about this task, if any. */
	verdict: Verdict | null;
	/** Marked not applicable: the reason ('' when none was given); null when it applies. */
	na: string | null;
	/** For a parent task not ticked: its resolved children out of all ("2/3"); else null. */
	progress: { done: number; total: number } | null;
}

export type SectionEntry =
	| ReportTask
	| ({ kind: 'field' } & LabelValue)
	| { kind: 'command'; label: string | null; code: string };

export interface ReportSection {
	id: string;
	level: number;
	title: string;
	entries: SectionEntry[];
}

export interface ReportEvidence {
	at: string;
	/** Where it came from, in words ("Health probe", "Pasted headers (curl -sI)"). */
	source: string;
	items: string[];
	verdict: Verdict;
	summary: string;
	/** What a person pasted, cut to 40 lines, with how many more there were; null for probes. */
	pasted: { lines: string[]; cut: number } | null;
}

/** One exception as page 1 lists it. */
export interface ReportException {
	/** The kind in words: "Failing check", "Open task", … */
	kind: string;
	title: string;
	detail: string;
}

/** The release verdict: what page 1 leads with. */
export interface ReportRelease {
	state: 'not-ready' | 'ready-with-waivers' | 'ready';
	/** Not ready for failures (checks, score) or only for work still to do; see verdict/release. */
	tone: 'failing' | 'open' | 'settled';
	/** "Not ready", "Ready with waivers", "Ready". */
	words: string;
	/** Open exceptions counted by kind, in words ("1 failing check, 3 open tasks"); '' when none. */
	counts: string;
	open: ReportException[];
	/** Waived exceptions with the waiver's reason, who and when (formatted with its zone). */
	waived: (ReportException & { reason: string; by: string; at: string })[];
}

export type Signed = { kind: 'text'; text: string } | { kind: 'drawn'; dataUrl: string };

export interface SignoffRow {
	role: string;
	name: string;
	signature: Signed | null;
	date: string;
}

export interface ReportData {
	/** The deployment's name (src/lib/deployment/deployment-name.ts): the first page's title. */
	title: string;
	release: ReportRelease;
	/** How to verify the fingerprint, in words. */
	verify: string;
	/** Title block rows: deployment, app, target, header fields (Date, Deployed By, Version), … */
	details: LabelValue[];
	summary: {
		ticked: number;
		total: number;
		score: { label: string; value: number; max: number } | null;
		threshold: { value: number; max: number } | null;
		pass: boolean;
		/** What is still missing to pass, in words. */
		missing: string[];
		/** Verdicts of the newest evidence per check. */
		evidence: Record<Verdict, number>;
	};
	sections: ReportSection[];
	evidence: ReportEvidence[];
	ratings: { label: string; value: number | null; max: number }[];
	signoff: { title: string; signedAt: string | null; rows: SignoffRow[] } | null;
	notes: { label: string; text: string }[];
	contacts: { title: string; entries: LabelValue[] }[];
	fingerprint: string;
	/** When the report was made (ms), also its PDF creation date. */
	generatedAt: number;
}
