import { expect, test, type Browser, type Page } from '@playwright/test';
import { completeRelease, newDeployment, openTool, waitSaved } from './helpers';

const PERMISSIONS = ['clipboard-read', 'clipboard-write'];

/** Makes the open deployment's share link and returns it. */
async function shareLink(page: Page): Promise<string> {
	await openTool(page, 'Report and sharing');
	await page.getByRole('button', { name: 'Copy share link' }).click();
	await expect(page.getByText(/^Copied a share link of [\d,]+ characters/)).toBeVisible();
	return page.evaluate(() => navigator.clipboard.readText());
}

/** A page in a fresh browser context: no stored data, as on another person's machine. */
async function elsewhere(browser: Browser, viewport = { width: 1280, height: 900 }) {
	const context = await browser.newContext({ permissions: PERMISSIONS, viewport });
	return { context, page: await context.newPage() };
}

async function storedDeployments(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const open = indexedDB.open('shipshape');
				open.onupgradeneeded = () => open.transaction?.abort();
				open.onerror = () => resolve(0);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('runs')) return resolve(0);
					const count = db.transaction('runs').objectStore('runs').count();
					count.onsuccess = () => resolve(count.result);
				};
			})
	);
}

test.use({ permissions: PERMISSIONS });

test('a link opens a filled deployment elsewhere, read-only and verified, and stores nothing until “Save a copy”', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	await newDeployment(page);
	await completeRelease(page, { by: 'Zoë Łukasiewicz', version: '4.2.0 🚀' });
	await page.getByRole('checkbox', { name: 'Code formatted (mix format)' }).uncheck();
	await waitSaved(page);
	const link = await shareLink(page);
	expect(link).toMatch(/\/share\/#ss1\.[A-Za-z0-9_-]+$/);
	expect(link.length).toBeLessThanOrEqual(8000);

	const other = await elsewhere(browser);
	try {
		await other.page.goto(link);
		const shared = other.page.getByRole('region', { name: 'Shared deployment' });
		await expect(shared).toContainText(/Content matches fingerprint [0-9a-f]{12}…/);
		await expect(other.page.getByLabel('Version')).toHaveValue('4.2.0 🚀');
		await expect(other.page.getByLabel('Version')).toHaveAttribute('readonly', '');
		// Nothing is stored, so nothing claims to be saved.
		await expect(other.page.locator('[data-save-state]')).toHaveCount(0);
		await expect(
			other.page.getByRole('checkbox', { name: 'All tests passing (mix test)' })
		).toBeChecked();
		await expect(
			other.page.getByRole('checkbox', { name: 'Code formatted (mix format)' })
		).not.toBeChecked();
		await expect(
			other.page.getByRole('checkbox', { name: 'All tests passing (mix test)' })
		).toBeDisabled();
		await expect(other.page.getByRole('region', { name: 'Release verdict' })).toHaveAttribute(
			'data-release',
			'not-ready'
		);
		await expect(other.page.getByRole('region', { name: 'Release verdict' })).toContainText(
			'1 open task'
		);
		expect(await storedDeployments(other.page)).toBe(0);

		await shared.getByRole('button', { name: 'Save a copy' }).click();
		await other.page.waitForURL(/\/run\/\?id=/);
		await expect(other.page.getByLabel('Version')).toHaveValue('4.2.0 🚀');
		await expect(
			other.page.getByRole('checkbox', { name: 'All tests passing (mix test)' })
		).toBeChecked();
		expect(await storedDeployments(other.page)).toBe(1);
	} finally {
		await other.context.close();
	}
});

