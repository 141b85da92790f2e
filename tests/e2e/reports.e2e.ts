// The Markdown report as a reader gets it (verdict first, values filled, no data: URL) and
// "Verify a report" on the home page.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { failOnScriptSurprises, newDeployment, openTool, showSignoff, waitSaved } from './helpers';

/** Exports the open deployment as Markdown and returns the file's text. */
async function exportMarkdown(page: Page): Promise<string> {
	await waitSaved(page);
	await openTool(page, 'Report and sharing');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export Markdown' }).click();
	return readFileSync((await (await download).path())!, 'utf8');
}

/** Verifies a report on the home page and returns the verification region. */
async function verify(page: Page, text: string) {
	await page.goto('/');
	await page.getByLabel('Report or backup to verify').setInputFiles({
		name: 'report.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(text)
	});
	const region = page.getByRole('region', { name: 'Report verification' });
	await expect(region.getByRole('heading', { name: 'Verification of “report.md”' })).toBeVisible({
		timeout: 15_000
	});
	return region;
}

test('a report leads with the verdict, fills commands and holds no data: URL for a drawn signature', async ({
	page
}) => {
	const problems = failOnScriptSurprises(page);
	await newDeployment(page);
	await openTool(page, 'Live probes');
	await page.getByRole('textbox', { name: 'Target URL' }).fill('https://shop.example.com');
	await openTool(page, 'Command values');
	await page.getByLabel('App name').fill('shop-prod');
	await showSignoff(page);
	await page.getByLabel('Tech Lead name').fill('李雷');
	await page.getByRole('button', { name: 'Draw Tech Lead signature' }).click();
	const pad = page.getByLabel('Drawing area for the Tech Lead signature');
	await pad.scrollIntoViewIfNeeded();
	const box = (await pad.boundingBox())!;
	await page.mouse.move(box.x + 10, box.y + 40);
	await page.mouse.down();
	for (let x = 20; x < 200; x += 15) await page.mouse.move(box.x + x, box.y + 40 + (x % 30) - 15);
	await page.mouse.up();
	await page.getByRole('button', { name: 'Use drawing' }).click();
	await expect(page.getByRole('img', { name: 'Drawn Tech Lead signature' })).toBeVisible();
	await page.getByRole('textbox', { name: 'Notes' }).fill('Rolled out behind a flag.');

	const text = await exportMarkdown(page);
	expect(text).not.toContain('data:');
	expect(text).toContain('| Tech Lead | 李雷 | (drawn signature, see PDF) |');
	expect(text).toMatch(
		/^<!-- shipshape-verdict -->\n> \[!CAUTION\]\n> \*\*Release verdict: Not ready\*\*/
	);
	expect(text).toContain('fly ssh console --app shop-prod');
	expect(text).toContain('  - [ ] URL: `https://shop.example.com/health`');
	expect(text).not.toContain('your-app');
	expect(text).toContain('## Notes\n\nRolled out behind a flag.\n');
	expect(text).not.toContain('_Use this space');
	expect(text).toMatch(/<!-- shipshape-content\nss1\.[A-Za-z0-9_-]{72}\n/);
	expect(problems).toEqual([]);
});

test('Verify a report accepts an untouched export and refuses one with a changed tick, naming it', async ({
	page
}) => {
	const problems = failOnScriptSurprises(page);
	await newDeployment(page);
	await page.getByRole('checkbox', { name: 'All tests passing (mix test)' }).check();
	await page.getByLabel('Version').fill('2.0.0');
	const text = await exportMarkdown(page);

	const untouched = await verify(page, text);
	await expect(untouched.getByText('This report shows exactly its embedded content')).toBeVisible();
	await expect(
		untouched.getByText('No fingerprint is printed: this report was not signed.')
	).toBeVisible();
	await expect(untouched.getByText('Developer has not signed.')).toBeVisible();

	const changed = text.replace('- [x] All tests passing', '- [ ] All tests passing');
	expect(changed).not.toBe(text);
	const refused = await verify(page, changed);
	await expect(
		refused.getByText(/does not match what was fingerprinted: 1 difference/)
	).toBeVisible();
	await expect(
		refused.getByText(
			'“All tests passing (mix test)” is open in the report but was ticked when fingerprinted.'
		)
	).toBeVisible();
	expect(problems).toEqual([]);
});

test('Verify a report says in words why a file cannot be verified', async ({ page }) => {
	await page.goto('/');
	// The list is read once the page runs: a file chosen before that would find no listener.
	await expect(page.getByRole('heading', { name: 'No deployments yet' })).toBeVisible();
	await page.getByLabel('Report or backup to verify').setInputFiles({
		name: 'plain.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from('# Just notes\n\n- [ ] a task\n')
	});
	await expect(
		page.getByRole('region', { name: 'Report verification' }).getByText(/has no embedded content/)
	).toBeVisible({ timeout: 15_000 });
});
