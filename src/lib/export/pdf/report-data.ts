// Turns a deployment (run, checklist, values, tick times, evidence) into the worded, formatted
// structure the PDF shows. Pure: no DOM, no jsPDF, so it is unit-tested in Node.
import type { Checklist } from '$lib/checklist/model';
import { progress, score, type Values } from '$lib/checklist/scoring';
import { headerFields } from '$lib/checklist/walk';
import { allTasks } from '$lib/checklist/walk';
import { substitute, variableValues } from '$lib/commands/substitute';
import { segmentsText } from '$lib/ui/segments';
import { variablesOf } from '$lib/commands/variables';
import type { DeploymentRecord } from '$lib/db';
import { deploymentName } from '$lib/deployment/deployment-name';
import { parseTarget } from '$lib/probes/target';
import {
	chronological,
	evidenceRows,
	verdictByItem,
	verdictCounts,
	type EvidenceInput
} from './report-evidence.ts';
import { text, walkSections } from './report-sections.ts';
import { signoffRows, tableRows } from './report-signoff.ts';
import type { LabelValue, ReportData } from './report-types.ts';

export type * from './report-types.ts';

/** Everything a report is made from. */
export interface ReportInput {
	run: Pick<DeploymentRecord, 'title' | 'templateName' | 'target' | 'status'> &
		Partial<Pick<DeploymentRecord, 'vars' | 'signoff' | 'name'>>;
	checklist: Checklist;
	values: Values;
	/** When each item last changed (ms), by item id. */
	times: Readonly<Record<string, number | undefined>>;
	evidence: readonly EvidenceInput[];
	/** The deployment's fingerprint, printed on every page. */
	fingerprint: string;
	/** Show the checklist's commands (placeholders filled with the deployment's values). */
	includeCommands?: boolean;
	/** Formatting of times; the runtime's defaults when left out. */
	locale?: string;
	timeZone?: string;
	/** The report's time (ms); now when left out. */
	now?: number;
}

/** The render-ready report of a deployment. */
export function reportData(input: ReportInput): ReportData {
	const { run, checklist, values } = input;
	const format = new Intl.DateTimeFormat(input.locale, {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: input.timeZone
	});
	const when = (ms: number) => format.format(ms);
	const generatedAt = input.now ?? Date.now();
	const target = run.target.trim() ? parseTarget(run.target) : null;
	const targetInfo = target?.ok ? target : null;
	const evidence = chronological(input.evidence);
	const verdicts = verdictByItem(evidence);
	const header = headerFields(checklist);
	const walked = walkSections(checklist, {
		values,
		header: new Set(header.map((f) => f.id)),
		tickedAt: (id) => {
			const at = input.times[id];
			return at === undefined ? null : when(at);
		},
		verdict: (id) => verdicts.get(id) ?? null,
		command: input.includeCommands === false ? null : commandFiller(input, targetInfo)
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
		evidence: evidenceRows(evidence, (id) => taskText.get(id), when),
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

/** Fills a command's placeholders with the deployment's values, as it would be copied. */
function commandFiller(input: ReportInput, target: { base: string; host: string } | null) {
	const defs = variablesOf(input.checklist);
	const values = variableValues(defs, input.run.vars ?? {}, target);
	return (code: string) => segmentsText(substitute(code, defs, values));
}
