// What an earlier release wrote still opens in this one. tests/fixtures/release-578b473 was made
// with the build of 578b473 (its README says how): the database it stored, its backup, Markdown
// reports, share links and a reply link. The database is upgraded in place; the files open and
// verify as they did.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openTool, verdict, waitSaved } from './helpers';

const DIR = 'tests/fixtures/release-578b473';
const read = (name: string) => readFileSync(`${DIR}/${name}`, 'utf8');
const database = JSON.parse(read('database.json'));
const expected = JSON.parse(read('expected.json'));
const idOf = (which: 'train' | 'draft' | 'signed') =>
	new URL(expected[which].url).searchParams.get('id')!;
/** A link of the fixture's, on this test's server. */
const link = (name: string) => `/share/#${read(name).trim().split('#')[1]}`;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/**
 * Writes the fixture's database with raw IndexedDB, schema and rows as that release left them,
 * from a blank page of the app's origin (so nothing of this release has opened it yet).
 */
async function seed(page: Page): Promise<void> {
	await page.route('**/__seed', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' })
	);
	await page.goto('/__seed');
	await page.evaluate(async (dump) => {
		// What this release wrote before goes: the database is as that release left it.
		await new Promise((ok, fail) => {
			const gone = indexedDB.deleteDatabase(dump.name);
			gone.onsuccess = ok;
			gone.onerror = () => fail(gone.error);
		});
		const open = indexedDB.open(dump.name, dump.version);
		open.onupgradeneeded = () => {
			for (const s of dump.stores) {
				const store = open.result.createObjectStore(s.name, {
					keyPath: s.keyPath,
					autoIncrement: s.autoIncrement
				});
				for (const i of s.indexes)
					store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
			}
		};
		const db: IDBDatabase = await new Promise((ok, fail) => {
			open.onsuccess = () => ok(open.result);
			open.onerror = () => fail(open.error);
		});
		const tx = db.transaction(db.objectStoreNames, 'readwrite');
		for (const [name, rows] of Object.entries(dump.rows))
			for (const row of rows as unknown[]) tx.objectStore(name).put(row);
		await new Promise((ok, fail) => {
			tx.oncomplete = ok;
			tx.onerror = () => fail(tx.error);
		});
		db.close();
	}, database);
}

async function verify(page: Page, name: string, text: string) {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Deployments', level: 1 })).toBeVisible();
	await page.getByLabel('Report or backup to verify').setInputFiles({
		name,
		mimeType: name.endsWith('.json') ? 'application/json' : 'text/markdown',
		buffer: Buffer.from(text)
	});
	const region = page.getByRole('region', { name: 'Report verification' });
	await expect(region.getByRole('heading', { name: `Verification of “${name}”` })).toBeVisible({
		timeout: 15_000
	});
	return region;
}

async function exportMarkdown(page: Page): Promise<string> {
	await waitSaved(page);
	await openTool(page, 'Report and sharing');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export Markdown' }).click();
	return readFileSync((await (await download).path())!, 'utf8');
}

