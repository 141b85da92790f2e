// Mutations of a valid backup file: structural ones on its JSON (fields removed, renamed or
// retyped, numbers as strings, huge strings, duplicated ids, wrong versions, prototype keys,
// consistent edits that a valid file may carry) and text ones (truncation, byte edits, any JSON).
import fc from 'fast-check';
import { BACKUP_TABLES } from '$lib/record/backup-format';
import { applyEdits, edit } from './mutate';

type Json = unknown;
type Path = (string | number)[];

/** Every path into a JSON value, parents before children. */
function pathsOf(value: Json, path: Path = [], into: Path[] = []): Path[] {
	into.push(path);
	if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], into));
	else if (typeof value === 'object' && value !== null)
		for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], into);
	return into;
}

function parentOf(root: Json, path: Path): Record<string | number, unknown> | null {
	let node = root as Record<string | number, unknown>;
	for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
	return typeof node === 'object' && node !== null ? node : null;
}

const HUGE = 'x'.repeat(200_000);

/** Values that replace a field: other types, numbers as text, text as numbers, huge text. */
function retyped(old: Json, kind: number): Json {
	const options: Json[] = [
		typeof old === 'number' ? String(old) : typeof old === 'string' ? Number(old) : 1,
		null,
		[],
		{},
		true,
		'',
		HUGE,
		-1,
		1.5,
		Number.MAX_VALUE,
		'1',
		{ status: 'ok' },
		[old]
	];
	return options[kind % options.length];
}

/** One structural change to a backup's JSON; `at` picks the path, `n` the variant. */
export type JsonChange = { op: string; at: number; n: number };

const OPS = [
	'remove',
	'rename',
	'retype',
	'duplicate-record',
	'duplicate-record-counted',
	'same-id',
	'version',
	'format',
	'count',
	'proto-key',
	'edit-title',
	'edit-value',
	'new-run',
	'drop-run',
	'add-field'
] as const;

/** A structural change. */
export const jsonChange: fc.Arbitrary<JsonChange> = fc.record({
	op: fc.constantFrom(...OPS),
	at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
	n: fc.nat(1000)
});

/** Changes a valid backup may carry: edited, added and removed records, extra fields. */
const validChange: fc.Arbitrary<JsonChange> = fc.record({
	op: fc.constantFrom('edit-title', 'edit-value', 'new-run', 'drop-run', 'add-field', 'proto-key'),
	at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
	n: fc.nat(1000)
});

type Data = Record<string, Record<string, unknown>[]>;
type File = { data: Data; counts: Record<string, number>; [key: string]: unknown };

function recordAt(file: File, at: number, n: number) {
	const table = BACKUP_TABLES[n % BACKUP_TABLES.length];
	const list = file.data?.[table];
	if (!Array.isArray(list) || list.length === 0) return null;
	return { table, list, index: Math.floor(at * list.length) };
}

/** Applies a structural change to a parsed backup (in place). */
export function applyJsonChange(root: Json, change: JsonChange): void {
	const file = root as File;
	const { op, at, n } = change;
	const paths = pathsOf(root).slice(1);
	const path = paths[Math.floor(at * paths.length)];
	const parent = path ? parentOf(root, path) : null;
	const key = path?.[path.length - 1];
	const picked = recordAt(file, at, n);
	switch (op) {
		case 'remove':
			if (parent && key !== undefined) {
				if (Array.isArray(parent)) parent.splice(key as number, 1);
				else delete parent[key];
			}
			return;
		case 'rename':
			if (parent && typeof key === 'string') {
				parent[n % 2 ? key.toUpperCase() : `${key}_`] = parent[key];
				delete parent[key];
			}
			return;
		case 'retype':
			if (parent && key !== undefined) parent[key] = retyped(parent[key], n);
			return;
		case 'duplicate-record':
		case 'duplicate-record-counted':
			if (!picked) return;
			picked.list.push(structuredClone(picked.list[picked.index]));
			if (op === 'duplicate-record-counted') file.counts[picked.table] = picked.list.length;
			return;
		case 'same-id':
			if (picked && picked.list.length > 1) picked.list[picked.index].id = picked.list[0].id;
			return;
		case 'version':
			file.version = [0, 2, '1', 1.5, -1, null, 99, 1][n % 8];
			return;
		case 'format':
			file.format = ['other-backup', 'Shipshape-Backup', null, 1][n % 4];
			return;
		case 'count':
			if (file.counts) file.counts[BACKUP_TABLES[n % 5]] = [0, -1, '1', 1e9, null][n % 5] as number;
			return;
		case 'proto-key':
			if (picked)
				Object.defineProperty(
					picked.list[picked.index],
					['__proto__', 'constructor', 'toString'][n % 3],
					{
						value: { polluted: true },
						enumerable: true,
						writable: true,
						configurable: true
					}
				);
			return;
		case 'edit-title':
			if (picked?.table === 'runs' || picked?.table === 'templates')
				picked.list[picked.index][picked.table === 'runs' ? 'title' : 'name'] =
					`Edited ${n} “ü” 🚀`;
			return;
		case 'edit-value':
			if (picked?.table === 'entries')
				picked.list[picked.index].value = [true, false, n, `v${n}`, null][n % 5];
			return;
		case 'new-run':
			return copyRun(file, n);
		case 'drop-run':
			return dropRun(file, at);
		case 'add-field':
			if (picked) picked.list[picked.index][`extra${n % 3}`] = n % 2 ? 'x' : { nested: [n] };
			return;
	}
}

