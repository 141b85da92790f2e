// Signing a deployment off (read-only, with a fingerprint of what was signed) and reopening it.
import { db } from './connection';
import type {
	DeploymentRecord,
	EvidenceRecord,
	SignOff,
	SnapshotRecord,
	StoredRecord
} from './schema';

/** Everything a sign-off covers, read in one transaction. */
export interface SigningInput {
	run: DeploymentRecord;
	snapshot: SnapshotRecord;
	records: StoredRecord[];
	evidence: EvidenceRecord[];
}

/** The deployment changed between reading it and signing it (another tab?). */
export class ChangedWhileSigningError extends Error {
	constructor() {
		super(
			'The deployment changed while it was being signed (in another tab?). Check it and sign again.'
		);
		this.name = 'ChangedWhileSigningError';
	}
}

/**
 * Signs a run off: reads it whole, lets `sign` build the sign-off (fingerprint included, which
 * needs async Web Crypto and so happens outside the transaction), then stores it only if the
 * run did not change meanwhile.
 */
export async function signDeployment(
	runId: string,
	sign: (input: SigningInput) => Promise<SignOff>
): Promise<SignOff> {
	const d = db();
	const input = await d.transaction('r', [d.runs, d.snapshots, d.records, d.evidence], async () => {
		const run = await d.runs.get(runId);
		if (!run) throw new Error('This deployment no longer exists (deleted in another tab?).');
		if (run.status === 'signed') throw new Error('This deployment is already signed off.');
		const snapshot = await d.snapshots.get(run.snapshotId);
		if (!snapshot) throw new Error('The checklist of this deployment is missing from storage.');
		const records = await d.records.where('runId').equals(runId).toArray();
		const evidence = await d.evidence.where('runId').equals(runId).toArray();
		return { run, snapshot, records, evidence };
	});
	const signoff = await sign(input);
	await d.transaction('rw', d.runs, async () => {
		const now = await d.runs.get(runId);
		if (!now || now.updatedAt !== input.run.updatedAt || now.status !== 'draft')
			throw new ChangedWhileSigningError();
		await d.runs.update(runId, { status: 'signed', signoff, updatedAt: Date.now() });
	});
	return signoff;
}

/** Reopens a signed run: its signatures are voided (kept in its history) and it is editable again. */
export async function reopenDeployment(runId: string): Promise<void> {
	const d = db();
	await d.transaction('rw', d.runs, async () => {
		const run = await d.runs.get(runId);
		if (!run) throw new Error('This deployment no longer exists (deleted in another tab?).');
		if (run.status !== 'signed' || !run.signoff) return;
		const at = Date.now();
		const history = [
			...(run.history ?? []),
			{ at, action: 'reopened' as const, signoff: run.signoff }
		];
		await d.runs.update(runId, { status: 'draft', signoff: null, history, updatedAt: at });
	});
}
