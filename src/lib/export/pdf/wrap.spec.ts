import { describe, expect, it } from 'vitest';
import { wrap, wrapCode, type Span, type Style } from './wrap.ts';

const plain: Style = { face: 'regular', size: 10, color: [0, 0, 0] };
const code: Style = { face: 'mono', size: 10, color: [0, 0, 0] };
/** One unit per character, two for CJK: easy to reason about. */
const measure = (text: string) => [...text].reduce((w, ch) => w + (ch > '\u2e80' ? 2 : 1), 0);
const lines = (spans: Span[], max: number) =>
	wrap(spans, max, measure).map((line) => line.map((s) => s.text).join(''));

describe('wrap', () => {
	it('breaks at spaces, never wider than the line', () => {
		expect(lines([{ text: 'the quick brown fox jumps', style: plain }], 10)).toEqual([
			'the quick',
			'brown fox',
			'jumps'
		]);
	});

	it('cuts a word longer than the line', () => {
		expect(lines([{ text: 'see https://example.com/abcdef', style: plain }], 10)).toEqual([
			'see',
			'https://ex',
			'ample.com/',
			'abcdef'
		]);
	});

	it('breaks between Chinese characters but not before closing punctuation', () => {
		expect(lines([{ text: '数据库迁移，监控正常。', style: plain }], 10)).toEqual([
			'数据库迁',
			'移，监控正',
			'常。'
		]);
	});

	it('keeps styles within a word and honours newlines', () => {
		const spans: Span[] = [
			{ text: 'run (', style: plain },
			{ text: 'mix test', style: code },
			{ text: ')\nnow', style: plain }
		];
		const out = wrap(spans, 9, measure);
		expect(out.map((l) => l.map((s) => [s.text, s.style.face]))).toEqual([
			[
				['run (', 'regular'],
				['mix', 'mono']
			],
			[
				['test', 'mono'],
				[')', 'regular']
			],
			[['now', 'regular']]
		]);
	});

	it('keeps an empty line for an empty paragraph', () => {
		expect(lines([{ text: 'a\n\nb', style: plain }], 10)).toEqual(['a', '', 'b']);
	});
});

describe('wrapCode', () => {
	it('keeps indentation, breaks at a late space, else cuts', () => {
		expect(wrapCode('  curl -X POST https://x', code, 12, measure)).toEqual([
			'  curl -X',
			'POST https:/',
			'/x'
		]);
		expect(wrapCode('abcdefghijklmno', code, 6, measure)).toEqual(['abcdef', 'ghijkl', 'mno']);
	});
});
