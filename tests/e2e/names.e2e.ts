// Deployment names (default, rename, everywhere they show), the template question of "New
// deployment", and the template preview's outline; at phone and desktop widths, light and dark.
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import {
	failOnScriptSurprises,
	newDeployment,
	openTool,
	seriousViolations,
	waitSaved
} from './helpers';

const TRAIN = `# Release train

## Before
- [ ] Tag the release
* [ ] Announce in **#deploys** with \`/deploy\`
  - [ ] Link the [changelog](https://example.com/changelog)

## After
1. [ ] Watch the dashboards
`;

/** Saves a pasted Markdown checklist as a template on the templates page. */
async function saveTemplate(page: Page, markdown: string, name: string) {
	await page.goto('/templates/');
	await page.getByLabel('…or paste Markdown').fill(markdown);
	await page.getByRole('button', { name: 'Preview', exact: true }).click();
	const preview = page.getByRole('region', { name: 'Preview' });
	await preview.getByLabel('Template name').fill(name);
	await preview.getByRole('button', { name: 'Save template' }).click();
	await expect(page.getByRole('heading', { name })).toBeVisible();
}

/** Exports through a button and returns the file's name and path. */
async function exported(page: Page, button: 'Export PDF' | 'Export Markdown') {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	const file = await download;
	return { name: file.suggestedFilename(), path: (await file.path())! };
}

/** The text of a PDF's first page. */
function firstPage(path: string): string {
	return execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', path, '-'], {
		encoding: 'utf8'
	});
}

const today = () => new Date().toLocaleDateString('sv-SE');

