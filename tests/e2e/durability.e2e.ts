import { expect, test } from '@playwright/test';
import { newDeployment, waitSaved } from './helpers';

test('two tabs on one deployment converge, each showing the other’s changes within a second', async ({
	page,
	context
}) => {
	await newDeployment(page);
	const other = await context.newPage();
	await other.goto(page.url());
	await expect(other.getByLabel('Version')).toBeVisible();

	await page.getByRole('checkbox', { name: 'Changes reviewed and approved' }).check();
	await other.getByRole('checkbox', { name: 'Connection string tested' }).check();
	await expect(other.getByRole('checkbox', { name: 'Changes reviewed and approved' })).toBeChecked({
		timeout: 1000
	});
	await expect(page.getByRole('checkbox', { name: 'Connection string tested' })).toBeChecked({
		timeout: 1000
	});

	// The same item from both tabs: the later change wins in both.
	await page.getByLabel('Version').fill('from tab one');
	await waitSaved(page);
	await expect(other.getByLabel('Version')).toHaveValue('from tab one', { timeout: 1000 });
	await other.getByLabel('Version').fill('from tab two');
	await waitSaved(other);
	await expect(page.getByLabel('Version')).toHaveValue('from tab two', { timeout: 1000 });

	await page.reload();
	await expect(page.getByLabel('Version')).toHaveValue('from tab two');
	await expect(page.getByRole('checkbox', { name: 'Changes reviewed and approved' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Connection string tested' })).toBeChecked();
});

test('a database written by the previous schema version opens with every value intact', async ({
	page
}) => {
	await newDeployment(page);
	await page.getByLabel('Version').fill('written-by-v1');
	await page.getByRole('checkbox', { name: 'Changes reviewed and approved' }).check();
	await waitSaved(page);
	const url = page.url();
	// Turn this database back into exactly what schema version 1 wrote: IndexedDB version 10,
	// no updatedAt index, and runs without the fields version 2 added. The manifest is a
	// same-origin page that runs no app code, so nothing holds the database open.
	await page.goto('/manifest.webmanifest');
	await page.evaluate(async () => {
		const open = (version?: number, upgrade?: (db: IDBDatabase, tx: IDBTransaction) => void) =>
			new Promise<IDBDatabase>((resolve, reject) => {
				const req = version ? indexedDB.open('shipshape', version) : indexedDB.open('shipshape');
				req.onupgradeneeded = () => upgrade?.(req.result, req.transaction!);
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
		const dump = async (db: IDBDatabase) => {
			const tables: Record<string, unknown[]> = {};
			for (const name of db.objectStoreNames)
				tables[name] = await new Promise((resolve) => {
					const req = db.transaction(name).objectStore(name).getAll();
					req.onsuccess = () => resolve(req.result);
				});
			return tables;
		};
		const current = await open();
		const tables = await dump(current);
		current.close();
		await new Promise((resolve) => {
			const req = indexedDB.deleteDatabase('shipshape');
			req.onsuccess = resolve;
		});
		const v1 = await open(10, (db) => {
			db.createObjectStore('templates', { keyPath: 'id' }).createIndex('name', 'name');
			db.createObjectStore('snapshots', { keyPath: 'id' });
			const runs = db.createObjectStore('runs', { keyPath: 'id' });
			for (const i of ['templateId', 'snapshotId', 'createdAt']) runs.createIndex(i, i);
			db.createObjectStore('entries', { keyPath: ['runId', 'itemId'] }).createIndex(
				'runId',
				'runId'
			);
			const evidence = db.createObjectStore('evidence', { keyPath: 'id' });
			evidence.createIndex('runId', 'runId');
			evidence.createIndex('[runId+at]', ['runId', 'at']);
			evidence.createIndex('itemIds', 'itemIds', { multiEntry: true });
		});
		const tx = v1.transaction(['snapshots', 'runs', 'entries'], 'readwrite');
		for (const s of tables.snapshots) tx.objectStore('snapshots').put(s);
		for (const r of tables.runs as Record<string, unknown>[]) {
			const { signoff: _s, history: _h, ...old } = r;
			const summary = { ...(old.summary as object) } as Record<string, unknown>;
			delete summary.followUps;
			tx.objectStore('runs').put({ ...old, summary });
		}
		// Today's typed records (only item values here) as the value rows version 1 stored.
		for (const r of tables.records as Record<string, unknown>[]) {
			const value = r.kind === 'tick' ? r.done : r.kind === 'text' ? r.text : r.score;
			tx.objectStore('entries').put({ runId: r.runId, itemId: r.item, value, updatedAt: r.at });
		}
		await new Promise((resolve) => (tx.oncomplete = resolve));
		v1.close();
	});
	await page.goto(url);
	await expect(page.getByLabel('Version')).toHaveValue('written-by-v1');
	await expect(page.getByRole('checkbox', { name: 'Changes reviewed and approved' })).toBeChecked();
	await page.goto('/');
	await expect(
		page.getByRole('list', { name: 'All deployments' }).getByRole('link', { name: /written-by-v1/ })
	).toBeVisible();
	const version = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const req = indexedDB.open('shipshape');
				req.onsuccess = () => {
					resolve(req.result.version);
					req.result.close();
				};
			})
	);
	// Upgraded through every version to today's: schema 5 (typed records), IndexedDB 50.
	expect(version).toBe(50);
});

test('a database from a newer version is refused with a clear message, not damaged', async ({
	page
}) => {
	await page.goto('/manifest.webmanifest');
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const req = indexedDB.open('shipshape', 990);
				req.onupgradeneeded = () =>
					req.result.createObjectStore('future', { keyPath: 'id' }).put({ id: 'keep' });
				req.onsuccess = () => {
					req.result.close();
					resolve();
				};
			})
	);
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText('newer version of the app');
	const after = await page.evaluate(
		() =>
			new Promise<{ version: number; stores: string[] }>((resolve) => {
				const req = indexedDB.open('shipshape');
				req.onsuccess = () => {
					resolve({ version: req.result.version, stores: [...req.result.objectStoreNames] });
					req.result.close();
				};
			})
	);
	expect(after).toEqual({ version: 990, stores: ['future'] });
});
