import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { allFillables, allTasks, headerFields } from '$lib/checklist/walk';
import { exceptions, type Failing } from './exceptions';
import { nextOpenTask, releaseGate } from './gate';
import { decisions, noDecisions, waiversOf, type Decisions } from '$lib/record/decisions';
import { fromLegacyValues, legacyWaiverText } from '$lib/record/legacy';
import { blockingWords, releaseVerdict } from './release';

const seed = parseChecklist(
	readFileSync(new URL('../templates/production-deployment.md', import.meta.url), 'utf8')
);
const tasks = allTasks(seed);
const byText = (text: string) => tasks.find((t) => t.text === text)!;
const ratings = allFillables(seed).filter((f) => f.kind === 'rating');
const none: Failing = new Map();

/** Values that resolve every exception of the seed: header filled, gate done, all rated 4. */
function completeValues(): Record<string, string | boolean | number> {
	const values: Record<string, string | boolean | number> = {};
	for (const f of headerFields(seed)) values[f.id] = f.input === 'date' ? '2026-12-03' : 'x';
	for (const t of releaseGate(seed).tasks) values[t.id] = true;
	for (const r of ratings) values[r.id] = 4;
	return values;
}

/** Decisions of the complete seed (completeValues), nothing marked or waived. */
function completeSeed(): Decisions {
	return decisions({ values: completeValues() });
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
		const list = exceptions(seed, noDecisions(), none);
		const kinds = list.reduce<Record<string, number>>(
			(n, e) => ({ ...n, [e.kind]: (n[e.kind] ?? 0) + 1 }),
			{}
		);
		expect(kinds).toEqual({ field: 3, open: 78, unrated: 5 });
		expect(list.slice(0, 3).map((e) => e.title)).toEqual(['Date', 'Deployed By', 'Version']);
		expect(list.some((e) => e.itemId === byText('Monitor error rates').id)).toBe(false);
	});

	it('a complete deployment has none and is Ready', () => {
		const d = completeSeed();
		expect(exceptions(seed, d, none)).toEqual([]);
		expect(releaseVerdict([], waiversOf(d)).state).toBe('ready');
	});

	it('not applicable resolves a task like a tick, with or without a reason', () => {
		const d = completeSeed();
		const google = byText('GOOGLE_API_KEY (if using Google/Gemini)');
		d.values[google.id] = false;
		expect(exceptions(seed, d, none).map((e) => e.key)).toEqual([`open:${google.id}`]);
		d.na[google.id] = 'We use OpenAI';
		expect(exceptions(seed, d, none)).toEqual([]);
		d.na[google.id] = '';
		expect(exceptions(seed, d, none)).toEqual([]);
	});

	it('a parent resolves when its children do, and is open again with one open child', () => {
		const values = completeValues();
		const parent = tasks.find((t) => t.children.length === 3)!;
		values[parent.id] = false;
		expect(exceptions(seed, decisions({ values }), none)).toEqual([]);
		values[parent.children[1].id] = false;
		expect(exceptions(seed, decisions({ values }), none).map((e) => e.itemId)).toEqual([
			parent.children[1].id
		]);
	});

	it('failing evidence is an exception even when the task is ticked', () => {
		const values = completeValues();
		const redirect = byText('HTTP redirects to HTTPS');
		const failing: Failing = new Map([
			[redirect.id, { verdict: 'fail', summary: 'http:// answered 200, no redirect.' }]
		]);
		const [only] = exceptions(seed, decisions({ values }), failing);
		expect(only).toMatchObject({
			key: `failing:${redirect.id}`,
			kind: 'failing',
			detail: 'Failed: http:// answered 200, no redirect.'
		});
	});

	it('follow-up tasks never block, even when open', () => {
		const values = completeValues();
		values[byText('Monitor error rates').id] = false;
		expect(exceptions(seed, decisions({ values }), none)).toEqual([]);
	});

	it('a score below the pass mark once everything is rated', () => {
		const values = completeValues();
		for (const r of ratings) values[r.id] = 3;
		const list = exceptions(seed, decisions({ values }), none);
		expect(list).toEqual([
			expect.objectContaining({
				key: 'score',
				detail: '15 / 25 is below the pass mark of 20.'
			})
		]);
		delete values[ratings[0].id];
		expect(exceptions(seed, decisions({ values }), none).map((e) => e.kind)).toEqual(['unrated']);
	});
});

describe('waivers and the verdict', () => {
	it('Not ready until every exception is waived, then Ready with waivers', () => {
		const values = completeValues();
		const redirect = byText('HTTP redirects to HTTPS');
		const failing: Failing = new Map([[redirect.id, { verdict: 'error', summary: 'Timed out.' }]]);
		const d = decisions({ values });
		const list = exceptions(seed, d, failing);
		const before = releaseVerdict(list, waiversOf(d));
		expect(before.state).toBe('not-ready');
		expect(before.counts).toEqual([{ kind: 'failing', count: 1 }]);
		expect(blockingWords(before)).toBe('1 exception is neither resolved nor waived.');
		d.waivers[`failing:${redirect.id}`] = {
			reason: 'Redirect is done by the CDN; checked by hand.',
			by: 'Zoë Łukasiewicz',
			at: 1
		};
		const after = releaseVerdict(list, waiversOf(d));
		expect(after.state).toBe('ready-with-waivers');
		expect(after.waived[0].waiver.by).toBe('Zoë Łukasiewicz');
		expect(blockingWords(after)).toBe('');
	});

	it('ignores damaged or empty waivers', () => {
		const values = {
			'waiver:score': '{not json',
			'waiver:open:x': legacyWaiverText({ reason: ' ', by: 'A', at: 1 }),
			'waiver:open:y': null
		};
		expect(waiversOf(fromLegacyValues(values)).size).toBe(0);
		expect(
			waiversOf(decisions({ waivers: { x: { reason: ' ', by: 'A', at: 1 }, y: null } })).size
		).toBe(0);
	});
});

describe('a template without a sign-off table, ratings or threshold', () => {
	const plain = parseChecklist(
		'# Ship it\n\n## Before\n- [ ] Build\n- [ ] Test\n\n## After\n- [ ] Tell people\n'
	);

	it('makes every task gate and has no score rule', () => {
		expect(releaseGate(plain).tasks).toHaveLength(3);
		const list = exceptions(plain, noDecisions(), none);
		expect(list.map((e) => e.kind)).toEqual(['open', 'open', 'open']);
		const done = Object.fromEntries(allTasks(plain).map((t) => [t.id, true]));
		expect(exceptions(plain, decisions({ values: done }), none)).toEqual([]);
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
		const na: Record<string, string> = {};
		const open = (t: { id: string }) => values[t.id] !== true && na[t.id] === undefined;
		expect(gate.map((t) => t.text)).toEqual(['One', 'Two', 'Three']);
		expect(nextOpenTask(gate, open, null)?.text).toBe('One');
		expect(nextOpenTask(gate, open, one.id)?.text).toBe('Three');
		expect(nextOpenTask(gate, open, three.id)?.text).toBe('One');
		na[one.id] = '';
		expect(nextOpenTask(gate, open, three.id)?.text).toBe('Three');
		values[three.id] = true;
		expect(nextOpenTask(gate, open, three.id)).toBeNull();
	});
});