test('a link with one character changed, or cut short, is refused in words and saves nothing', async ({
	page,
	browser
}) => {
	await newDeployment(page);
	await page.getByLabel('Version').fill('1.0.0');
	const link = await shareLink(page);
	const hash = link.indexOf('#ss1.') + 5;
	const at = hash + Math.floor((link.length - hash) / 2);
	const flipped = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
	const other = await elsewhere(browser);
	try {
		for (const bad of [
			flipped,
			link.slice(0, -20),
			link.replace('#ss1.', '#ss7.'),
			link.replace('#ss1.', '#xx1.')
		]) {
			await other.page.goto('about:blank');
			await other.page.goto(bad);
			const refusal = other.page
				.getByRole('alert')
				.filter({ hasText: 'This link cannot be opened' });
			await expect(refusal).toBeVisible();
			await expect(refusal).toContainText(/damaged|cut short|changed|newer version|not Shipshape/);
			await expect(refusal).toContainText('Nothing was saved on this device.');
		}
		expect(await storedDeployments(other.page)).toBe(0);
	} finally {
		await other.context.close();
	}
});

test('each signer signs from their own device; a reply link adds the signature, or says it was for an earlier version', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	const id = await newDeployment(page);
	await page.getByLabel('Version').fill('2.0.0');
	await waitSaved(page);
	const link = await shareLink(page);

	const lead = await elsewhere(browser, { width: 390, height: 844 });
	let reply: string;
	let stale: string;
	try {
		await lead.page.goto(link);
		const shared = lead.page.getByRole('region', { name: 'Shared deployment' });
		await shared.getByLabel('Sign as').selectOption('Tech Lead');
		await lead.page.getByLabel('Tech Lead name').fill('李雷');
		await lead.page.getByLabel('Tech Lead signature').fill('L. Lei');
		await expect(lead.page.getByLabel('Developer name')).toHaveAttribute('readonly', '');
		await shared.getByRole('button', { name: 'Copy reply link' }).click();
		await expect(shared.getByText(/^Copied a reply link of \d+ characters/)).toBeVisible();
		reply = await lead.page.evaluate(() => navigator.clipboard.readText());
		expect(reply).toMatch(/\/share\/#sr1\./);
		expect(reply.length).toBeLessThan(1000);
		// The DevOps engineer signs the same link too, but only after the deployment changes.
		await shared.getByLabel('Sign as').selectOption('DevOps');
		await lead.page.getByLabel('DevOps name').fill('Ωmega Ops');
		await lead.page.getByLabel('DevOps signature').fill('Ω');
		await shared.getByRole('button', { name: 'Copy reply link' }).click();
		// The same message stays up from the first copy: wait for the clipboard itself to change.
		await expect
			.poll(() => lead.page.evaluate(() => navigator.clipboard.readText()))
			.not.toBe(reply);
		stale = await lead.page.evaluate(() => navigator.clipboard.readText());
		expect(await storedDeployments(lead.page)).toBe(0);
	} finally {
		await lead.context.close();
	}

	await page.goto(reply);
	const card = page.getByRole('region', { name: 'Signature reply' });
	await expect(card).toContainText('Signed this version');
	await card.getByRole('button', { name: 'Add the Tech Lead signature' }).click();
	await card.getByRole('link', { name: 'Open the deployment' }).click();
	await page.waitForURL(new RegExp(`id=${id}`));
	await expect(page.getByLabel('Tech Lead name')).toHaveValue('李雷');
	const roles = page.getByRole('list', { name: 'Signatures' });
	await expect(roles.locator('[data-role="Tech Lead"]')).toHaveAttribute(
		'data-signature',
		'current'
	);

	// A change, then the DevOps reply: it was given to the version before the change.
	await page.getByRole('checkbox', { name: 'All tests passing (mix test)' }).check();
	await waitSaved(page);
	await page.goto(stale);
	await expect(card).toContainText('Signed an earlier version');
	await card.getByRole('button', { name: 'Add the DevOps signature' }).click();
	await card.getByRole('link', { name: 'Open the deployment' }).click();
	await expect(roles.locator('[data-role="DevOps"]')).toHaveAttribute('data-signature', 'earlier');
	await expect(roles.locator('[data-role="DevOps"]')).toContainText('signed an earlier version');
	await expect(roles.locator('[data-role="Tech Lead"]')).toHaveAttribute(
		'data-signature',
		'earlier'
	);
});
