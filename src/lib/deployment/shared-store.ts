// A deployment held only in memory, such as one opened from a share link: shown read-only and
// never stored. What a person fills in here (one role's signature) stays in memory too, until
// they send it back in a reply link.
import type { Checklist } from '$lib/checklist/model';
import type { DeploymentRecord, EvidenceRecord } from '$lib/db';
import type { Decisions } from '$lib/record/decisions';
import { RECORD_SCHEMA, recordsOf, type DecisionRecord } from '$lib/record/records';
import type { DeploymentStore, OpenedDeployment } from './store';

/** Everything the page shows of a deployment that is not stored here. */
export interface DetachedDeployment {
	record: DeploymentRecord;
	model: Checklist;
	source: string;
	decisions: Decisions;
	evidence: EvidenceRecord[];
}

export class SharedStore implements DeploymentStore {
	readonly persists = false;
	readonly writable = false;
	readonly #held: DetachedDeployment;

	constructor(held: DetachedDeployment) {
		this.#held = held;
	}

	async open(): Promise<OpenedDeployment> {
		const { record, model, source, decisions, evidence } = this.#held;
		const at = record.updatedAt;
		const records = recordsOf(decisions).map((d): DecisionRecord => ({
			...d,
			v: RECORD_SCHEMA,
			at
		}));
		return { run: record, model, source, records, evidence };
	}

	/** Nothing changes it from elsewhere. */
	follow(): () => void {
		return () => {};
	}

	/** Kept in memory only: the page already shows it. */
	async write(): Promise<void> {}

	async patch(): Promise<void> {}

	async addEvidence(): Promise<void> {}

	describe(error: unknown): { message: string; retryable: boolean } {
		return { message: String(error), retryable: false };
	}
}
