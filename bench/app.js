// Steps that drive the app the way a person does (by accessible names, like tests/e2e/), plus
// raw IndexedDB helpers that seed data faster than any UI could.
import { waitForMark, waitSaved } from './browser.js';

/** The five readiness categories of the built-in checklist. */
export const RATINGS = ['Security', 'Performance', 'Monitoring', 'Documentation', 'Team Readiness'];

/** The sign-off roles of the built-in checklist. */
export const ROLES = ['Developer', 'Tech Lead', 'DevOps', 'Security'];

/**
 * Creates a deployment from the home page; resolves to its id once its page is ready.
 * @param {import('@playwright/test').Page} page
 */
export async function createDeployment(page) {
	await page.goto('/');
	await waitForMark(page, 'shipshape:ready:home');
	await page.getByRole('button', { name: 'New deployment' }).click();
	await page.waitForURL(/\/run\/\?id=/);
	await waitForMark(page, 'shipshape:ready:run');
	return new URL(page.url()).searchParams.get('id') ?? '';
}

/**
 * The task checkboxes of the open deployment, in page order.
 * @param {import('@playwright/test').Page} page
 */
export function taskBoxes(page) {
	return page.locator('article.checklist li input[type="checkbox"]');
}

/**
 * The checkboxes of tasks without sub-tasks: ticking one never asks (a parent with open
 * sub-tasks asks whether to tick them too), though the last open one ticks its parent.
 * @param {import('@playwright/test').Page} page
 */
export function leafBoxes(page) {
	return page.locator('article.checklist li.task:not(:has(ul.tasks)) input[type="checkbox"]');
}

/**
 * Ticks the first `count` tasks and gives the deployment a version, then waits until stored.
 * @param {import('@playwright/test').Page} page
 * @param {number} count
 */
export async function fillSome(page, count) {
	await page.getByLabel('Version', { exact: true }).fill('1.4.2');
	const boxes = leafBoxes(page);
	for (let i = 0; i < count; i++) await boxes.nth(i).check();
	await waitSaved(page);
}

/**
 * Opens one of the deployment page's setup panels (command values, probes, reports), which load
 * on their first opening and stay open for that deployment.
 * @param {import('@playwright/test').Page} page
 * @param {'Command values' | 'Live probes' | 'Report and sharing'} name
 */
export async function openTool(page, name) {
	const button = page.getByRole('button', { name, exact: true });
	if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
	await page.waitForFunction(
		(name) =>
			[...document.querySelectorAll('button[aria-expanded="true"]')].some((b) =>
				b.textContent?.trim().startsWith(name)
			),
		name
	);
}

/**
 * Fills the whole seed checklist: every task ticked, every field and command value filled,
 * all five ratings at 5, the sign-off table signed (typed), notes written.
 * @param {import('@playwright/test').Page} page
 */
export async function fillEverything(page) {
	await page.getByLabel('Date', { exact: true }).fill('2026-11-25');
	await page.getByLabel('Deployed By', { exact: true }).fill('Zoë Łukasiewicz');
	await page.getByLabel('Version', { exact: true }).fill('1.4.2');
	await openTool(page, 'Command values');
	for (const name of ['App name', 'Release name', 'Release module', 'Rollback migration'])
		await page.getByLabel(name, { exact: true }).fill(`bench-${name.toLowerCase()}`);
	const names = ['Zoë Łukasiewicz', '李雷', 'Ωmega Ops', 'Sam Secure'];
	// The sign-off table's inputs load as it comes near: scroll to it, as a person would.
	const signoff = page.getByRole('region', { name: 'Sign-off', exact: true });
	await signoff.scrollIntoViewIfNeeded();
	await signoff.locator('input').first().waitFor();
	for (const [i, role] of ROLES.entries()) {
		await page.getByLabel(`${role} name`, { exact: true }).fill(names[i]);
		await page.getByLabel(`${role} signature`, { exact: true }).fill(names[i]);
		await page.getByLabel(`${role} date`, { exact: true }).fill('2026-11-25');
	}
	for (const contact of ['On-Call Engineer', 'Database Admin', 'Security Team'])
		await page.getByLabel(contact, { exact: true }).fill(`${contact} <oncall@example.com>`);
	for (const name of RATINGS)
		await page.getByRole('radiogroup', { name }).getByRole('radio', { name: '5' }).check();
	await page
		.getByRole('textbox', { name: 'Notes' })
		.fill('Released on time. Rollback plan rehearsed; 李雷 on call.');
	// Sub-tasks before their parents, so each parent ticks itself when its last one is.
	const boxes = taskBoxes(page);
	const count = await boxes.count();
	for (let i = count - 1; i >= 0; i--)
		if (!(await boxes.nth(i).isChecked())) await boxes.nth(i).check();
	await waitSaved(page);
	return count;
}

