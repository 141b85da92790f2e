// What a person can do with a shared deployment or a reply on this device: keep a copy, carry
// on from it, or add a signature that came back. The only place a link reaches storage, and
// only when the person asks.
import type { Checklist } from '$lib/checklist/model';
import {
	createDeployment,
	describeStorageError,
	loadDeployment,
	loadEvidence,
	setRecords,
	type NewEvidence
} from '$lib/db';
import { recordName } from '$lib/deployment/deployment-name';
import { deploymentContent } from '$lib/record/fingerprint';
import { itemDecision, type Decision } from '$lib/record/records';
import { signoffRows } from '$lib/signoff/signatures';
import { BUILTIN_TEMPLATE_ID } from '$lib/templates/builtin-id';
import { contentDecisions, isContentPrint } from '$lib/verdict/content';
import type { Payload } from './payload';
import type { Reply } from './reply';
import { verdictOf } from './shared-deployment';

/**
 * Stores the shared deployment as a new one on this device and returns its id. `keep` keeps
 * its signatures (a copy); otherwise they are left out (carrying on from it: signed anew).
 */
export async function storeShared(
	payload: Payload,
	model: Checklist,
	keep: boolean
): Promise<string> {
	const { content } = payload;
	const decisions = keep ? content.decisions : contentDecisions(model, content.decisions);
	const evidence: NewEvidence[] = [...content.evidence]
		.sort((a, b) => a.at - b.at)
		.map((e) => ({
			...e,
			verdict: verdictOf(e.verdict),
			batch: `link-${e.at}`,
			next: '',
			excerpt: '',
			data: null
		}));
	return createDeployment(
		{
			id: payload.builtin ? BUILTIN_TEMPLATE_ID : `shared:${payload.templateName ?? model.title}`,
			name: payload.templateName ?? model.title,
			source: content.source,
			model
		},
		{ target: content.target, vars: { ...content.vars }, decisions, evidence, name: payload.title }
	);
}

/** How a reply stands against the deployment it is for, on this device. */
export type ReplyCheck =
	| { kind: 'missing' }
	| { kind: 'signed-off'; title: string }
	| { kind: 'no-role'; title: string }
	| { kind: 'ready'; title: string; current: boolean; cells: Decision[] };

/** Finds the reply's deployment and says whether its content still has the reply's fingerprint. */
export async function checkReply(reply: Reply): Promise<ReplyCheck> {
	const bundle = await loadDeployment(reply.id);
	if (!bundle) return { kind: 'missing' };
	const title = recordName(bundle.run);
	if (bundle.run.status === 'signed') return { kind: 'signed-off', title };
	const model = bundle.snapshot.model;
	const row = signoffRows(model).find((r) => r.role === reply.role);
	if (!row || !row.signatureId) return { kind: 'no-role', title };
	const evidence = await loadEvidence(reply.id);
	const content = deploymentContent(bundle.run, bundle.snapshot, bundle.records, evidence, []);
	const current = await isContentPrint(model, content, reply.print);
	const cells: Decision[] = [
		itemDecision(row.signatureId, reply.signature),
		{ kind: 'signature', cell: row.signatureId, print: reply.print }
	];
	if (row.nameId) cells.push(itemDecision(row.nameId, reply.name));
	if (row.dateId) cells.push(itemDecision(row.dateId, reply.date));
	return { kind: 'ready', title, current, cells };
}

/** Adds a reply's signature to its deployment; resolves to an error in words, or ''. */
export async function addReply(reply: Reply, cells: Decision[]): Promise<string> {
	try {
		await setRecords(reply.id, cells);
		return '';
	} catch (error) {
		return describeStorageError(error);
	}
}
