import { expect, test } from '@playwright/test';
import { failOnScriptSurprises, newDeployment, showSignoff, waitSaved } from './helpers';

const RATINGS = ['Security', 'Performance', 'Monitoring', 'Documentation', 'Team Readiness'];

test('a filled deployment survives a reload exactly', async ({ page }) => {
	const problems = failOnScriptSurprises(page);
	await newDeployment(page);
	const today = await page.evaluate(() => {
		const d = new Date();
		return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
	});
	await expect(page.getByLabel('Date', { exact: true })).toHaveValue(today);

	await page.getByLabel('Deployed By').fill('Zoë Łukasiewicz');
	await page.getByLabel('Version').fill('1.4.2 🚀');
	await page.getByRole('checkbox', { name: 'All tests passing (mix test)' }).check();
	await page.getByRole('checkbox', { name: 'Code formatted (mix format)' }).check();
	// A nested task: its parent shows that only some children are ticked.
	await page.getByRole('checkbox', { name: 'GOOGLE_API_KEY (if using Google/Gemini)' }).check();
	const parent = page.getByRole('checkbox', { name: 'LLM provider API key set:' });
	await expect(parent).toHaveJSProperty('indeterminate', true);
	for (const [i, name] of RATINGS.entries())
		await page
			.getByRole('radiogroup', { name })
			.getByRole('radio', { name: String(5 - (i % 2)) })
			.check();
	await showSignoff(page);
	await page.getByLabel('Developer name').fill('李雷');
	await page.getByLabel('Developer signature').fill('L. Lei');
	await page.getByLabel('Developer date').fill('2026-11-25');
	await page.getByLabel('On-Call Engineer').fill('Ωmega Ops <oncall@example.com>');
	const notes = 'First line\n  indented <b>not bold</b>\n\n🚀 done';
	await page.getByRole('textbox', { name: 'Notes' }).fill(notes);
	await expect(page.getByText('23 / 25')).toHaveCount(2);
	await waitSaved(page);

	await page.reload();
	await expect(page.getByLabel('Deployed By')).toHaveValue('Zoë Łukasiewicz');
	await expect(page.getByLabel('Version')).toHaveValue('1.4.2 🚀');
	await expect(page.getByLabel('Date', { exact: true })).toHaveValue(today);
	await expect(page.getByRole('checkbox', { name: 'All tests passing (mix test)' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Code formatted (mix format)' })).toBeChecked();
	await expect(
		page.getByRole('checkbox', { name: 'GOOGLE_API_KEY (if using Google/Gemini)' })
	).toBeChecked();
	await expect(
		page.getByRole('checkbox', {
			name: 'No compilation warnings (mix compile --warnings-as-errors)'
		})
	).not.toBeChecked();
	await expect(parent).toHaveJSProperty('indeterminate', true);
	for (const [i, name] of RATINGS.entries())
		await expect(
			page.getByRole('radiogroup', { name }).getByRole('radio', { name: String(5 - (i % 2)) })
		).toBeChecked();
	await expect(page.getByLabel('Developer name')).toHaveValue('李雷');
	await expect(page.getByLabel('Developer signature')).toHaveValue('L. Lei');
	await expect(page.getByLabel('Developer date')).toHaveValue('2026-11-25');
	await expect(page.getByLabel('On-Call Engineer')).toHaveValue('Ωmega Ops <oncall@example.com>');
	await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(notes);
	// 5 + 4 + 5 + 4 + 5 = 23 of 25, above the 20/25 threshold.
	const total = page.locator('output', { hasText: '23 / 25' });
	await expect(total).toBeVisible();
	await expect(
		page.locator('.score').filter({ has: total }).getByText('Pass mark reached')
	).toBeVisible();
	await expect(page.getByText('Ticked', { exact: false })).toHaveCount(3);
	expect(problems).toEqual([]);
});

test('a new deployment reads Not rated yet, never a red Fail; the score says what is missing to pass', async ({
	page
}) => {
	await newDeployment(page);
	const line = page.locator('.score', { has: page.locator('output') });
	await expect(line.locator('output')).toHaveText('Not rated yet');
	await expect(line).toContainText('pass mark 20 / 25');
	await expect(line).not.toContainText('Fail');
	await expect(line.locator('.badge.fail')).toHaveCount(0);
	await expect(line).toContainText(
		'Rate Security, Performance, Monitoring, Documentation and Team Readiness'
	);
	for (const name of RATINGS)
		await page.getByRole('radiogroup', { name }).getByRole('radio', { name: '3' }).check();
	await expect(line).toContainText('15 / 25');
	await expect(line).toContainText('Below the pass mark');
	await expect(line).toContainText('5 more points needed to reach 20');
	await page
		.getByRole('radiogroup', { name: 'Security' })
		.getByRole('radio', { name: '5' })
		.check();
	await page
		.getByRole('radiogroup', { name: 'Performance' })
		.getByRole('radio', { name: '5' })
		.check();
	await page
		.getByRole('radiogroup', { name: 'Monitoring' })
		.getByRole('radio', { name: '4' })
		.check();
	await expect(line).toContainText('20 / 25');
	await expect(line).toContainText('Pass mark reached');
});

test('typed markup is kept as text and never runs', async ({ page }) => {
	const problems = failOnScriptSurprises(page);
	await newDeployment(page);
	const payload = '<img src=x onerror=alert(1)><script>alert(2)</script></textarea>"\'&';
	await page.getByLabel('Deployed By').fill(payload);
	await page.getByRole('textbox', { name: 'Notes' }).fill(payload);
	await waitSaved(page);
	await page.reload();
	await expect(page.getByLabel('Deployed By')).toHaveValue(payload);
	await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(payload);
	await page.goto('/');
	await expect(page.getByText(`by ${payload}`)).toBeVisible();
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(problems).toEqual([]);
});

test('sections fold, and stay folded after a reload', async ({ page }) => {
	await newDeployment(page);
	const fold = page.getByRole('button', { name: 'Database', exact: true });
	const task = page.getByRole('checkbox', { name: 'Connection string tested' });
	await expect(task).toBeVisible();
	await fold.click();
	await expect(fold).toHaveAttribute('aria-expanded', 'false');
	await expect(task).toBeHidden();
	await page.reload();
	await expect(page.getByRole('button', { name: 'Database', exact: true })).toHaveAttribute(
		'aria-expanded',
		'false'
	);
	await expect(task).toBeHidden();
	await page.getByRole('button', { name: 'Expand all' }).click();
	await expect(task).toBeVisible();
});

test('works with the keyboard alone', async ({ page }) => {
	await newDeployment(page);
	const first = page.getByRole('checkbox', { name: 'All tests passing (mix test)' });
	await page.getByLabel('Version').focus();
	// Tab forward from the header fields to the first task, then tick it with Space.
	for (let i = 0; i < 10 && !(await first.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(first).toBeFocused();
	await page.keyboard.press('Space');
	await expect(first).toBeChecked();
	const security = page.getByRole('radiogroup', { name: 'Security' });
	await security.getByRole('radio', { name: '1' }).focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(security.getByRole('radio', { name: '3' })).toBeChecked();
	await waitSaved(page);
	await page.reload();
	await expect(first).toBeChecked();
	await expect(security.getByRole('radio', { name: '3' })).toBeChecked();
});

test('fits a 360 px wide phone without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await newDeployment(page);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await page.getByRole('checkbox', { name: 'Changes reviewed and approved' }).check();
	await expect(page.getByRole('checkbox', { name: 'Changes reviewed and approved' })).toBeChecked();
	await page.goto('/');
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
	).toBeLessThanOrEqual(0);
});
