// The one declaration of Shipshape's IndexedDB database: tables, indexes and migrations.
// Only modules in src/lib/db import this file.
import { Dexie, type EntityTable } from 'dexie';
import { upgradeToV2, upgradeToV3 } from './upgrades';
import type { Checklist, EntryValue } from '$lib/checklist/model';
import type { DeploymentSummary } from '$lib/verdict/summary';

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

/** One item's value in one run; field-level rows so concurrent edits never overwrite each other. */
export interface EntryRecord {
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

/** The current schema version; older databases are upgraded, newer ones refused. */
export const SCHEMA_VERSION = 3;

export class ShipshapeDB extends Dexie {
	templates!: EntityTable<TemplateRecord, 'id'>;
	snapshots!: EntityTable<SnapshotRecord, 'id'>;
	runs!: EntityTable<DeploymentRecord, 'id'>;
	entries!: Dexie.Table<EntryRecord, [string, string]>;
	evidence!: EntityTable<EvidenceRecord, 'id'>;

	constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		this.version(1).stores({
			templates: 'id, name, updatedAt',
			snapshots: 'id',
			runs: 'id, templateId, snapshotId, createdAt',
			entries: '[runId+itemId], runId',
			evidence: 'id, runId, [runId+at], *itemIds'
		});
		// 2: runs indexed by last change; older runs and evidence brought to today's shape.
		this.version(2)
			.stores({ runs: 'id, templateId, snapshotId, createdAt, updatedAt' })
			.upgrade((tx) => upgradeToV2(tx));
		// 3: run summaries carry the release verdict (indexes unchanged).
		this.version(3).upgrade((tx) => upgradeToV3(tx));
	}
}
