import { describe, expect, it } from 'vitest';
import { formatWithZone, localDate } from './dates';

describe('formatWithZone', () => {
	it('gives the local time with its offset from UTC', () => {
		const at = new Date(2026, 11, 3, 7, 26).getTime();
		const offset = 0 - new Date(at).getTimezoneOffset();
		const text = formatWithZone(at);
		expect(text.startsWith(`${localDate(at)} 07:26 UTC`)).toBe(true);
		const [, sign, hh, mm] = /UTC([+-])(\d\d):(\d\d)$/.exec(text)!;
		expect((sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm)) + 0).toBe(offset + 0);
	});

	it('says so for a time that is not one', () => {
		expect(formatWithZone(Number.NaN)).toBe('an unknown time');
	});
});
