import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { allFillables, allTasks, headerFields } from '$lib/checklist/walk';
import { exceptions, type Failing } from './exceptions';
import { nextOpenTask, releaseGate } from './gate';
import { naId, waiverId, waiversOf, writeWaiver } from '$lib/record/keys';
import { blockingWords, releaseVerdict } from './release';

const seed = parseChecklist(
	readFileSync(new URL('../templates/production-deployment.md', import.meta.url), 'utf8')
);
const tasks = allTasks(seed);
const byText = (text: string) => tasks.find((t) => t.text === text)!;
const ratings = allFillables(seed).filter((f) => f.kind === 'rating');
const none: Failing = new Map();

/** Values that resolve every exception of the seed: header filled, gate done, all rated 4. */
function completeSeed(): Record<string, string | boolean | number> {
	const values: Record<string, string | boolean | number> = {};
	for (const f of headerFields(seed)) values[f.id] = f.input === 'date' ? '2026-12-03' : 'x';
	for (const t of releaseGate(seed).tasks) values[t.id] = true;
	for (const r of ratings) values[r.id] = 4;
	return values;
}

describe('the release gate of the seed', () => {
	it('is every task before the sign-off table; the post-deployment tasks are follow-ups', () => {
		const gate = releaseGate(seed);
		expect(gate.tasks).toHaveLength(83);
		expect(gate.followUps.size).toBe(21);
		expect(gate.followUps.has(byText('Monitor error rates').id)).toBe(true);
		expect(gate.tasks.map((t) => t.id)).toContain(byText('All tests passing (mix test)').id);
	});
});

describe('exceptions on the seed', () => {
	it('a new deployment: 3 empty header fields, 78 open tasks (parents through their children), 5 unrated', () => {
		const list = exceptions(seed, {}, none);
		const kinds = list.reduce<Record<string, number>>(
			(n, e) => ({ ...n, [e.kind]: (n[e.kind] ?? 0) + 1 }),
			{}
		);
		expect(kinds).toEqual({ field: 3, open: 78, unrated: 5 });
		expect(list.slice(0, 3).map((e) => e.title)).toEqual(['Date', 'Deployed By', 'Version']);
		expect(list.some((e) => e.itemId === byText('Monitor error rates').id)).toBe(false);
	});

	it('a complete deployment has none and is Ready', () => {
		const values = completeSeed();
		expect(exceptions(seed, values, none)).toEqual([]);
		expect(releaseVerdict([], waiversOf(values)).state).toBe('ready');
	});

	it('not applicable resolves a task like a tick, with or without a reason', () => {
		const values = completeSeed();
		const google = byText('GOOGLE_API_KEY (if using Google/Gemini)');
		values[google.id] = false;
		expect(exceptions(seed, values, none).map((e) => e.key)).toEqual([`open:${google.id}`]);
		values[naId(google.id)] = 'We use OpenAI';
		expect(exceptions(seed, values, none)).toEqual([]);
		values[naId(google.id)] = '';
		expect(exceptions(seed, values, none)).toEqual([]);
	});

	it('a parent resolves when its children do, and is open again with one open child', () => {
		const values = completeSeed();
		const parent = tasks.find((t) => t.children.length === 3)!;
		values[parent.id] = false;
		expect(exceptions(seed, values, none)).toEqual([]);
		values[parent.children[1].id] = false;
		expect(exceptions(seed, values, none).map((e) => e.itemId)).toEqual([parent.children[1].id]);
	});

	it('failing evidence is an exception even when the task is ticked', () => {
		const values = completeSeed();
		const redirect = byText('HTTP redirects to HTTPS');
		const failing: Failing = new Map([
			[redirect.id, { verdict: 'fail', summary: 'http:// answered 200, no redirect.' }]
		]);
		const [only] = exceptions(seed, values, failing);
		expect(only).toMatchObject({
			key: `failing:${redirect.id}`,
			kind: 'failing',
			detail: 'Failed: http:// answered 200, no redirect.'
		});
	});

	it('follow-up tasks never block, even when open', () => {
		const values = completeSeed();
		values[byText('Monitor error rates').id] = false;
		expect(exceptions(seed, values, none)).toEqual([]);
	});

	it('a score below the pass mark once everything is rated', () => {
		const values = completeSeed();
		for (const r of ratings) values[r.id] = 3;
		const list = exceptions(seed, values, none);
		expect(list).toEqual([
			expect.objectContaining({
				key: 'score',
				detail: '15 / 25 is below the pass mark of 20.'
			})
		]);
		delete values[ratings[0].id];
		expect(exceptions(seed, values, none).map((e) => e.kind)).toEqual(['unrated']);
	});
});

