// The shapes Shipshape stores and exports: templates, snapshots, deployments, their records and
// evidence. db/ keeps them in IndexedDB; backups, reports and links carry them.
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { recordKey, type DecisionRecord } from './records';

/** What a whole deployment comes to (see verdict/release.ts). */
export type ReleaseState = 'not-ready' | 'ready-with-waivers' | 'ready';

export interface DeploymentSummary {
	ticked: number;
	tasks: number;
	score: number;
	scoreMax: number;
	rated: number;
	ratings: number;
	threshold: number | null;
	pass: boolean;
	/** Header fields by label, e.g. { Date: '2026-11-26', Version: '1.4.2' }. */
	header: Record<string, string>;
	/** Post-deployment follow-ups still open, with due dates (absent in older summaries). */
	followUps?: { title: string; period: string; due: string; open: number }[];
	/** The release verdict and how many exceptions are open and waived (absent in older summaries). */
	release?: {
		state: ReleaseState;
		open: number;
		waived: number;
		/** Open exceptions that are failures (checks, score); absent in older summaries. */
		failing?: number;
	};
	/** Items whose newest evidence failed, so a tick can re-judge without reading the evidence. */
	failing?: Record<string, 'fail' | 'error'>;
}

/** A user's template. The built-in template lives in the bundle, not here. */
export interface TemplateRecord {
	id: string;
	name: string;
	source: string;
	model: Checklist;
	createdAt: number;
	updatedAt: number;
}

/** A template as it was when a run started; shared by every run started from the same text. */
export interface SnapshotRecord {
	id: string;
	source: string;
	model: Checklist;
}

/** One role's sign-off, taken from the sign-off table when the deployment is signed. */
export interface Signature {
	role: string;
	name: string;
	/** Typed text, or a drawn signature as a PNG data URL (data:image/png;base64,…). */
	signature: string;
	/** YYYY-MM-DD */
	date: string;
}

/** A completed sign-off: who signed, when, and the fingerprint of what they signed. */
export interface SignOff {
	at: number;
	/** SHA-256 (hex) of the deployment's canonical serialisation at signing. */
	fingerprint: string;
	signatures: Signature[];
	/** The release verdict signed (absent in sign-offs from before verdicts). */
	verdict?: 'ready' | 'ready-with-waivers';
	/** How many exceptions were waived. */
	waived?: number;
}

/** One deployment. */
export interface DeploymentRecord {
	id: string;
	templateId: string;
	templateName: string;
	snapshotId: string;
	/** The template's title (see `name` for what the deployment is called). */
	title: string;
	/** The name a person gave it; absent: named by app, version and date (deployment-name.ts). */
	name?: string;
	target: string;
	vars: Record<string, string>;
	status: 'draft' | 'signed';
	createdAt: number;
	updatedAt: number;
	summary: DeploymentSummary;
	/** Set while signed off (status 'signed'). */
	signoff?: SignOff | null;
	/** Earlier sign-offs, voided by Reopen, oldest first. */
	history?: { at: number; action: 'reopened'; signoff: SignOff }[];
}

/**
 * One decision of one deployment as stored: a typed record (records.ts) with the deployment it
 * belongs to and its key there. One row per key, so two tabs deciding different things never
 * overwrite each other.
 */
export type StoredRecord = DecisionRecord & { runId: string; key: string };

/** One item's value in one run, as releases before typed records stored it (legacy.ts). */
export interface LegacyEntry {
	runId: string;
	itemId: string;
	value: EntryValue;
	updatedAt: number;
}

/** A probe result or parsed paste, attached to the items it informs. */
export interface EvidenceRecord {
	id: string;
	runId: string;
	itemIds: string[];
	/** Where it came from: 'probe:health', 'paste:headers', … */
	source: string;
	/** The finding's key within its source, e.g. 'header:x-frame-options'. */
	key: string;
	/** Evidence recorded together (one "Run probes", one paste) shares a batch id. */
	batch: string;
	/** Order within its batch. */
	seq: number;
	verdict: 'pass' | 'fail' | 'unknown' | 'error';
	summary: string;
	details: string[];
	/** What to run or change to learn more. */
	next: string;
	/** A bounded excerpt of what was seen (status line, headers, body start). */
	excerpt: string;
	/** Structured figures for display (latency samples, headers), bounded. */
	data: Record<string, unknown> | null;
	at: number;
}

/** A decision as one deployment stores it. */
export function storedRecord(runId: string, record: DecisionRecord): StoredRecord {
	return { ...record, runId, key: recordKey(record) };
}
