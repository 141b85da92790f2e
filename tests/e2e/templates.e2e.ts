import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { failOnScriptSurprises, waitSaved, openTool } from './helpers';

const CHECKLIST = `---
variables:
  region: iad
---
# Release train

<!-- maintained by the platform team -->

## Before
- [ ] Tag the release
* [ ] Announce in **#deploys** with \`/deploy\`
  - [ ] Link the [changelog](https://example.com/changelog)

## After
1. [ ] Watch the dashboards
2. [ ] Close the ticket

| Role | Name |
|------|------|
| Owner | |
`;

test('import a checklist as a template, deploy from it, export Markdown and continue from it', async ({
	page
}) => {
	const problems = failOnScriptSurprises(page);
	await page.goto('/templates/');
	await expect(
		page.getByRole('heading', { name: 'Production Deployment Checklist' })
	).toBeVisible();
	await page.getByLabel('Markdown file', { exact: true }).setInputFiles({
		name: 'release-train.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(CHECKLIST)
	});
	const preview = page.getByRole('region', { name: 'Preview' });
	await expect(preview).toContainText('5 tasks (1 nested) in 3 sections');
	await expect(preview).toContainText('1 HTML comment');
	await preview.getByLabel('Template name').fill('Release train ✈️');
	await preview.getByRole('button', { name: 'Save template' }).click();
	await expect(page.getByRole('heading', { name: 'Release train ✈️' })).toBeVisible();

	await page.getByRole('button', { name: 'New deployment from Release train ✈️' }).click();
	await page.waitForURL(/\/run\/\?id=/);
	await page.getByRole('checkbox', { name: 'Tag the release' }).check();
	await page.getByRole('checkbox', { name: 'Link the changelog' }).check();
	await page.getByLabel('Owner name').fill('Zoë | “ops” *lead*');
	await waitSaved(page);

	const download = page.waitForEvent('download');
	await openTool(page, 'Report and sharing');
	await page.getByRole('button', { name: 'Export Markdown' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^deploy-Release-train-\d{4}-\d\d-\d\d\.md$/);
	const exported = readFileSync((await file.path())!, 'utf8');
	expect(exported).toContain('- [x] Tag the release');
	expect(exported).toContain('## After');
	expect(exported).toContain('Zo');

	await page.goto('/');
	await page.getByLabel('Filled report (Markdown)').setInputFiles({
		name: 'report.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(exported)
	});
	await page.waitForURL(/\/run\/\?id=/);
	await expect(page.getByRole('checkbox', { name: 'Tag the release' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Link the changelog' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Watch the dashboards' })).not.toBeChecked();
	await expect(page.getByLabel('Owner name')).toHaveValue('Zoë | “ops” *lead*');
	expect(problems).toEqual([]);
});

test('a changed copy of the built-in template can be saved; the built-in cannot be deleted', async ({
	page
}) => {
	await page.goto('/templates/');
	const builtin = page.getByRole('listitem').filter({ hasText: 'Built-in' });
	await expect(builtin.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
	await builtin.getByRole('button', { name: /Edit a copy/ }).click();
	const text = page.getByLabel('…or paste Markdown');
	await expect(text).toHaveValue(/# Production Deployment Checklist/);
	await text.press('ControlOrMeta+End');
	await text.pressSequentially('\n\n## Extra\n\n- [ ] Update the status page\n');
	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(page.getByRole('region', { name: 'Preview' })).toContainText('105 tasks');
	await page.getByLabel('Template name').fill('Production + status page');
	await page.getByRole('button', { name: 'Save template' }).click();
	const copy = page.getByRole('listitem').filter({ hasText: 'Production + status page' });
	await expect(copy).toContainText('105 tasks');

	await copy.getByRole('button', { name: /^Rename/ }).click();
	await copy.getByRole('textbox').fill('Prod with status');
	await copy.getByRole('button', { name: 'Save name' }).click();
	const renamed = page.getByRole('listitem').filter({ hasText: 'Prod with status' });
	await renamed.getByRole('button', { name: /^Delete/ }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
	await expect(renamed).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('listitem').filter({ hasText: 'Prod with status' })).toBeVisible();
});

for (const [what, file, words] of [
	['an empty file', { name: 'empty.md', buffer: Buffer.alloc(0) }, 'empty'],
	[
		'a binary file',
		{ name: 'logo.png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2]) },
		'binary'
	],
	[
		'invalid UTF-8',
		{
			name: 'latin1.md',
			buffer: Buffer.from([0x2d, 0x20, 0x5b, 0x20, 0x5d, 0x20, 0xe9, 0x74, 0xe9])
		},
		'UTF-8'
	],
	['a file over 2 MB', { name: 'huge.md', buffer: Buffer.alloc(2_100_000, 'a') }, '2 MB'],
	[
		'a document with no tasks',
		{ name: 'prose.md', buffer: Buffer.from('# Notes\n\nJust prose.\n') },
		'no checklist items'
	]
] as const) {
	test(`refuses ${what} with a clear message and saves nothing`, async ({ page }) => {
		await page.goto('/templates/');
		await expect(
			page.getByRole('heading', { name: 'Production Deployment Checklist' })
		).toBeVisible();
		await page
			.getByLabel('Markdown file', { exact: true })
			.setInputFiles({ ...file, mimeType: 'text/markdown' });
		await expect(page.getByRole('alert')).toContainText(words);
		await expect(page.getByRole('region', { name: 'Preview' })).toHaveCount(0);
		await expect(page.getByRole('list').first().getByRole('listitem')).toHaveCount(1);
	});
}
