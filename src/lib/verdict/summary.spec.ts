import { describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { allFillables, allTasks } from '$lib/checklist/walk';
import { decisions } from '$lib/record/decisions';
import { summarize } from './summary';
import { failingCount, releaseTone } from './release';

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
const [safety] = allFillables(model).filter((f) => f.kind === 'rating');
const tasks = allTasks(model);

describe('summarize', () => {
	it('gives the list its figures and header fields by label', () => {
		const version = allFillables(model).find((f) => f.kind === 'field')!;
		const summary = summarize(
			model,
			decisions({ values: { [version.id]: '1.2.3', [tasks[0].id]: true, [safety.id]: 3 } }),
			'2026-11-26'
		);
		expect(summary).toEqual({
			ticked: 1,
			tasks: 3,
			score: 3,
			scoreMax: 10,
			rated: 1,
			ratings: 2,
			threshold: 8,
			pass: false,
			header: { Version: '1.2.3' },
			followUps: [],
			// Open: Two a (Two is represented by its open child); unrated: Speed.
			// Nothing fails yet: the verdict is Not ready only for work still to do.
			release: { state: 'not-ready', open: 2, waived: 0, failing: 0 },
			failing: {}
		});
	});
});

it('judges the release from failing evidence as stored in the summary', () => {
	const done = Object.fromEntries(tasks.map((t) => [t.id, true]));
	const rated = Object.fromEntries(
		allFillables(model)
			.filter((f) => f.kind === 'rating')
			.map((r) => [r.id, 5])
	);
	const version = allFillables(model).find((f) => f.kind === 'field')!;
	const values = { ...done, ...rated, [version.id]: '2' };
	expect(summarize(model, decisions({ values }), '2026-11-26').release).toEqual({
		state: 'ready',
		open: 0,
		waived: 0,
		failing: 0
	});
	const failing = summarize(model, decisions({ values }), '2026-11-26', { [tasks[0].id]: 'fail' });
	expect(failing.release?.state).toBe('not-ready');
	expect(failing.release?.failing).toBe(1);
	expect(failing.failing).toEqual({ [tasks[0].id]: 'fail' });
});

describe('releaseTone', () => {
	it('is quiet for work still open, red for a failure or an older summary, settled when ready', () => {
		expect(releaseTone('not-ready', 0)).toBe('open');
		expect(releaseTone('not-ready', 2)).toBe('failing');
		expect(releaseTone('not-ready', undefined)).toBe('failing');
		expect(releaseTone('ready-with-waivers', 0)).toBe('settled');
		expect(releaseTone('ready', undefined)).toBe('settled');
	});

	it('counts failing checks and a low score as failures, open tasks and empty fields not', () => {
		expect(
			failingCount({
				counts: [
					{ kind: 'failing', count: 2 },
					{ kind: 'open', count: 9 },
					{ kind: 'field', count: 1 },
					{ kind: 'score', count: 1 }
				]
			})
		).toBe(3);
		expect(failingCount({ counts: [{ kind: 'unrated', count: 5 }] })).toBe(0);
	});
});
