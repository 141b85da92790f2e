import { expect, it } from 'vitest';
import { prettyBytes } from './bytes';

it('formats byte counts in decimal units', () => {
	expect(prettyBytes(0)).toBe('0 B');
	expect(prettyBytes(999)).toBe('999 B');
	expect(prettyBytes(1500)).toBe('1.50 kB');
	expect(prettyBytes(52_400_000)).toBe('52.4 MB');
	expect(prettyBytes(300_000_000_000)).toBe('300 GB');
	expect(prettyBytes(-1)).toBe('unknown');
});
