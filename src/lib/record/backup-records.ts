// Checks every record of a backup file before any of it is stored, so a damaged or hand-edited
// file is refused with the record and field at fault, instead of breaking a page later.

/** A problem: where in the record (path segments) and what is wrong. */
type Problem = { path: (string | number)[]; message: string };
type Check = (value: unknown) => Problem | null;

const problem = (message: string): Problem => ({ path: [], message });
const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

const text: Check = (v) => (typeof v === 'string' ? null : problem('must be text'));
const number: Check = (v) =>
	typeof v === 'number' && Number.isFinite(v) ? null : problem('must be a number');
const boolean: Check = (v) => (typeof v === 'boolean' ? null : problem('must be true or false'));
const anyList: Check = (v) => (Array.isArray(v) ? null : problem('must be a list'));
const anyObject: Check = (v) => (isObject(v) ? null : problem('must be an object'));
const oneOf =
	(...allowed: unknown[]): Check =>
	(v) =>
		allowed.includes(v)
			? null
			: problem(`must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
const optional =
	(check: Check): Check =>
	(v) =>
		v === undefined ? null : check(v);
const nullable =
	(check: Check): Check =>
	(v) =>
		v === null ? null : check(v);
const listOf =
	(check: Check): Check =>
	(v) => {
		if (!Array.isArray(v)) return problem('must be a list');
		for (let i = 0; i < v.length; i++) {
			const p = check(v[i]);
			if (p) return { path: [i, ...p.path], message: p.message };
		}
		return null;
	};
const mapOf =
	(check: Check): Check =>
	(v) => {
		if (!isObject(v)) return problem('must be an object');
		for (const [key, item] of Object.entries(v)) {
			const p = check(item);
			if (p) return { path: [key, ...p.path], message: p.message };
		}
		return null;
	};
const shape =
	(fields: Record<string, Check>): Check =>
	(v) => {
		if (!isObject(v)) return problem('must be an object');
		for (const [key, check] of Object.entries(fields)) {
			const p = check(v[key]);
			if (p) return { path: [key, ...p.path], message: p.message };
		}
		return null;
	};

const value: Check = (v) =>
	v === null ||
	typeof v === 'boolean' ||
	typeof v === 'string' ||
	(typeof v === 'number' && Number.isFinite(v))
		? null
		: problem('must be true, false, text, a number or null');
const model = shape({
	format: oneOf(1),
	title: text,
	blocks: anyList,
	sections: anyList,
	header: listOf(text),
	diagnostics: anyObject
});
const signOff = shape({
	at: number,
	fingerprint: text,
	signatures: listOf(shape({ role: text, name: text, signature: text, date: text }))
});
const summary = shape({
	ticked: number,
	tasks: number,
	score: number,
	scoreMax: number,
	rated: number,
	ratings: number,
	threshold: nullable(number),
	pass: boolean,
	header: mapOf(text)
});

/** The required fields and types of each table's records. */
export const RECORD_CHECKS = {
	templates: shape({
		id: text,
		name: text,
		source: text,
		model,
		createdAt: number,
		updatedAt: number
	}),
	snapshots: shape({ id: text, source: text, model }),
	runs: shape({
		id: text,
		templateId: text,
		templateName: text,
		snapshotId: text,
		title: text,
		name: optional(text),
		target: text,
		vars: mapOf(text),
		status: oneOf('draft', 'signed'),
		createdAt: number,
		updatedAt: number,
		summary,
		signoff: optional(nullable(signOff)),
		history: optional(listOf(shape({ at: number, action: oneOf('reopened'), signoff: signOff })))
	}),
	entries: shape({ runId: text, itemId: text, value, updatedAt: number }),
	evidence: shape({
		id: text,
		runId: text,
		itemIds: listOf(text),
		source: text,
		key: text,
		batch: text,
		seq: number,
		verdict: oneOf('pass', 'fail', 'unknown', 'error'),
		summary: text,
		details: listOf(text),
		next: text,
		excerpt: text,
		data: nullable(anyObject),
		at: number
	})
} satisfies Record<string, Check>;

/** Why a record is invalid, in words (`"signoff.signatures[0].name" must be text`), or null. */
export function recordProblem(table: keyof typeof RECORD_CHECKS, record: unknown): string | null {
	const p = RECORD_CHECKS[table](record);
	if (!p) return null;
	if (!p.path.length) return `it ${p.message}`;
	const path = p.path
		.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`))
		.join('');
	return `"${path}" ${p.message}`;
}
