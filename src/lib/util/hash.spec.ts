import { describe, expect, it } from 'vitest';
import { contentHash } from './hash';

describe('contentHash', () => {
	it('never changes: stored snapshot ids and report markers are made of it', () => {
		expect(contentHash('')).toBe('wvjl67o803-0');
		expect(contentHash('# Checklist\n\n- [ ] Deploy\n')).toBe('2eilz6rw5yc-q');
		expect(contentHash('Zoë 李雷 🚀')).toBe('gmwpzxdnlh-9');
	});
});
