// "Import a filled report": an exported Markdown report becomes a new deployment of the
// template it was made from (found by the report's marker, else by how well it fits), or of a
// new template made from the report when none fits.
import { createDeployment, listTemplates, saveTemplate, type TemplateInput } from '$lib/db';
import { requestPersistence } from '$lib/storage/persist';

/** How well a report must fit a template (share of its items found) to count as that template. */
const FIT = 0.9;

export interface ContinueResult {
	runId: string;
	/** What happened, in words (which template, what was restored, problems). */
	message: string;
}

/** Every template a report could belong to: the built-in one and the stored ones. */
async function candidates(): Promise<TemplateInput[]> {
	const { builtinTemplate } = await import('$lib/templates/builtin');
	const stored = await listTemplates();
	return [builtinTemplate, ...stored];
}

/** Reads a report file and starts a deployment from it; throws an Error with words on refusal. */
export async function continueFromReport(file: File): Promise<ContinueResult> {
	const [{ decodeTemplateFile, denseLine, readTemplate }, report, { decodePayload }] =
		await Promise.all([
			import('$lib/checklist/import'),
			import('./report-import'),
			import('$lib/export/share/payload')
		]);
	const decoded = decodeTemplateFile(new Uint8Array(await file.arrayBuffer()), file.name);
	if (!decoded.ok) throw new Error(decoded.error);
	const text = decoded.text;
	const dense = denseLine(text);
	if (dense) throw new Error(`“${file.name}”: ${dense}`);
	const templates = await candidates();
	const parts = report.readReport(text);
	// The embedded content fills commands as the export did; a damaged one is only left unused.
	const embedded = parts.content
		? ((await decodePayload(parts.content).catch(() => null))?.content ?? null)
		: null;
	const context = embedded ?? {};
	const hash = report.reportTemplateHash(parts);
	let template = hash ? templates.find((t) => report.templateHash(t.source) === hash) : undefined;
	let fit = template ? report.importReport(parts, template, context) : null;
	if (!template) {
		for (const t of templates) {
			const r = report.importReport(parts, t, context);
			if (
				r.total &&
				r.matched / r.total >= FIT &&
				(!fit || r.matched / r.total > fit.matched / fit.total)
			) {
				template = t;
				fit = r;
			}
		}
	}
	let made = '';
	if (!template || !fit) {
		const read = readTemplate(report.templateFromReport(parts));
		if (!read.ok)
			throw new Error(`“${file.name}” is not a Shipshape report or checklist: ${read.error}`);
		const name = `${read.model.title} (from ${file.name})`;
		const id = await saveTemplate(name, read.source, read.model);
		template = { id, name, source: read.source, model: read.model };
		fit = report.importReport(parts, template, context);
		made = ` It matched no known checklist, so it was saved as a new template, “${name}”.`;
	}
	const runId = await createDeployment(template, {
		decisions: fit.decisions,
		...(embedded ? { target: embedded.target, vars: embedded.vars } : {})
	});
	void requestPersistence();
	const problems = fit.problems.length ? ` Notes: ${fit.problems.join(' ')}` : '';
	return {
		runId,
		message: `Continued from “${file.name}” as a new deployment of “${template.name}” (${fit.matched} of ${fit.total} items found).${made}${problems}`
	};
}
