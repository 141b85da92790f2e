import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { normalizeSource } from '$lib/checklist/source';
import { allTasks } from '$lib/checklist/walk';
import { localDate } from '$lib/util/dates';
import { useDatabase } from './connection';
import { entriesOf, setEntries, setEntry } from './values.fixtures';
import { createDeployment, duplicateDeployment } from './create-deployment';
import { deleteDeployment, restoreDeployment } from './delete-deployment';
import { loadDeployment, recentTargets, updateDeployment } from './deployments';

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
		const id = await createDeployment(template);
		const bundle = await loadDeployment(id);
		expect(bundle?.run).toMatchObject({
			title: 'Production Deployment Checklist',
			status: 'draft'
		});
		expect(bundle?.snapshot.source).toBe(source);
		expect(entriesOf(bundle)).toEqual([
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
		const a = await createDeployment(template);
		const b = await createDeployment(template);
		const [ra, rb] = await Promise.all([loadDeployment(a), loadDeployment(b)]);
		expect(ra?.run.snapshotId).toBe(rb?.run.snapshotId);
	});

	it('keep every value exactly, Unicode included, and update the summary', async () => {
		const id = await createDeployment(template);
		await setEntry(id, byId, 'Zoë Łukasiewicz 李雷 🚀');
		await setEntry(id, versionId, '1.4.2');
		await setEntry(id, tasks[0].id, true);
		await setEntry(id, tasks[1].id, true);
		await setEntry(id, tasks[1].id, false);
		const bundle = await loadDeployment(id);
		const values = Object.fromEntries(entriesOf(bundle).map((e) => [e.itemId, e.value]));
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
		const id = await createDeployment(template);
		const ratings = (await loadDeployment(id))!.snapshot.model;
		const ids = Object.values(ratings.sections[0].sections[6].blocks)
			.flatMap((b) => (b.kind === 'list' ? b.items : []))
			.map((i) => ('id' in i ? i.id : ''));
		for (const rid of ids) await setEntry(id, rid, 4);
		expect((await loadDeployment(id))!.run.summary).toMatchObject({
			score: 20,
			rated: 5,
			pass: true
		});
		await setEntry(id, ids[0], 3);
		expect((await loadDeployment(id))!.run.summary).toMatchObject({ score: 19, pass: false });
	});

	it('duplicate target and header fields but not ticks', async () => {
		const id = await createDeployment(template, { target: 'https://app.example' });
		await setEntry(id, versionId, '2.0.0');
		await setEntry(id, dateId, '2020-01-01');
		await setEntry(id, tasks[0].id, true);
		const copy = await loadDeployment(await duplicateDeployment(id));
		const values = Object.fromEntries(entriesOf(copy).map((e) => [e.itemId, e.value]));
		expect(copy!.run.target).toBe('https://app.example');
		expect(values).toEqual({ [versionId]: '2.0.0', [dateId]: localDate() });
	});

	it('take a name, trimmed; an empty one removes it; a copy does not inherit it', async () => {
		const id = await createDeployment(template);
		expect((await loadDeployment(id))!.run).not.toHaveProperty('name');
		await updateDeployment(id, { name: '  Black Friday hotfix ' });
		expect((await loadDeployment(id))!.run.name).toBe('Black Friday hotfix');
		const copy = await loadDeployment(await duplicateDeployment(id));
		expect(copy!.run).not.toHaveProperty('name');
		await updateDeployment(id, { name: '  ' });
		expect((await loadDeployment(id))!.run).not.toHaveProperty('name');
	});

	it('delete with everything, and restore exactly', async () => {
		const id = await createDeployment(template);
		await setEntry(id, tasks[3].id, true);
		await updateDeployment(id, { target: 'https://x.example', vars: { app: 'x' }, name: 'X' });
		const before = await loadDeployment(id);
		const deleted = await deleteDeployment(id);
		expect(await loadDeployment(id)).toBeNull();
		await restoreDeployment(deleted!);
		expect(await loadDeployment(id)).toEqual(before);
	});

	it('keep the summary right when a run comes back on another checklist', async () => {
		// setEntry remembers which items count per run; a restored run may bring another snapshot.
		const plain = parseChecklist('# T\n\n## A\n\n**Version:** ___\n\n**Owner:** ___\n');
		const [versionField, ownerField] = plain.sections[0].sections[0].blocks.flatMap((b) =>
			b.kind === 'lines' ? b.lines.map((l) => ('id' in l ? l.id : '')) : []
		);
		const counted = { ...plain, header: [versionField, ownerField] };
		const id = await createDeployment({ id: 'a', name: 'A', source: '# T', model: plain });
		await setEntry(id, ownerField, 'Zoë');
		await setEntry(id, versionField, '1.0.0');
		expect((await loadDeployment(id))!.run.summary.header).toEqual({});
		const b = await createDeployment({ id: 'b', name: 'B', source: '# U', model: counted });
		const other = (await loadDeployment(b))!.run.snapshotId;
		const deleted = (await deleteDeployment(id))!;
		await restoreDeployment({ ...deleted, run: { ...deleted.run, snapshotId: other } });
		await setEntry(id, versionField, '2.0.0');
		expect((await loadDeployment(id))!.run.summary.header).toEqual({
			Version: '2.0.0',
			Owner: 'Zoë'
		});
	});

	it('refuse writes to a missing run without creating an entry', async () => {
		await expect(setEntry('nope', tasks[0].id, true)).rejects.toThrow(/no longer exists/);
	});
});

describe('targets', () => {
	it('a new run of the same template starts from the last target used', async () => {
		const first = await createDeployment(template, { target: 'https://one.example' });
		await createDeployment(template, { target: 'https://two.example' });
		const third = await createDeployment(template);
		expect((await loadDeployment(third))!.run.target).toBe('https://two.example');
		expect(await recentTargets(template.id)).toEqual([
			'https://two.example',
			'https://one.example'
		]);
		expect((await loadDeployment(first))!.run.target).toBe('https://one.example');
		await updateDeployment(third, { vars: { app: 'shop-prod' } });
		expect((await loadDeployment(await createDeployment(template)))!.run.vars).toEqual({
			app: 'shop-prod'
		});
		const other = await createDeployment({ ...template, id: 'other' });
		expect((await loadDeployment(other))!.run.target).toBe('');
	});
});

describe('setEntries', () => {
	it('stores several values at once, with the summary in step', async () => {
		const id = await createDeployment(template);
		const [first, second] = tasks;
		await setEntries(id, { [first.id]: true, [second.id]: true, 'signed:x': 'abc' });
		const bundle = await loadDeployment(id);
		const values = Object.fromEntries(entriesOf(bundle).map((e) => [e.itemId, e.value]));
		expect(values).toMatchObject({ [first.id]: true, [second.id]: true, 'signed:x': 'abc' });
		expect(bundle!.run.summary.ticked).toBe(2);
	});
});
