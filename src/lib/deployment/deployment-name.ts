// A deployment's name, one rule everywhere (home list, page title, file names, the PDF): the name
// a person gave it, else what was deployed, which version and when, from its own values.
import type { DeploymentRecord } from '$lib/db';
import { parseTarget } from '$lib/target/target';

/** What a deployment's name is made from. */
export interface NameSource {
	/** The name a person gave it; empty or absent for none. */
	name?: string;
	/** Command values: `app` names the app. */
	vars?: Readonly<Record<string, string>>;
	/** The Target URL: its host names the app when no app name was typed. */
	target?: string;
	/** Header field values by label ('Version', 'Date'). */
	header: Readonly<Record<string, string>>;
	/** The checklist's title: says what was deployed when nothing else does. */
	title: string;
}

/** A header value by its label, in any letter case ('' when missing). */
function headerValue(header: NameSource['header'], label: string): string {
	const key = Object.keys(header).find((k) => k.trim().toLowerCase() === label);
	return key === undefined ? '' : header[key].trim();
}

/** The app, version and date a default name is made of; '' for each that is not known. */
export function nameParts(source: NameSource): { app: string; version: string; date: string } {
	const target = source.target?.trim() ? parseTarget(source.target) : null;
	return {
		app: source.vars?.app?.trim() || (target?.ok ? target.host : ''),
		version: headerValue(source.header, 'version'),
		date: headerValue(source.header, 'date')
	};
}

/**
 * The name shown for a deployment: the given name, else "<app> <version> · <date>" from the
 * parts that are known, with the checklist's title standing in for an unknown app.
 */
export function deploymentName(source: NameSource): string {
	const given = source.name?.trim();
	if (given) return given;
	const { app, version, date } = nameParts(source);
	const what = [app || source.title.trim(), version].filter(Boolean).join(' ');
	return [what, date].filter(Boolean).join(' · ');
}

/** The name of a stored deployment, from its record and the header values in its summary. */
export function recordName(
	run: Pick<DeploymentRecord, 'name' | 'vars' | 'target' | 'title'> & {
		summary: { header: Record<string, string> };
	}
): string {
	return deploymentName({ ...run, header: run.summary.header });
}