describe('waivers and the verdict', () => {
	it('Not ready until every exception is waived, then Ready with waivers', () => {
		const values = completeSeed();
		const redirect = byText('HTTP redirects to HTTPS');
		const failing: Failing = new Map([[redirect.id, { verdict: 'error', summary: 'Timed out.' }]]);
		const list = exceptions(seed, values, failing);
		const before = releaseVerdict(list, waiversOf(values));
		expect(before.state).toBe('not-ready');
		expect(before.counts).toEqual([{ kind: 'failing', count: 1 }]);
		expect(blockingWords(before)).toBe('1 exception is neither resolved nor waived.');
		values[waiverId(`failing:${redirect.id}`)] = writeWaiver({
			reason: 'Redirect is done by the CDN; checked by hand.',
			by: 'Zoë Łukasiewicz',
			at: 1
		});
		const after = releaseVerdict(list, waiversOf(values));
		expect(after.state).toBe('ready-with-waivers');
		expect(after.waived[0].waiver.by).toBe('Zoë Łukasiewicz');
		expect(blockingWords(after)).toBe('');
	});

	it('ignores damaged or empty waivers', () => {
		const values = {
			[waiverId('score')]: '{not json',
			[waiverId('open:x')]: writeWaiver({ reason: ' ', by: 'A', at: 1 }),
			[waiverId('open:y')]: null
		};
		expect(waiversOf(values).size).toBe(0);
	});
});

describe('a template without a sign-off table, ratings or threshold', () => {
	const plain = parseChecklist(
		'# Ship it\n\n## Before\n- [ ] Build\n- [ ] Test\n\n## After\n- [ ] Tell people\n'
	);

	it('makes every task gate and has no score rule', () => {
		expect(releaseGate(plain).tasks).toHaveLength(3);
		const list = exceptions(plain, {}, none);
		expect(list.map((e) => e.kind)).toEqual(['open', 'open', 'open']);
		const done = Object.fromEntries(allTasks(plain).map((t) => [t.id, true]));
		expect(exceptions(plain, done, none)).toEqual([]);
		expect(releaseVerdict([], new Map()).state).toBe('ready');
	});
});

describe('the next open task', () => {
	const plain = parseChecklist(
		'# T\n\n## A\n- [ ] One\n- [ ] Two\n- [ ] Three\n\n## Sign-Off\n\n| Role | Name | Signature | Date |\n|---|---|---|---|\n| Dev | | | |\n\n## After\n- [ ] Later\n'
	);
	const gate = releaseGate(plain).tasks;
	const [one, two, three] = gate;

	it('goes forward from the current task, skips done and n/a ones, and wraps round', () => {
		const values: Record<string, unknown> = { [two.id]: true };
		const open = (t: { id: string }) => values[t.id] !== true && values[naId(t.id)] === undefined;
		expect(gate.map((t) => t.text)).toEqual(['One', 'Two', 'Three']);
		expect(nextOpenTask(gate, open, null)?.text).toBe('One');
		expect(nextOpenTask(gate, open, one.id)?.text).toBe('Three');
		expect(nextOpenTask(gate, open, three.id)?.text).toBe('One');
		values[naId(one.id)] = '';
		expect(nextOpenTask(gate, open, three.id)?.text).toBe('Three');
		values[three.id] = true;
		expect(nextOpenTask(gate, open, three.id)).toBeNull();
	});
});
