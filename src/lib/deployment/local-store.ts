// The deployment as this device's database holds it: every change stored at once, and other
// tabs' changes followed live.
import {
	addEvidence,
	describeStorageError,
	loadDeployment,
	ReadOnlyError,
	setRecord,
	setRecords,
	updateDeployment,
	watchDeployment,
	watchEvidence,
	watchRecords,
	type DeploymentPatch,
	type NewEvidence
} from '$lib/db';
import type { DecisionRecord } from '$lib/record/records';
import type { DeploymentStore, OpenedDeployment, StoreUpdates } from './store';

export class LocalStore implements DeploymentStore {
	readonly persists = true;
	readonly writable = true;
	readonly #id: string;

	constructor(id: string) {
		this.#id = id;
	}

	async open(): Promise<OpenedDeployment | null> {
		const bundle = await loadDeployment(this.#id);
		if (!bundle) return null;
		const { run, snapshot, records } = bundle;
		return { run, model: snapshot.model, source: snapshot.source, records };
	}

	follow(updates: StoreUpdates): () => void {
		const error = (e: unknown) => updates.error(describeStorageError(e));
		const subscriptions = [
			watchRecords(this.#id).subscribe({ next: (r) => updates.records(r), error }),
			watchDeployment(this.#id).subscribe({ next: (r) => updates.run(r), error }),
			watchEvidence(this.#id).subscribe({ next: (e) => updates.evidence(e), error })
		];
		return () => subscriptions.forEach((s) => s.unsubscribe());
	}

	async write(records: DecisionRecord[]): Promise<void> {
		// One record is the common case (a tick): its write reads less.
		if (records.length === 1) return setRecord(this.#id, records[0], records[0].at);
		await setRecords(this.#id, records, Math.max(...records.map((r) => r.at)));
	}

	patch(fields: DeploymentPatch, at: number): Promise<void> {
		return updateDeployment(this.#id, fields, at);
	}

	addEvidence(records: NewEvidence[]): Promise<void> {
		return addEvidence(this.#id, records);
	}

	describe(error: unknown): { message: string; retryable: boolean } {
		const gone = /no longer exists/.test(String(error));
		return {
			message: describeStorageError(error),
			retryable: !(error instanceof ReadOnlyError) && !gone
		};
	}
}
