// Mutations for fuzzing: edits described as data (so fast-check can print and shrink them) and
// applied to any text or byte string. Positions are fractions of the length, so one edit list
// fits every base text.
import fc from 'fast-check';

/** One edit; `at` and `to` are fractions (0..1) of the current length. */
export type Edit =
	| { op: 'insert'; at: number; text: string }
	| { op: 'delete'; at: number; length: number }
	| { op: 'overwrite'; at: number; text: string }
	| { op: 'duplicate'; at: number; length: number }
	| { op: 'move'; at: number; length: number; to: number }
	| { op: 'truncate'; at: number };

/** One edit of bytes: an edit of the text, or a change no text edit can make. */
export type ByteEdit =
	Edit | { op: 'flip'; at: number; bit: number } | { op: 'bytes'; at: number; bytes: number[] };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** An edit that inserts or overwrites with `text`, deletes, duplicates, moves or truncates. */
export function edit(text: fc.Arbitrary<string>): fc.Arbitrary<Edit> {
	const length = fc.integer({ min: 1, max: 400 });
	return fc.oneof(
		{ arbitrary: fc.record({ op: fc.constant('insert' as const), at: fraction, text }), weight: 4 },
		{
			arbitrary: fc.record({ op: fc.constant('delete' as const), at: fraction, length }),
			weight: 3
		},
		{
			arbitrary: fc.record({ op: fc.constant('overwrite' as const), at: fraction, text }),
			weight: 2
		},
		{
			arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: fraction, length }),
			weight: 2
		},
		{
			arbitrary: fc.record({
				op: fc.constant('move' as const),
				at: fraction,
				length,
				to: fraction
			}),
			weight: 1
		},
		{ arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fraction }), weight: 1 }
	);
}

/** A byte edit: text edits plus bit flips and raw bytes (invalid UTF-8 included). */
export function byteEdit(text: fc.Arbitrary<string>): fc.Arbitrary<ByteEdit> {
	return fc.oneof(
		{ arbitrary: edit(text), weight: 4 },
		{
			arbitrary: fc.record({
				op: fc.constant('flip' as const),
				at: fraction,
				bit: fc.integer({ min: 0, max: 7 })
			}),
			weight: 2
		},
		{
			arbitrary: fc.record({
				op: fc.constant('bytes' as const),
				at: fraction,
				bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 })
			}),
			weight: 2
		}
	);
}

/** Applies edits in order to an array of units (characters or bytes). */
function applyTo<T>(units: T[], edits: readonly ByteEdit[], toUnits: (text: string) => T[]): T[] {
	let out = units;
	for (const e of edits) {
		const at = Math.floor(e.at * (out.length + 1));
		switch (e.op) {
			case 'insert':
				out = [...out.slice(0, at), ...toUnits(e.text), ...out.slice(at)];
				break;
			case 'overwrite': {
				const add = toUnits(e.text);
				out = [...out.slice(0, at), ...add, ...out.slice(at + add.length)];
				break;
			}
			case 'delete':
				out = [...out.slice(0, at), ...out.slice(at + e.length)];
				break;
			case 'duplicate':
				out = [
					...out.slice(0, at + e.length),
					...out.slice(at, at + e.length),
					...out.slice(at + e.length)
				];
				break;
			case 'move': {
				const piece = out.slice(at, at + e.length);
				const rest = [...out.slice(0, at), ...out.slice(at + e.length)];
				const to = Math.floor(e.to * (rest.length + 1));
				out = [...rest.slice(0, to), ...piece, ...rest.slice(to)];
				break;
			}
			case 'truncate':
				out = out.slice(0, at);
				break;
			case 'flip':
				if (at < out.length) out[at] = ((out[at] as number) ^ (1 << e.bit)) as T;
				break;
			case 'bytes':
				out = [...out.slice(0, at), ...(e.bytes as T[]), ...out.slice(at)];
				break;
		}
	}
	return out;
}

/** The text with the edits applied, by UTF-16 code unit (so surrogate pairs may be split). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
	return applyTo(text.split(''), edits, (t) => t.split('')).join('');
}

/** The bytes with the edits applied; inserted text is UTF-8 encoded. */
export function applyByteEdits(bytes: Uint8Array, edits: readonly ByteEdit[]): Uint8Array {
	const encoder = new TextEncoder();
	return Uint8Array.from(applyTo([...bytes], edits, (t) => [...encoder.encode(t)]));
}

/** Edits of a line-based text: lines dropped, repeated, swapped or given other endings. */
export type LineEdit =
	| { op: 'drop' | 'repeat'; at: number }
	| { op: 'swap'; at: number; to: number }
	| { op: 'ending'; ending: '\n' | '\r\n' | '\r' };

/** A line edit. */
export const lineEdit: fc.Arbitrary<LineEdit> = fc.oneof(
	fc.record({ op: fc.constantFrom('drop' as const, 'repeat' as const), at: fraction }),
	fc.record({ op: fc.constant('swap' as const), at: fraction, to: fraction }),
	fc.record({ op: fc.constant('ending' as const), ending: fc.constantFrom('\n', '\r\n', '\r') })
);

/** The text with the line edits applied. */
export function applyLineEdits(text: string, edits: readonly LineEdit[]): string {
	let lines = text.split(/\r\n|\n|\r/);
	let ending = '\n';
	for (const e of edits) {
		if (e.op === 'ending') {
			ending = e.ending;
			continue;
		}
		const at = Math.floor(e.at * lines.length);
		if (e.op === 'drop') lines = [...lines.slice(0, at), ...lines.slice(at + 1)];
		else if (e.op === 'repeat') lines = [...lines.slice(0, at + 1), ...lines.slice(at)];
		else if (e.op === 'swap') {
			const to = Math.floor(e.to * lines.length);
			lines = [...lines];
			[lines[at], lines[to]] = [lines[to], lines[at]];
		}
	}
	return lines.join(ending);
}
