import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { normalizeSource } from '$lib/checklist/source';
import { allTasks } from '$lib/checklist/walk';
import { localDate } from '$lib/dates';
import { useDatabase } from './connection';
import { setEntry } from './entries';
import {
	createRun,
	deleteRun,
	duplicateRun,
	loadRun,
	recentTargets,
	restoreRun,
	updateRun
} from './runs';

const source = normalizeSource(
	readFileSync(new URL('../templates/production-deployment.md', import.meta.url), 'utf8')
);
const model = parseChecklist(source);
const template = { id: 'builtin', name: 'Production deployment', source, model };
const [dateId, byId, versionId] = model.header;
const tasks = allTasks(model);

let n = 0;
beforeEach(() => {
	useDatabase(`test-${++n}`);
});

describe('runs', () => {
	it('start from the template with Date set to today', async () => {
		const id = await createRun(template);
		const bundle = await loadRun(id);
		expect(bundle?.run).toMatchObject({
			title: 'Production Deployment Checklist',
			status: 'draft'
		});
		expect(bundle?.snapshot.source).toBe(source);
		expect(bundle?.entries).toEqual([
			expect.objectContaining({ runId: id, itemId: dateId, value: localDate() })
		]);
		expect(bundle?.run.summary).toMatchObject({
			ticked: 0,
			tasks: 104,
			score: 0,
			scoreMax: 25,
			pass: false
		});
	});

	it('share one snapshot between runs of the same text', async () => {
		const a = await createRun(template);
		const b = await createRun(template);
		const [ra, rb] = await Promise.all([loadRun(a), loadRun(b)]);
		expect(ra?.run.snapshotId).toBe(rb?.run.snapshotId);
	});

	it('keep every value exactly, Unicode included, and update the summary', async () => {
		const id = await createRun(template);
		await setEntry(id, byId, 'Zoë Łukasiewicz 李雷 🚀');
		await setEntry(id, versionId, '1.4.2');
		await setEntry(id, tasks[0].id, true);
		await setEntry(id, tasks[1].id, true);
		await setEntry(id, tasks[1].id, false);
		const bundle = await loadRun(id);
		const values = Object.fromEntries(bundle!.entries.map((e) => [e.itemId, e.value]));
		expect(values[byId]).toBe('Zoë Łukasiewicz 李雷 🚀');
		expect(values[tasks[0].id]).toBe(true);
		expect(values[tasks[1].id]).toBe(false);
		expect(bundle!.run.summary.ticked).toBe(1);
		expect(bundle!.run.summary.header).toMatchObject({
			Version: '1.4.2',
			'Deployed By': 'Zoë Łukasiewicz 李雷 🚀'
		});
	});

	it('score the five ratings against the threshold', async () => {
		const id = await createRun(template);
		const ratings = (await loadRun(id))!.snapshot.model;
		const ids = Object.values(ratings.sections[0].sections[6].blocks)
			.flatMap((b) => (b.kind === 'list' ? b.items : []))
			.map((i) => ('id' in i ? i.id : ''));
		for (const rid of ids) await setEntry(id, rid, 4);
		expect((await loadRun(id))!.run.summary).toMatchObject({ score: 20, rated: 5, pass: true });
		await setEntry(id, ids[0], 3);
		expect((await loadRun(id))!.run.summary).toMatchObject({ score: 19, pass: false });
	});

	it('duplicate target and header fields but not ticks', async () => {
		const id = await createRun(template, { target: 'https://app.example' });
		await setEntry(id, versionId, '2.0.0');
		await setEntry(id, dateId, '2020-01-01');
		await setEntry(id, tasks[0].id, true);
		const copy = await loadRun(await duplicateRun(id));
		const values = Object.fromEntries(copy!.entries.map((e) => [e.itemId, e.value]));
		expect(copy!.run.target).toBe('https://app.example');
		expect(values).toEqual({ [versionId]: '2.0.0', [dateId]: localDate() });
	});

	it('delete with everything, and restore exactly', async () => {
		const id = await createRun(template);
		await setEntry(id, tasks[3].id, true);
		await updateRun(id, { target: 'https://x.example', vars: { app: 'x' } });
		const before = await loadRun(id);
		const deleted = await deleteRun(id);
		expect(await loadRun(id)).toBeNull();
		await restoreRun(deleted!);
		expect(await loadRun(id)).toEqual(before);
	});

	it('keep the summary right when a run comes back on another checklist', async () => {
		// setEntry remembers which items count per run; a restored run may bring another snapshot.
		const plain = parseChecklist('# T\n\n## A\n\n**Version:** ___\n\n**Owner:** ___\n');
		const [versionField, ownerField] = plain.sections[0].sections[0].blocks.flatMap((b) =>
			b.kind === 'lines' ? b.lines.map((l) => ('id' in l ? l.id : '')) : []
		);
		const counted = { ...plain, header: [versionField, ownerField] };
		const id = await createRun({ id: 'a', name: 'A', source: '# T', model: plain });
		await setEntry(id, ownerField, 'Zoë');
		await setEntry(id, versionField, '1.0.0');
		expect((await loadRun(id))!.run.summary.header).toEqual({});
		const b = await createRun({ id: 'b', name: 'B', source: '# U', model: counted });
		const other = (await loadRun(b))!.run.snapshotId;
		const deleted = (await deleteRun(id))!;
		await restoreRun({ ...deleted, run: { ...deleted.run, snapshotId: other } });
		await setEntry(id, versionField, '2.0.0');
		expect((await loadRun(id))!.run.summary.header).toEqual({ Version: '2.0.0', Owner: 'Zoë' });
	});

	it('refuse writes to a missing run without creating an entry', async () => {
		await expect(setEntry('nope', tasks[0].id, true)).rejects.toThrow(/no longer exists/);
	});
});

describe('targets', () => {
	it('a new run of the same template starts from the last target used', async () => {
		const first = await createRun(template, { target: 'https://one.example' });
		await createRun(template, { target: 'https://two.example' });
		const third = await createRun(template);
		expect((await loadRun(third))!.run.target).toBe('https://two.example');
		expect(await recentTargets(template.id)).toEqual([
			'https://two.example',
			'https://one.example'
		]);
		expect((await loadRun(first))!.run.target).toBe('https://one.example');
		await updateRun(third, { vars: { app: 'shop-prod' } });
		expect((await loadRun(await createRun(template)))!.run.vars).toEqual({ app: 'shop-prod' });
		const other = await createRun({ ...template, id: 'other' });
		expect((await loadRun(other))!.run.target).toBe('');
	});
});
