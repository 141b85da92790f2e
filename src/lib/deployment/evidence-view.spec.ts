import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '$lib/db';
import { latestBatch, latestByItem, previousOf } from './evidence-view';

let n = 0;
function ev(
	batch: string,
	source: string,
	key: string,
	verdict: EvidenceRecord['verdict'],
	itemIds: string[]
): EvidenceRecord {
	n++;
	return {
		id: `e${n}`,
		runId: 'r',
		itemIds,
		source,
		key,
		batch,
		seq: 0,
		verdict,
		summary: '',
		details: [],
		next: '',
		excerpt: '',
		data: null,
		at: n
	};
}

describe('evidence views', () => {
	const first = ev('b1', 'probe:health', 'health:ok', 'fail', ['a']);
	const paste = ev('b2', 'paste:headers', 'header:csp', 'pass', ['c']);
	const second = ev('b3', 'probe:health', 'health:ok', 'pass', ['a']);
	const responds = ev('b3', 'probe:health', 'health:responds', 'pass', ['b']);
	const all = [first, paste, second, responds];

	it('takes the newest evidence per item', () => {
		expect(latestByItem(all)).toEqual(
			new Map([
				['a', second],
				['c', paste],
				['b', responds]
			])
		);
	});

	it('finds the newest batch of a kind', () => {
		const probe = (s: string) => s.startsWith('probe:');
		expect(latestBatch(all, probe)).toEqual([second, responds]);
		expect(latestBatch(all, (s) => s === 'paste:headers')).toEqual([paste]);
		expect(latestBatch([], probe)).toEqual([]);
	});

	it('finds the result a re-run replaces', () => {
		expect(previousOf(all, second)).toBe(first);
		expect(previousOf(all, responds)).toBeNull();
	});
});
