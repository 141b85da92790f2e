import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { couldHoldSecret, SHORTEST_SECRET } from './could-hold';
import { findSecrets } from './scan';

// Built at run time, so no secret-shaped literal sits in the repository.
const slack = ['xox', 'b-', '12345abcde'].join('');

describe('couldHoldSecret never skips what the scanner finds', () => {
	it('the shortest secret without a URL is found, and is SHORTEST_SECRET long', () => {
		expect(slack).toHaveLength(SHORTEST_SECRET);
		expect(findSecrets(slack)).toHaveLength(1);
		expect(couldHoldSecret(slack)).toBe(true);
		expect(findSecrets(slack.slice(0, -1))).toEqual([]);
	});

	it('a short database URL with a password counts', () => {
		const url = 'ecto://:k9@h';
		expect(url.length).toBeLessThan(SHORTEST_SECRET);
		expect(findSecrets(url)).toHaveLength(1);
		expect(couldHoldSecret(url)).toBe(true);
	});

	it('dates, versions and names do not', () => {
		for (const value of ['', '2026-12-03', '1.4.2', '李雷', 'Ada Lovelace']) {
			expect(couldHoldSecret(value)).toBe(false);
		}
	});

	it('finds nothing in any text it says no to (property)', () => {
		// Short texts made of the pieces secrets start with, so near-misses are common.
		const piece = fc.oneof(
			fc.constantFrom('sk-', 'AIza', 'eyJ', 'xoxb-', 'xoxp-', 'ghp_', 'AKIA', 'Bearer '),
			fc.constantFrom('postgres:/', 'redis:', '//', ':', '@', '.', '=', '-----BEGIN '),
			fc.string({ unit: fc.constantFrom(...'aZ09-_+/=:@. '), maxLength: 14 })
		);
		const text = fc
			.array(piece, { maxLength: 6 })
			.map((p) => p.join(''))
			.filter((t) => !couldHoldSecret(t));
		fc.assert(
			fc.property(text, (t) => {
				expect(findSecrets(t)).toEqual([]);
			}),
			{ numRuns: 3000, seed: 20261203 }
		);
	});

	it('says yes to every secret the scanner finds in longer texts (property)', () => {
		const text = fc.string({
			unit: fc.constantFrom(...'sk-xoxb_AIzaeyJ0123456789ABCdef/:@'),
			maxLength: 60
		});
		fc.assert(
			fc.property(text, (t) => {
				if (findSecrets(t).length) expect(couldHoldSecret(t)).toBe(true);
			}),
			{ numRuns: 2000, seed: 3 }
		);
	});
});
