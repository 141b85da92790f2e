import { describe, expect, it } from 'vitest';
import { decisions } from './decisions';
import { decisionsOf, itemDecision, recordKey, recordsOf, type Decision } from './records';

describe('typed records', () => {
	it('types an item value by what it holds', () => {
		expect(itemDecision('t', true)).toEqual({ kind: 'tick', item: 't', done: true });
		expect(itemDecision('f', 'Zoë 🚀')).toEqual({ kind: 'text', item: 'f', text: 'Zoë 🚀' });
		expect(itemDecision('r', 4)).toEqual({ kind: 'rating', item: 'r', score: 4 });
		expect(itemDecision('r', null)).toEqual({ kind: 'rating', item: 'r', score: null });
	});

	it('keys an item once whatever its kind, and each decision apart from it', () => {
		const keys = [
			recordKey({ kind: 'tick', item: 'a', done: true }),
			recordKey({ kind: 'text', item: 'a', text: '' }),
			recordKey({ kind: 'na', task: 'a', reason: '' }),
			recordKey({ kind: 'waiver', exception: 'open:a', waiver: null }),
			recordKey({ kind: 'signature', cell: 'a', print: null })
		];
		expect(keys[0]).toBe(keys[1]);
		expect(new Set(keys).size).toBe(4);
	});

	it('comes to the latest record of each key, whatever the order they arrive in', () => {
		const records: (Decision & { at: number })[] = [
			{ kind: 'na', task: 'a', reason: 'later', at: 3 },
			{ kind: 'tick', item: 'a', done: true, at: 1 },
			{ kind: 'na', task: 'a', reason: 'first', at: 2 },
			{ kind: 'tick', item: 'a', done: false, at: 4 }
		];
		const d = decisionsOf(records);
		expect(d.values).toEqual({ a: false });
		expect(d.na).toEqual({ a: 'later' });
	});

	it('writes one record per decision held, and reads them back the same', () => {
		const d = decisions({
			values: { a: true, b: 'x', c: 3, e: undefined },
			na: { a: null, d: 'why' },
			waivers: { score: { reason: 'r', by: 'b', at: 1 }, 'open:x': null },
			signed: { cell: 'p' },
			other: { 'na:odd': true }
		});
		const records = recordsOf(d);
		expect(records).toHaveLength(9);
		const { e: _, ...values } = d.values;
		expect(decisionsOf(records)).toEqual({ ...d, values });
	});
});
