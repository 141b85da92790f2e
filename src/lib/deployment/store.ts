// Where an open deployment comes from and where its changes go: this device's database, a shared
// link held in memory, later a sync server. DeploymentState knows only this interface; each source
// is one implementation, so a new one adds a file and changes nothing on the page.
import type { Checklist } from '$lib/checklist/model';
import type { DeploymentPatch, DeploymentRecord, EvidenceRecord, NewEvidence } from '$lib/db';
import type { DecisionRecord } from '$lib/record/records';

/** A deployment as a store hands it over when it is opened. */
export interface OpenedDeployment {
	run: DeploymentRecord;
	model: Checklist;
	/** The template snapshot's Markdown (for exports and the fingerprint). */
	source: string;
	records: DecisionRecord[];
	/** Its evidence, when the store has it at hand (else it arrives through `follow`). */
	evidence?: EvidenceRecord[];
}

/** What arrives from elsewhere (another tab, another device): the latest of each. */
export interface StoreUpdates {
	run(run: DeploymentRecord | undefined): void;
	records(records: DecisionRecord[]): void;
	evidence(evidence: EvidenceRecord[]): void;
	/** A store that could not be read any more, in words. */
	error(message: string): void;
}

export interface DeploymentStore {
	/** True when changes are kept (so the page says whether they are saved). */
	readonly persists: boolean;
	/** True when the person may change the deployment here at all (a shared link may not). */
	readonly writable: boolean;
	/** Reads the deployment; null when there is none. */
	open(): Promise<OpenedDeployment | null>;
	/** Follows changes made elsewhere until the returned function is called. */
	follow(updates: StoreUpdates): () => void;
	/** Appends records (each says what, and when); resolves once they are kept. */
	write(records: DecisionRecord[]): Promise<void>;
	/** Changes the target URL, command values or name. */
	patch(fields: DeploymentPatch, at: number): Promise<void>;
	/** Keeps one batch of evidence, all or nothing. */
	addEvidence(records: NewEvidence[]): Promise<void>;
	/** Why a write failed, in words, and whether trying again can help. */
	describe(error: unknown): { message: string; retryable: boolean };
}