test('a database stored by release 578b473 opens with every value, decision and signature', async ({
	page
}) => {
	test.setTimeout(90_000);
	await seed(page);
	await page.goto('/');
	const list = page.getByRole('list', { name: 'All deployments' });
	await expect(list.getByRole('listitem')).toHaveCount(3);

	await page.goto(`/run/?id=${idOf('signed')}`);
	const release = page.getByRole('region', { name: 'Release verdict' });
	await expect(release).toHaveAttribute('data-release', 'ready-with-waivers');
	await expect(page.getByTestId('fingerprint')).toHaveText(expected.signed.fingerprint);
	await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(expected.signed.checked);
	await release.getByRole('button', { name: /^Show exceptions/ }).click();
	await expect(release.getByRole('list', { name: 'Waivers' })).toContainText(
		'Browsers ignore X-XSS-Protection; CSP covers it.'
	);
	await expect(page.getByLabel('Version')).toHaveValue('2.16.0');
	await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(
		'Signed “on time” — 李雷 & Zoë'
	);
	await expect(page.getByRole('img', { name: 'Drawn Tech Lead signature' })).toBeVisible();
	const signed = readFileSync(`${DIR}/report-signed.md`, 'utf8');
	const again = await exportMarkdown(page);
	const region = await verify(page, 'again.md', again);
	await expect(region).toContainText(
		`Verified: this report matches its fingerprint and shows what was signed.`
	);
	expect(again).toContain(expected.signed.fingerprint);
	expect(signed).toContain(expected.signed.fingerprint);

	await page.goto(`/run/?id=${idOf('draft')}`);
	await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(expected.draft.checked);
	await expect(
		page.getByRole('button', { name: 'Applies again: GOOGLE_API_KEY (if using Google/Gemini)' })
	).toBeVisible();
	await expect(
		page.getByRole('button', { name: 'Not applicable: LLM_PROVIDER set correctly' })
	).toBeVisible();
	await page.getByRole('button', { name: /^Show exceptions/ }).click();
	await expect(page.getByRole('list', { name: 'Waivers' })).toContainText('Rated at the review ⏱');
	// The probes ran against the fixture server's CORS mode: headers seen, x-xss-protection absent.
	await expect(verdict(page, 'x-xss-protection header present')).toHaveAttribute(
		'data-verdict',
		'fail'
	);
	await expect(verdict(page, 'x-frame-options: SAMEORIGIN present')).toHaveAttribute(
		'data-verdict',
		'pass'
	);
	const roles = page.getByRole('list', { name: 'Signatures' });
	await expect(roles.locator('[data-role="Developer"]')).toHaveAttribute(
		'data-signature',
		'current'
	);
	await expect(page.getByLabel('Deployed By')).toHaveValue('李雷');

	await page.goto(`/run/?id=${idOf('train')}`);
	await expect(page.getByRole('checkbox', { name: 'Tag the release' })).toBeChecked();
	await expect(page.getByRole('button', { name: 'Applies again: Close the ticket' })).toBeVisible();
	await expect(page.getByLabel('Owner name')).toHaveValue('Zoë | “ops” *lead*');
});

test('that release’s Markdown reports and backup still verify', async ({ page }) => {
	const signed = await verify(page, 'report-signed.md', read('report-signed.md'));
	await expect(signed).toContainText(
		'Verified: this report matches its fingerprint and shows what was signed.'
	);
	const draft = await verify(page, 'report-draft.md', read('report-draft.md'));
	await expect(draft).toContainText('This report shows exactly its embedded content');
	const backup = await verify(page, 'backup.json', read('backup.json'));
	await expect(backup).toContainText(
		`Verified: its records match the fingerprint ${expected.signed.fingerprint.slice(0, 12)}… recorded at sign-off.`
	);
});

test('that release’s share links open verified, and its reply link signs', async ({ page }) => {
	await page.goto(link('share-signed.txt'));
	const shared = page.getByRole('region', { name: 'Shared deployment' });
	await expect(shared).toContainText(/Content matches fingerprint [0-9a-f]{12}…/);
	await expect(page.getByLabel('Version')).toHaveValue('2.16.0');

	await page.goto(link('share-draft.txt'));
	await expect(shared).toContainText(/Content matches fingerprint [0-9a-f]{12}…/);
	await expect(page.getByLabel('Deployed By')).toHaveValue('李雷');

	await seed(page);
	await page.goto(link('reply-draft.txt'));
	const card = page.getByRole('region', { name: 'Signature reply' });
	await expect(card).toContainText('Signed this version');
	await card.getByRole('button', { name: 'Add the Tech Lead signature' }).click();
	await card.getByRole('link', { name: 'Open the deployment' }).click();
	await page.waitForURL(new RegExp(`id=${idOf('draft')}`));
	await expect(page.getByLabel('Tech Lead name')).toHaveValue('李雷');
	await expect(
		page.getByRole('list', { name: 'Signatures' }).locator('[data-role="Tech Lead"]')
	).toHaveAttribute('data-signature', 'current');
});

test('that release’s backup restores every deployment', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByText('No deployments yet')).toBeVisible();
	await page.getByLabel('Backup file').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(read('backup.json'))
	});
	const preview = page.getByRole('region', { name: 'Import preview' });
	await expect(preview).toContainText('Adds 3 deployments');
	await preview.getByRole('button', { name: 'Import' }).click();
	await expect(
		page.getByRole('list', { name: 'All deployments' }).getByRole('listitem')
	).toHaveCount(3);
	await page.goto(`/run/?id=${idOf('signed')}`);
	await expect(page.getByTestId('fingerprint')).toHaveText(expected.signed.fingerprint);
	await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(expected.signed.checked);
});
