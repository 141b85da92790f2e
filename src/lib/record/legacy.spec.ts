import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromLegacyValues, legacyWaiverText, readLegacyWaiver, toLegacyValues } from './legacy';

const waiver = { reason: 'CSP covers it', by: 'Zoë Łukasiewicz', at: 1_764_000_000_000 };

describe('legacy value maps', () => {
	it('reads decisions out of prefixed ids, and item values as they are', () => {
		const d = fromLegacyValues({
			'task-a': true,
			'field-v': '2.15.0',
			'rating-s': 4,
			'rating-p': null,
			'na:task-b': 'We use OpenAI',
			'na:task-c': '',
			'na:task-d': null,
			'waiver:failing:task-e': legacyWaiverText(waiver),
			'waiver:score': null,
			'signed:cell-dev': 'ab'.repeat(32),
			'signed:cell-lead': null
		});
		expect(d.values).toEqual({
			'task-a': true,
			'field-v': '2.15.0',
			'rating-s': 4,
			'rating-p': null
		});
		expect(d.na).toEqual({ 'task-b': 'We use OpenAI', 'task-c': '', 'task-d': null });
		expect(d.waivers).toEqual({ 'failing:task-e': waiver, score: null });
		expect(d.signed).toEqual({ 'cell-dev': 'ab'.repeat(32), 'cell-lead': null });
		expect(d.other).toBeUndefined();
	});

	it('keeps what fits no decision exactly, so its fingerprint does not change', () => {
		const odd = {
			'na:task-x': true,
			'waiver:open:y': '{not json',
			'waiver:open:z': JSON.stringify({ by: 'A', reason: 'r', at: 1 }),
			'signed:cell-q': 3
		};
		const d = fromLegacyValues(odd);
		expect(d.other).toEqual(odd);
		expect(d.na).toEqual({});
		expect(d.waivers).toEqual({});
		expect(toLegacyValues(d)).toEqual(odd);
	});

	it('reads a waiver only as this app wrote it', () => {
		expect(readLegacyWaiver(legacyWaiverText(waiver))).toEqual(waiver);
		expect(readLegacyWaiver(JSON.stringify({ ...waiver, reason: ' ' }))).toBeNull();
		expect(readLegacyWaiver('null')).toBeNull();
		expect(readLegacyWaiver(4)).toBeNull();
	});

	it('writes back exactly the map it read, for any map', () => {
		const value = fc.oneof(fc.boolean(), fc.string(), fc.integer(), fc.constant(null));
		const id = fc.oneof(
			fc.string(),
			fc.string().map((s) => `na:${s}`),
			fc.string().map((s) => `waiver:${s}`),
			fc.string().map((s) => `signed:${s}`),
			fc.constantFrom('__proto__', 'constructor', 'na:__proto__')
		);
		const waiverText = fc
			.record({
				reason: fc.string({ minLength: 1 }),
				by: fc.string({ minLength: 1 }),
				at: fc.integer()
			})
			.map(legacyWaiverText);
		fc.assert(
			fc.property(fc.dictionary(id, fc.oneof(value, waiverText)), (map) => {
				const copy = Object.fromEntries(Object.entries(map));
				expect(toLegacyValues(fromLegacyValues(copy))).toEqual(copy);
			}),
			{ numRuns: 300 }
		);
	});
});