for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 1280, height: 900 }
])
	for (const colorScheme of ['light', 'dark'] as const)
		test.describe(`${viewport.width}px ${colorScheme}`, () => {
			test.use({ viewport, colorScheme });

			test('a deployment is named by app, version and date, and can be renamed', async ({
				page,
				context
			}) => {
				// Two PDFs and a second tab: slow on a busy 2-core machine.
				test.setTimeout(120_000);
				const problems = failOnScriptSurprises(page);
				await newDeployment(page);
				const name = page.getByTestId('deployment-name');
				// Only the Date is known yet (it starts as today): the template title says what.
				await expect(name).toHaveText(`Production Deployment Checklist · ${today()}`);
				await expect(page).toHaveTitle(`Production Deployment Checklist · ${today()} · Shipshape`);

				await page.getByLabel('Date', { exact: true }).fill('');
				await expect(name).toHaveText('Production Deployment Checklist');
				await openTool(page, 'Live probes');
				await page.getByLabel('Target URL').fill('https://shop.example');
				await expect(name).toHaveText('shop.example');
				await openTool(page, 'Command values');
				await page.getByLabel('App name').fill('shop-prod');
				await page.getByLabel('Version').fill('1.4.2');
				await page.getByLabel('Date', { exact: true }).fill('2026-11-26');
				await expect(name).toHaveText('shop-prod 1.4.2 · 2026-11-26');
				await expect(page).toHaveTitle('shop-prod 1.4.2 · 2026-11-26 · Shipshape');
				await waitSaved(page);

				await openTool(page, 'Report and sharing');
				const pdf = await exported(page, 'Export PDF');
				expect(pdf.name).toBe('deploy-shop-prod-1.4.2-2026-11-26.pdf');
				expect(firstPage(pdf.path)).toContain('shop-prod 1.4.2 · 2026-11-26');

				// Rename: Escape and Cancel change nothing; Enter saves.
				const rename = page.getByRole('button', { name: 'Rename' });
				await rename.click();
				const box = page.getByRole('textbox', { name: 'Deployment name' });
				const form = page.locator('form').filter({ has: box });
				await expect(box).toBeFocused();
				await expect(box).toHaveValue('shop-prod 1.4.2 · 2026-11-26');
				// The whole 104-task page takes axe long on a small machine: check the part that changed.
				expect(await seriousViolations(page, 'form.edit')).toEqual([]);
				await box.fill('Not this');
				await box.press('Escape');
				await expect(box).toHaveCount(0);
				await expect(rename).toBeFocused();
				await rename.click();
				await box.fill('Not this either');
				await form.getByRole('button', { name: 'Cancel', exact: true }).click();
				await expect(name).toHaveText('shop-prod 1.4.2 · 2026-11-26');
				await rename.click();
				await box.fill('  Black Friday hotfix ');
				await box.press('Enter');
				await expect(name).toHaveText('Black Friday hotfix');
				await expect(page).toHaveTitle('Black Friday hotfix · Shipshape');
				await waitSaved(page);

				// Another tab sees the new name, and it stays after a reload.
				const other = await context.newPage();
				await other.goto(page.url());
				await expect(other.getByTestId('deployment-name')).toHaveText('Black Friday hotfix');
				await other.close();
				await page.reload();
				await expect(name).toHaveText('Black Friday hotfix');

				const md = await exported(page, 'Export Markdown');
				expect(md.name).toBe('deploy-Black-Friday-hotfix.md');
				const named = await exported(page, 'Export PDF');
				expect(named.name).toBe('deploy-Black-Friday-hotfix.pdf');
				expect(firstPage(named.path)).toContain('Black Friday hotfix');

				await page.goto('/');
				const list = page.getByRole('list', { name: 'All deployments' });
				await expect(list.getByRole('link', { name: 'Black Friday hotfix' })).toBeVisible();

				// Saving the name empty goes back to the name made of the values.
				await list.getByRole('link', { name: 'Black Friday hotfix' }).click();
				await page.getByRole('button', { name: 'Rename' }).click();
				await box.fill('');
				await form.getByRole('button', { name: 'Save', exact: true }).click();
				await expect(name).toHaveText('shop-prod 1.4.2 · 2026-11-26');
				await waitSaved(page);
				await page.goto('/');
				await expect(
					list.getByRole('link', { name: 'shop-prod 1.4.2 · 2026-11-26', exact: true })
				).toBeVisible();
				expect(problems).toEqual([]);
			});

			test('"New deployment" asks which template when there are several, and remembers', async ({
				page
			}) => {
				test.setTimeout(60_000);
				const problems = failOnScriptSurprises(page);
				// With only the built-in template, it starts straight away (the helper waits for /run/).
				await newDeployment(page);
				await saveTemplate(page, TRAIN, 'Release train ✈️');

				await page.goto('/');
				const list = page.getByRole('list', { name: 'All deployments' });
				await expect(list.getByRole('listitem')).toHaveCount(1);
				await page.getByRole('button', { name: 'New deployment' }).click();
				const dialog = page.getByRole('dialog', { name: 'New deployment' });
				await expect(dialog).toBeVisible();
				const radios = dialog.getByRole('radio');
				await expect(radios).toHaveCount(2);
				await expect(radios.nth(0)).toHaveAccessibleName(/^Production Deployment Checklist/);
				await expect(radios.nth(1)).toHaveAccessibleName(/^Release train ✈️/);
				await expect(radios.nth(0)).toBeChecked();
				await expect(radios.nth(0)).toBeFocused();
				expect(await seriousViolations(page)).toEqual([]);

				await dialog.getByRole('radio', { name: /Release train/ }).check();
				await dialog.getByRole('button', { name: 'Start deployment' }).click();
				await page.waitForURL(/\/run\/\?id=/);
				await expect(page.getByRole('checkbox', { name: 'Tag the release' })).toBeVisible();
				await expect(page.getByTestId('deployment-name')).toHaveText('Release train');

				// The last choice is preselected, also after a reload; Cancel and Escape start nothing.
				await page.goto('/');
				await page.getByRole('button', { name: 'New deployment' }).click();
				await expect(dialog.getByRole('radio', { name: /Release train/ })).toBeChecked();
				await dialog.getByRole('button', { name: 'Cancel' }).click();
				await expect(dialog).toBeHidden();
				await page.reload();
				await page.getByRole('button', { name: 'New deployment' }).click();
				await expect(dialog.getByRole('radio', { name: /Release train/ })).toBeChecked();
				await expect(dialog.getByRole('radio', { name: /Release train/ })).toBeFocused();
				await page.keyboard.press('Escape');
				await expect(dialog).toBeHidden();
				await expect(page).toHaveURL(/\/$/);
				await expect(list.getByRole('listitem')).toHaveCount(2);

				await page.getByRole('button', { name: 'New deployment' }).click();
				await dialog.getByRole('radio', { name: /Production Deployment Checklist/ }).check();
				await dialog.getByRole('button', { name: 'Start deployment' }).click();
				await page.waitForURL(/\/run\/\?id=/);
				await expect(page.getByLabel('Version')).toBeVisible();
				await page.goto('/');
				await expect(list.getByRole('listitem')).toHaveCount(3);
				await page.getByRole('button', { name: 'New deployment' }).click();
				await expect(
					dialog.getByRole('radio', { name: /Production Deployment Checklist/ })
				).toBeChecked();
				expect(problems).toEqual([]);
			});

			test('the template preview shows the sections and tasks, read-only, before saving', async ({
				page
			}) => {
				await page.goto('/templates/');
				await page.getByLabel('…or paste Markdown').fill(TRAIN);
				await page.getByRole('button', { name: 'Preview', exact: true }).click();
				const preview = page.getByRole('region', { name: 'Preview' });
				const outline = preview.getByRole('region', { name: 'Checklist outline' });
				await expect(outline).toBeVisible();
				await expect(outline.getByRole('heading')).toHaveText(['Release train', 'Before', 'After']);
				// Nested as written: sections in the title's section, the sub-task under its task.
				const release = outline
					.getByRole('listitem')
					.filter({ has: page.getByRole('heading', { name: 'Release train' }) });
				await expect(
					release
						.getByRole('listitem')
						.filter({ has: page.getByRole('heading', { name: 'After' }) })
				).toContainText('Watch the dashboards');
				const announce = outline
					.getByRole('listitem')
					.filter({ hasText: /^☐\s*Announce in #deploys with \/deploy/ });
				await expect(announce.getByRole('listitem')).toHaveText(/Link the changelog/);
				await expect(outline.getByText('Tag the release')).toBeVisible();
				// Read-only: nothing to tick, and nothing saved yet.
				await expect(preview.getByRole('checkbox')).toHaveCount(0);
				await expect(preview.locator('input[type=checkbox]')).toHaveCount(0);
				await expect(page.getByRole('heading', { name: 'Release train', level: 2 })).toHaveCount(0);
				expect(await seriousViolations(page)).toEqual([]);

				// A long checklist scrolls inside its box; the keyboard can reach it.
				await page
					.getByRole('listitem')
					.filter({ hasText: 'Built-in' })
					.getByRole('button', { name: /Edit a copy/ })
					.click();
				await page.getByRole('button', { name: 'Preview', exact: true }).click();
				await expect(outline.getByRole('heading').first()).toHaveText(
					'Production Deployment Checklist'
				);
				await expect(outline.getByText('All tests passing (mix test)')).toBeAttached();
				const box = await outline.evaluate((el) => ({
					height: el.getBoundingClientRect().height,
					scrolls: el.scrollHeight > el.clientHeight,
					tabIndex: el.tabIndex
				}));
				expect(box.height).toBeLessThanOrEqual(24 * 16 + 2);
				expect(box.scrolls).toBe(true);
				expect(box.tabIndex).toBe(0);
				await preview.getByRole('button', { name: 'Discard' }).click();
				await expect(outline).toHaveCount(0);
			});
		});
