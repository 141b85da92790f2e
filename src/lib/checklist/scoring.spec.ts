import { describe, expect, it } from 'vitest';
import { parseChecklist } from './parse.ts';
import { listInWords, progress, ratingValue, score } from './scoring.ts';
import { allFillables, allTasks } from './walk.ts';

const doc = `# Release

**Version**: ____

## Checks
- [ ] One
- [ ] Two
  - [ ] Two a

## Score
- Safety: ___ / 5
- Speed: ___ / 5

**Total**: ___ / 10

**Minimum passing score**: 8/10
`;
const model = parseChecklist(doc);
const [safety, speed] = allFillables(model).filter((f) => f.kind === 'rating');
const tasks = allTasks(model);

describe('progress', () => {
	it('counts nested tasks and only true ticks', () => {
		expect(progress(model, {})).toEqual({ ticked: 0, total: 3 });
		expect(progress(model, { [tasks[2].id]: true, [tasks[0].id]: 'yes' })).toEqual({
			ticked: 1,
			total: 3
		});
	});
});

describe('score', () => {
	it('adds the ratings into the total and fails until all are rated', () => {
		const s = score(model, { [safety.id]: 5 });
		expect(s.total).toEqual({ label: 'Total', value: 5, max: 10 });
		expect(s.threshold).toEqual({ value: 8, max: 10 });
		expect(s.pass).toBe(false);
		expect(s.missing).toEqual(['Rate Speed', '3 more points needed to reach 8']);
	});

	it('passes at the threshold and fails one below it', () => {
		expect(score(model, { [safety.id]: 4, [speed.id]: 4 })).toMatchObject({
			pass: true,
			missing: []
		});
		const below = score(model, { [safety.id]: 4, [speed.id]: 3 });
		expect(below).toMatchObject({ pass: false, missing: ['1 more point needed to reach 8'] });
	});

	it('ignores values that are not a rating in range', () => {
		expect(ratingValue(6, 5)).toBeNull();
		expect(ratingValue(0, 5)).toBeNull();
		expect(ratingValue(2.5, 5)).toBeNull();
		expect(ratingValue('3', 5)).toBeNull();
		expect(ratingValue(3, 5)).toBe(3);
		expect(score(model, { [safety.id]: 9, [speed.id]: 5 }).total?.value).toBe(5);
	});

	it('treats a lone "___ / N" line as a rating when there is nothing to add up', () => {
		const lone = parseChecklist('# X\n\n- [ ] a\n\n**Confidence**: ___ / 5\n');
		const [rating] = allFillables(lone).filter((f) => f.kind === 'rating');
		expect(rating).toMatchObject({ label: 'Confidence', max: 5 });
		expect(score(lone, { [rating.id]: 5 })).toMatchObject({
			total: { value: 5, max: 5 },
			pass: true
		});
	});
});

it('lists in words', () => {
	expect(listInWords([])).toBe('');
	expect(listInWords(['A'])).toBe('A');
	expect(listInWords(['A', 'B'])).toBe('A and B');
	expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
});
