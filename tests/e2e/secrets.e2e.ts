import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { newDeployment, waitSaved, openTool } from './helpers';

const OPENAI = 'sk-proj-4fJq9ZtR2bXwL8mN3pVs7YcK1dHg6TuE0aQiWoPz';
const DB_URL = 'postgres://deploy:S3cr3t-Pa55w0rd@db.internal:5432/shop';

test('a secret is flagged where it is typed, and redacted with one click', async ({ page }) => {
	await newDeployment(page);
	const notes = page.getByRole('textbox', { name: 'Notes' });
	await notes.fill(`Rotated the key to ${OPENAI} today.`);
	const warning = page.getByRole('alert').filter({ hasText: 'looks like a secret' });
	await expect(warning).toContainText('an OpenAI API key');
	await warning.getByRole('button', { name: 'Redact' }).click();
	await expect(notes).toHaveValue('Rotated the key to [redacted openai-key] today.');
	await expect(warning).toHaveCount(0);

	const rate = page.getByRole('region', { name: 'Rate Limiting', exact: true });
	await rate.getByRole('button', { name: /Paste output/ }).click();
	const box = rate.getByRole('textbox');
	await box.fill(`DATABASE_URL=${DB_URL}\n401\n429`);
	await expect(rate.getByRole('alert')).toContainText('a database password');
	await rate.getByRole('button', { name: 'Redact' }).click();
	await expect(box).toHaveValue(
		'DATABASE_URL=postgres://deploy:[redacted]@db.internal:5432/shop\n401\n429'
	);
});

test('exports ask first when values look like secrets, and can redact them all', async ({
	page
}) => {
	await newDeployment(page);
	await page.getByLabel('On-Call Engineer').fill(`Sam, token ${OPENAI}`);
	await page.getByRole('textbox', { name: 'Notes' }).fill(`db: ${DB_URL}`);
	await waitSaved(page);
	await openTool(page, 'Report and sharing');
	await page.getByRole('button', { name: 'Export Markdown' }).click();
	const ask = page.getByRole('alert').filter({ hasText: '2 values look like secrets' });
	await expect(ask).toContainText('On-Call Engineer');
	await expect(ask).toContainText('Notes');
	await ask.getByRole('button', { name: 'Cancel' }).click();
	await expect(ask).toHaveCount(0);

	await page.getByRole('button', { name: 'Export Markdown' }).click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Redact and export' }).click();
	const text = readFileSync((await (await download).path())!, 'utf8');
	expect(text).not.toContain(OPENAI);
	expect(text).not.toContain('S3cr3t');
	expect(text).toContain('redacted');
	await expect(page.getByLabel('On-Call Engineer')).toHaveValue('Sam, token [redacted openai-key]');
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(
		'db: postgres://deploy:[redacted]@db.internal:5432/shop'
	);
});
