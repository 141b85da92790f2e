import { expect, test } from '@playwright/test';
import { copyDeployment } from '../../bench/app.js';
import { newDeployment, waitSaved, openTool } from './helpers';

test('the empty home page tells a first-time user what to do', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Deployments', exact: true })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'No deployments yet' })).toBeVisible();
	await expect(page.getByText('Press New deployment to start your first one.')).toBeVisible();
});

test('lists deployments newest first with version, progress and score', async ({ page }) => {
	await newDeployment(page);
	await page.getByLabel('Version').fill('1.0.0');
	await page.getByRole('checkbox', { name: 'Changes reviewed and approved' }).check();
	await waitSaved(page);
	await newDeployment(page);
	await page.getByLabel('Version').fill('2.0.0');
	await page
		.getByRole('radiogroup', { name: 'Security' })
		.getByRole('radio', { name: '4' })
		.check();
	await waitSaved(page);
	await page.goto('/');
	const links = page
		.getByRole('list', { name: 'All deployments' })
		.getByRole('link', { name: /Production Deployment Checklist/ });
	await expect(links).toHaveCount(2);
	await expect(links.nth(0)).toContainText('Checklist 2.0.0 ·');
	await expect(links.nth(1)).toContainText('Checklist 1.0.0 ·');
	const older = page.getByRole('listitem').filter({ hasText: 'Checklist 1.0.0 ·' });
	await expect(older.getByText('1 / 104')).toBeVisible();
	const newer = page.getByRole('listitem').filter({ hasText: 'Checklist 2.0.0 ·' });
	await expect(newer.getByText('Score 4 / 25')).toBeVisible();
	await links.nth(1).click();
	await expect(page.getByLabel('Version')).toHaveValue('1.0.0');
});

test('a deep link opens the deployment straight from the server', async ({ page, context }) => {
	await newDeployment(page);
	await page.getByLabel('Version').fill('deep-link');
	await waitSaved(page);
	const fresh = await context.newPage();
	await fresh.goto(page.url());
	await expect(fresh.getByLabel('Version')).toHaveValue('deep-link');
});

test('an unknown deployment says so', async ({ page }) => {
	await page.goto('/run/?id=does-not-exist');
	await expect(page.getByRole('heading', { name: 'Deployment not found' })).toBeVisible();
});

test('"Start from this one" copies target and header fields, not ticks', async ({ page }) => {
	await newDeployment(page);
	await openTool(page, 'Live probes');
	await page.getByLabel('Target URL').fill('https://shop.example');
	await page.getByLabel('Deployed By').fill('Zoë');
	await page.getByLabel('Version').fill('3.1.0');
	await page.getByRole('checkbox', { name: 'Changes reviewed and approved' }).check();
	await waitSaved(page);
	await page.goto('/');
	await page.getByRole('button', { name: /Start from this one/ }).click();
	await page.waitForURL(/\/run\/\?id=/);
	await expect(page.getByLabel('Version')).toHaveValue('3.1.0');
	await expect(page.getByLabel('Deployed By')).toHaveValue('Zoë');
	await openTool(page, 'Live probes');
	await expect(page.getByLabel('Target URL')).toHaveValue('https://shop.example');
	await expect(
		page.getByRole('checkbox', { name: 'Changes reviewed and approved' })
	).not.toBeChecked();
	await page.goto('/');
	await expect(
		page
			.getByRole('list', { name: 'All deployments' })
			.getByRole('link', { name: /^shop\.example 3\.1\.0 ·/ })
	).toHaveCount(2);
});

test('delete asks first, and Undo restores everything', async ({ page }) => {
	await newDeployment(page);
	await page.getByLabel('Version').fill('to-delete');
	await page.getByRole('checkbox', { name: 'Changes reviewed and approved' }).check();
	await waitSaved(page);
	await page.goto('/');
	const link = page
		.getByRole('list', { name: 'All deployments' })
		.getByRole('link', { name: /Checklist to-delete ·/ });
	await page.getByRole('button', { name: /^Delete/ }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete this deployment?' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(link).toBeVisible();

	await page.getByRole('button', { name: /^Delete/ }).click();
	await dialog.getByRole('button', { name: 'Delete' }).click();
	await expect(link).toHaveCount(0);
	await expect(page.getByText('No deployments yet')).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(link).toBeVisible();
	await link.click();
	await expect(page.getByLabel('Version')).toHaveValue('to-delete');
	await expect(page.getByRole('checkbox', { name: 'Changes reviewed and approved' })).toBeChecked();
});

test('a long history lists the newest 50, and the ten most pressing follow-ups', async ({
	page
}) => {
	const id = await newDeployment(page);
	// Dated in the past: its three follow-ups are overdue, and so are those of every copy.
	await page.getByLabel('Date', { exact: true }).fill('2026-01-10');
	await page.getByLabel('Version').fill('3.0.0');
	await waitSaved(page);
	await copyDeployment(page, id, 59);
	await page.goto('/');
	const list = page.getByRole('list', { name: 'All deployments' });
	await expect(list.getByRole('listitem')).toHaveCount(50);
	await page.getByRole('button', { name: 'Show 10 more' }).click();
	await expect(list.getByRole('listitem')).toHaveCount(60);
	// The keyboard goes on at the first new deployment, though the button is gone.
	await expect(list.getByRole('listitem').nth(50).getByRole('link').first()).toBeFocused();
	await expect(page.getByRole('button', { name: /Show \d+ more/ })).toHaveCount(0);

	const due = page.getByRole('region', { name: 'Follow-ups due' });
	await expect(due.getByRole('listitem')).toHaveCount(10);
	await due.getByRole('button', { name: 'Show all 180 due' }).click();
	await expect(due.getByRole('listitem')).toHaveCount(180);
	await expect(due.getByRole('listitem').nth(10).getByRole('link')).toBeFocused();
	await expect(due.getByRole('button')).toHaveCount(0);
});