/**
 * Copies a stored deployment (its run and entry rows) `copies` times with raw IndexedDB, in one
 * transaction; the copies share the original's template snapshot, as duplicates do.
 * @param {import('@playwright/test').Page} page
 * @param {string} runId
 * @param {number} copies
 */
export function copyDeployment(page, runId, copies) {
	return page.evaluate(
		async ({ runId, copies }) => {
			/** @type {<T>(r: IDBRequest<T>) => Promise<T>} */
			const done = (r) =>
				new Promise((ok, fail) => {
					r.onsuccess = () => ok(r.result);
					r.onerror = () => fail(r.error);
				});
			const db = await done(indexedDB.open('shipshape'));
			const tx = db.transaction(['runs', 'records'], 'readwrite');
			const runs = tx.objectStore('runs');
			const records = tx.objectStore('records');
			const run = await done(runs.get(runId));
			const rows = await done(records.index('runId').getAll(runId));
			for (let i = 1; i <= copies; i++) {
				const id = `${runId}-copy-${i}`;
				const at = run.createdAt - i * 3_600_000;
				runs.put({ ...run, id, title: `${run.title} #${i}`, createdAt: at, updatedAt: at });
				for (const row of rows) records.put({ ...row, runId: id });
			}
			await new Promise((ok, fail) => {
				tx.oncomplete = ok;
				tx.onerror = () => fail(tx.error);
			});
			const count = await done(db.transaction('runs').objectStore('runs').count());
			db.close();
			return { runs: count, recordsPerRun: rows.length };
		},
		{ runId, copies }
	);
}

/**
 * Reads every record of one store with raw IndexedDB.
 * @param {import('@playwright/test').Page} page
 * @param {string} store
 * @returns {Promise<any[]>}
 */
export function readStore(page, store) {
	return page.evaluate(async (store) => {
		/** @type {<T>(r: IDBRequest<T>) => Promise<T>} */
		const done = (r) =>
			new Promise((ok, fail) => {
				r.onsuccess = () => ok(r.result);
				r.onerror = () => fail(r.error);
			});
		const db = await done(indexedDB.open('shipshape'));
		const all = await done(db.transaction(store).objectStore(store).getAll());
		db.close();
		return all;
	}, store);
}

/**
 * Deletes stored records by key with raw IndexedDB.
 * @param {import('@playwright/test').Page} page
 * @param {string} store
 * @param {string[]} keys
 */
export function deleteRecords(page, store, keys) {
	return page.evaluate(
		async ({ store, keys }) => {
			/** @type {<T>(r: IDBRequest<T>) => Promise<T>} */
			const done = (r) =>
				new Promise((ok, fail) => {
					r.onsuccess = () => ok(r.result);
					r.onerror = () => fail(r.error);
				});
			const db = await done(indexedDB.open('shipshape'));
			const objects = db.transaction(store, 'readwrite').objectStore(store);
			for (const key of keys) await done(objects.delete(key));
			db.close();
		},
		{ store, keys }
	);
}
