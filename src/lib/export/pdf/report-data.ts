// Turns a deployment (run, checklist, values, tick times, evidence) into the worded, formatted
// structure the PDF shows. Pure: no DOM, no jsPDF, so it is unit-tested in Node.
import type { Checklist } from '$lib/checklist/model';
import { progress, score } from '$lib/checklist/scoring';
import type { Decisions } from '$lib/record/decisions';
import { headerFields } from '$lib/checklist/walk';
import { allTasks } from '$lib/checklist/walk';
import { substitute, variableValues } from '$lib/commands/substitute';
import { segmentsText } from '$lib/ui/segments';
import { variablesOf } from '$lib/commands/variables';
import type { DeploymentRecord } from '$lib/db';
import { deploymentName } from '$lib/deployment/deployment-name';
import { parseTarget } from '$lib/target/target';
import { formatWithZone } from '$lib/util/dates';
import {
	chronological,
	evidenceRows,
	verdictByItem,
	verdictCounts,
	type EvidenceInput
} from './report-evidence.ts';
import { reportRelease, VERIFY_WORDS } from './report-release.ts';
import { walkSections } from './report-sections.ts';
import { text } from './text-parts.ts';
import { signoffRows, tableRows } from './report-signoff.ts';
import type { LabelValue, ReportData } from './report-types.ts';

export type * from './report-types.ts';

/** Everything a report is made from. */
export interface ReportInput {
	run: Pick<DeploymentRecord, 'title' | 'templateName' | 'target' | 'status'> &
		Partial<Pick<DeploymentRecord, 'vars' | 'signoff' | 'name'>>;
	checklist: Checklist;
	decisions: Decisions;
	/** When each item last changed (ms), by item id. */
	times: Readonly<Record<string, number | undefined>>;
	evidence: readonly EvidenceInput[];
	/** The deployment's fingerprint, printed on every page. */
	fingerprint: string;
	/** Show the checklist's commands (placeholders filled with the deployment's values). */
	includeCommands?: boolean;
	/** The report's time (ms); now when left out. */
	now?: number;
}

/** The render-ready report of a deployment. */
export function reportData(input: ReportInput): ReportData {
	const { run, checklist, decisions } = input;
	const { values } = decisions;
	// Every time with its offset from UTC, so a reader in another zone knows exactly when.
	const when = formatWithZone;
	const generatedAt = input.now ?? Date.now();
	const target = run.target.trim() ? parseTarget(run.target) : null;
	const targetInfo = target?.ok ? target : null;
	const evidence = chronological(input.evidence);
	const verdicts = verdictByItem(evidence);
	const header = headerFields(checklist);
	const fill = commandFiller(input, targetInfo);
	const walked = walkSections(checklist, {
		decisions,
		header: new Set(header.map((f) => f.id)),
		tickedAt: (id) => {
			const at = input.times[id];
			return at === undefined ? null : when(at);
		},
		verdict: (id) => verdicts.get(id) ?? null,
		command: input.includeCommands === false ? null : fill,
		fill
	});
	const taskText = new Map(allTasks(checklist).map((t) => [t.id, t.text]));
	const p = progress(checklist, values);
	const s = score(checklist, values);
	const signoff = run.status === 'signed' ? (run.signoff ?? null) : null;
	const details: LabelValue[] = [
		{ label: 'Deployment', value: run.title.trim() },
		{ label: 'App', value: run.vars?.app?.trim() || targetInfo?.host || '' },
		{ label: 'Target', value: run.target.trim() },
		...header.map((f) => ({ label: f.label, value: text(values[f.id]) })),
		{ label: 'Template', value: run.templateName },
		{ label: 'Status', value: signoff ? `Signed ${when(signoff.at)}` : 'Draft (not signed)' },
		{ label: 'Generated', value: when(generatedAt) }
	];
	return {
		title: deploymentName({
			...run,
			header: Object.fromEntries(header.map((f) => [f.label, text(values[f.id])])),
			title: checklist.title
		}),
		release: reportRelease(checklist, decisions, evidence, when, fill),
		verify: VERIFY_WORDS,
		details,
		summary: {
			ticked: p.ticked,
			total: p.total,
			score: s.total,
			threshold: s.threshold,
			pass: s.pass,
			missing: s.missing,
			evidence: verdictCounts(evidence)
		},
		sections: walked.sections,
		evidence: evidenceRows(evidence, (id) => maybe(taskText.get(id), fill), when),
		ratings: s.ratings.map((r) => ({ label: r.label, value: r.value, max: r.max })),
		signoff: walked.signoff && {
			title: walked.signoff.title,
			signedAt: signoff ? when(signoff.at) : null,
			rows: signoffRows(tableRows(walked.signoff.table, values), signoff?.signatures ?? null)
		},
		notes: walked.notes,
		contacts: walked.contacts,
		fingerprint: input.fingerprint,
		generatedAt
	};
}

function maybe(text: string | undefined, fill: (text: string) => string): string | undefined {
	return text === undefined ? undefined : fill(text);
}

/** Fills a command's (or a task's) placeholders with the deployment's values, as the page does. */
function commandFiller(input: ReportInput, target: { base: string; host: string } | null) {
	const defs = variablesOf(input.checklist);
	const values = variableValues(defs, input.run.vars ?? {}, target);
	return (code: string) => segmentsText(substitute(code, defs, values));
}
