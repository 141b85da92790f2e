// The one declaration of Shipshape's IndexedDB database: tables, indexes and migrations.
// Only modules in src/lib/db import this file.
import { Dexie, type EntityTable } from 'dexie';
import { upgradeToV2, upgradeToV3, upgradeToV4 } from './upgrades';
import type {
	DeploymentRecord,
	EvidenceRecord,
	SnapshotRecord,
	StoredRecord,
	TemplateRecord
} from '$lib/record/stored';

export type {
	DeploymentRecord,
	EvidenceRecord,
	StoredRecord,
	Signature,
	SignOff,
	SnapshotRecord,
	TemplateRecord
} from '$lib/record/stored';

/** The current schema version; older databases are upgraded, newer ones refused. */
export const SCHEMA_VERSION = 5;

export class ShipshapeDB extends Dexie {
	templates!: EntityTable<TemplateRecord, 'id'>;
	snapshots!: EntityTable<SnapshotRecord, 'id'>;
	runs!: EntityTable<DeploymentRecord, 'id'>;
	records!: Dexie.Table<StoredRecord, [string, string]>;
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
		// 4: every decision a typed record (record/records.ts), one row per deployment and key,
		// copied from the value rows that held them before (decisions under prefixed ids).
		this.version(4)
			.stores({ records: '[runId+key], runId' })
			.upgrade((tx) => upgradeToV4(tx));
		// 5: the value rows are gone; version 4 copied all of them.
		this.version(5).stores({ entries: null });
	}
}
