import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { newDeployment, waitSaved, openTool } from './helpers';

test('a backup exported, then imported after a delete, restores the deployment', async ({
	page
}) => {
	await newDeployment(page);
	await page.getByLabel('Version').fill('backup-1');
	await page.getByRole('checkbox', { name: 'Changes reviewed and approved' }).check();
	await page.getByRole('textbox', { name: 'Notes' }).fill('李雷 was on call 🚀');
	await waitSaved(page);
	await page.goto('/');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export backup' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^shipshape-backup-\d{4}-\d\d-\d\d\.json$/);
	const backup = readFileSync((await file.path())!);

	await page.getByRole('button', { name: /^Delete/ }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByText('No deployments yet')).toBeVisible();

	// A corrupted or foreign file is refused and changes nothing.
	await page.getByLabel('Backup file').setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: backup.subarray(0, 200)
	});
	await expect(page.getByRole('alert')).toContainText('corrupted');
	await page.getByLabel('Backup file').setInputFiles({
		name: 'other.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"hello":"world"}')
	});
	await expect(page.getByRole('alert')).toContainText('not a Shipshape backup');
	await expect(page.getByText('No deployments yet')).toBeVisible();

	await page
		.getByLabel('Backup file')
		.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
	const preview = page.getByRole('region', { name: 'Import preview' });
	await expect(preview).toContainText('Adds 1 deployment');
	await expect(preview).toContainText('version backup-1');
	await preview.getByRole('button', { name: 'Import' }).click();
	const link = page
		.getByRole('list', { name: 'All deployments' })
		.getByRole('link', { name: /Checklist backup-1 ·/ });
	await expect(link).toBeVisible();

	// Importing the same file again adds nothing.
	await page
		.getByLabel('Backup file')
		.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
	await expect(page.getByText('holds nothing that is not already here')).toBeVisible();
	await link.click();
	await expect(page.getByRole('checkbox', { name: 'Changes reviewed and approved' })).toBeChecked();
	await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('李雷 was on call 🚀');
});

test('on a deployment page, each export says how it went, a backup after a report too', async ({
	page
}) => {
	await newDeployment(page);
	await openTool(page, 'Report and sharing');
	const exports = page.getByRole('region', { name: 'Report and sharing' });
	const markdown = page.waitForEvent('download');
	await exports.getByRole('button', { name: 'Export Markdown' }).click();
	await markdown;
	await expect(exports.getByRole('status').filter({ hasText: /\.md/ })).toBeVisible();
	const backup = page.waitForEvent('download');
	await exports.getByRole('button', { name: 'Export backup' }).click();
	await backup;
	await expect(exports.getByRole('status').filter({ hasText: 'Backup saved' })).toBeVisible();
	await expect(exports.getByRole('status').filter({ hasText: /\.md/ })).toHaveCount(0);
});
