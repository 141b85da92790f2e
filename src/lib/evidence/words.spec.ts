import { describe, expect, it } from 'vitest';
import { excerpt, quoteValue, statusWords } from './words';

describe('words', () => {
	it('adds reason phrases when the server sent none (HTTP/2)', () => {
		expect(statusWords(503)).toBe('503 Service Unavailable');
		expect(statusWords(200, 'Fine')).toBe('200 Fine');
		expect(statusWords(299)).toBe('299');
	});

	it('cuts excerpts to one short line', () => {
		expect(excerpt('<!doctype html>\n<html>\n  <head>', 20)).toBe('<!doctype html> <htm…');
	});

	it('quotes header values, cutting long ones', () => {
		expect(quoteValue(' nosniff ')).toBe('“nosniff”');
		const long = quoteValue('x'.repeat(300));
		expect(long).toHaveLength(203);
		expect(long.endsWith('…”')).toBe(true);
	});
});