/** Adds a copy of a run under a new id, with its entries and evidence, counts kept right. */
function copyRun(file: File, n: number): void {
	const runs = file.data?.runs;
	if (!Array.isArray(runs) || runs.length === 0) return;
	const run = runs[n % runs.length];
	const id = `fuzz-run-${n}`;
	if (runs.some((r) => r.id === id)) return;
	runs.push({ ...structuredClone(run), id });
	for (const table of ['entries', 'evidence'] as const) {
		const list = file.data[table];
		if (!Array.isArray(list)) continue;
		for (const r of list.filter((r) => r.runId === run.id))
			list.push({
				...structuredClone(r),
				runId: id,
				...(table === 'evidence' ? { id: `${r.id}-${n}` } : {})
			});
	}
	for (const table of BACKUP_TABLES)
		if (Array.isArray(file.data[table]) && file.counts)
			file.counts[table] = file.data[table].length;
}

/** Removes a run with its entries and evidence, counts kept right. */
function dropRun(file: File, at: number): void {
	const runs = file.data?.runs;
	if (!Array.isArray(runs) || runs.length === 0) return;
	const [run] = runs.splice(Math.floor(at * runs.length), 1);
	for (const table of ['entries', 'evidence'] as const)
		if (Array.isArray(file.data[table]))
			file.data[table] = file.data[table].filter((r) => r.runId !== run.id);
	for (const table of BACKUP_TABLES)
		if (Array.isArray(file.data[table]) && file.counts)
			file.counts[table] = file.data[table].length;
}

/** A backup's text after structural changes, then maybe text edits; or other JSON altogether. */
export function mutatedBackup(valid: string): fc.Arbitrary<string> {
	const structural = fc
		.tuple(
			fc.array(jsonChange, { minLength: 0, maxLength: 3 }),
			fc.array(
				edit(fc.constantFrom('"', ',', '}', ']', '1', 'null', '\\', '\u0000', '"__proto__":{},')),
				{ maxLength: 2 }
			),
			fc.boolean()
		)
		.map(([changes, edits, indent]) => {
			const json = JSON.parse(valid);
			for (const c of changes) applyJsonChange(json, c);
			const text = JSON.stringify(json, null, indent ? '\t' : undefined);
			return applyEdits(text, edits);
		});
	const consistent = fc.array(validChange, { maxLength: 4 }).map((changes) => {
		const json = JSON.parse(valid);
		for (const c of changes) applyJsonChange(json, c);
		return JSON.stringify(json);
	});
	return fc.oneof(
		{ arbitrary: structural, weight: 10 },
		{ arbitrary: consistent, weight: 5 },
		{
			arbitrary: fc
				.double({ min: 0, max: 1, noNaN: true })
				.map((f) => valid.slice(0, Math.floor(f * valid.length))),
			weight: 2
		},
		{ arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ''), weight: 1 },
		{
			arbitrary: fc.constantFrom(
				'',
				' ',
				'null',
				'[]',
				'{}',
				'{"format":"shipshape-backup"}',
				'\ufeff{}'
			),
			weight: 1
		}
	);
}
