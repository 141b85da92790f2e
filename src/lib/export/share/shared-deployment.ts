// A shared deployment (a decoded link) as the page shows it: a deployment held in memory, with
// the record, values and evidence the deployment page reads; nothing here touches storage.
import type { Checklist } from '$lib/checklist/model';
import type { DeploymentRecord, EvidenceRecord } from '$lib/db';
import type { DetachedDeployment } from '$lib/deployment/shared-store';
import { copyDecisions } from '$lib/record/decisions';
import { localDate } from '$lib/util/dates';
import { failingOf } from '$lib/verdict/failing';
import { summarize } from '$lib/verdict/summary';
import { PayloadError, type Payload } from './payload';

const VERDICTS = ['pass', 'fail', 'unknown', 'error'] as const;

/** A verdict from a link, which must be one of the four. */
export function verdictOf(value: string): EvidenceRecord['verdict'] {
	const known = VERDICTS.find((v) => v === value);
	if (!known)
		throw new PayloadError(
			`This link holds evidence with an unknown verdict (“${value.slice(0, 20)}”).`
		);
	return known;
}

/** The id a shared deployment is shown under when its link names none. */
export const SHARED_ID = 'shared';

/** Evidence oldest first, as stored records (ids and batches made up: they are not content). */
export function sharedEvidence(payload: Payload): EvidenceRecord[] {
	return [...payload.content.evidence]
		.sort((a, b) => a.at - b.at)
		.map((e, i) => ({
			...e,
			verdict: verdictOf(e.verdict),
			id: `shared-${i}`,
			runId: payload.id ?? SHARED_ID,
			batch: `shared-${e.at}`,
			seq: i,
			next: '',
			excerpt: '',
			data: null
		}));
}

/** The payload as a deployment the page can show read-only. */
export function detachedFrom(
	payload: Payload,
	model: Checklist,
	now = Date.now()
): DetachedDeployment {
	const { content } = payload;
	const decisions = copyDecisions(content.decisions);
	const evidence = sharedEvidence(payload);
	const record: DeploymentRecord = {
		id: payload.id ?? SHARED_ID,
		templateId: 'shared',
		templateName: payload.templateName ?? model.title,
		snapshotId: '',
		title: model.title,
		...(payload.title ? { name: payload.title } : {}),
		target: content.target,
		vars: { ...content.vars },
		status: payload.signoff ? 'signed' : 'draft',
		createdAt: now,
		updatedAt: now,
		summary: summarize(model, decisions, localDate(now), failingOf(evidence)),
		signoff: payload.signoff
			? { ...payload.signoff, signatures: content.signatures.map((s) => ({ ...s })) }
			: null,
		history: []
	};
	return { record, model, source: content.source, decisions, evidence };
}
