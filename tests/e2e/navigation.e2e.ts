import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { completeRelease, newDeployment } from './helpers';

const SCREENS = [
	{ name: 'phone', viewport: { width: 390, height: 844 } },
	{ name: 'desktop', viewport: { width: 1280, height: 900 } }
] as const;

async function seriousViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`);
}

/** The outline: a landmark beside the checklist, or behind the sticky bar's button on a phone. */
async function outline(page: Page, phone: boolean) {
	if (phone) await page.getByRole('button', { name: 'Sections', exact: true }).click();
	return page.getByRole('navigation', { name: 'Sections' });
}

for (const screen of SCREENS)
	for (const colorScheme of ['light', 'dark'] as const)
		test.describe(`${screen.name}, ${colorScheme}`, () => {
			test.use({ viewport: screen.viewport, colorScheme });
			// axe walks every node of a 104-task page: slow on a busy 2-core machine.
			test.slow();
			const phone = screen.name === 'phone';

			test('opens on the checklist: title, header fields and verdict first, setup one click away', async ({
				page
			}) => {
				await newDeployment(page);
				for (const label of ['Date', 'Deployed By', 'Version'])
					await expect(page.getByLabel(label, { exact: true })).toBeInViewport();
				const verdict = page.getByRole('region', { name: 'Release verdict' });
				await expect(verdict).toBeInViewport();
				// Not ready, but nothing failed: no red, neither in the region nor in the sticky bar.
				await expect(verdict).toHaveAttribute('data-tone', 'open');
				const badge = page.locator('.status-bar .badge');
				await expect(badge).toHaveAttribute('data-tone', 'open');
				const red = await page.evaluate(() =>
					getComputedStyle(document.documentElement).getPropertyValue('--bad').trim()
				);
				const colour = await badge.evaluate((b) => getComputedStyle(b).color);
				const probe = await page.evaluate((c) => {
					const el = document.createElement('span');
					el.style.color = c;
					document.body.append(el);
					const rgb = getComputedStyle(el).color;
					el.remove();
					return rgb;
				}, red);
				expect(colour).not.toBe(probe);
				await expect(page.getByRole('textbox', { name: 'Target URL' })).toHaveCount(0);
				const bar = page.locator('.status-bar');
				// The sticky bar is one line and never scrolls sideways.
				const box = (await bar.boundingBox())!;
				expect(box.height).toBeLessThan(60);
				expect(await bar.evaluate((b) => b.scrollWidth <= b.clientWidth)).toBe(true);
				expect(await seriousViolations(page)).toEqual([]);
			});

			test('the outline lists every section with its progress and jumps to it', async ({
				page
			}) => {
				await newDeployment(page);
				const nav = await outline(page, phone);
				await expect(nav.locator(':scope > ol > li > a')).toHaveCount(13);
				await expect(nav.locator(':scope > ol > li > ol > li > a')).toHaveCount(15);
				await expect(nav.getByRole('link', { name: 'Database 0/5' })).toBeVisible();
				await nav.getByRole('link', { name: 'Database 0/5' }).click();
				await expect(page.getByRole('button', { name: 'Database', exact: true })).toBeFocused();
				await expect(
					page.getByRole('checkbox', { name: 'Database created and accessible' })
				).toBeInViewport();
				await page.getByRole('checkbox', { name: 'Database created and accessible' }).check();
				const again = await outline(page, phone);
				await expect(again.getByRole('link', { name: 'Database 1/5' })).toBeVisible();
				expect(await seriousViolations(page)).toEqual([]);
			});

			test('“Next open task” moves to the next gate task and wraps round', async ({ page }) => {
				test.setTimeout(60_000);
				await newDeployment(page);
				await completeRelease(page);
				const first = page.getByRole('checkbox', { name: 'All tests passing (mix test)' });
				const later = page.getByRole('checkbox', { name: 'Log retention policy set' });
				await first.uncheck();
				await later.uncheck();
				const next = page.getByRole('button', { name: 'Next open task' });
				await expect(next).toHaveAttribute('aria-keyshortcuts', 'Alt+N');
				await next.click();
				await expect(first).toBeFocused();
				await expect(first).toBeInViewport();
				await page.keyboard.press('Alt+N');
				await expect(later).toBeFocused();
				await next.click();
				await expect(first).toBeFocused();
				// A task marked not applicable is not open.
				await page
					.getByRole('button', { name: 'Not applicable: Log retention policy set' })
					.click();
				await page.getByRole('button', { name: 'Mark not applicable' }).click();
				await first.focus();
				await page.keyboard.press('Alt+N');
				await expect(first).toBeFocused();
			});

			test('“Collapse all” keeps every heading and the header fields, and survives a reload', async ({
				page
			}) => {
				await newDeployment(page);
				await page.getByRole('button', { name: 'Collapse all' }).click();
				const h2 = page.locator('section.level-2 > .head > h2');
				await expect(h2).toHaveCount(13);
				for (const heading of await h2.all()) await expect(heading).toBeVisible();
				await expect(
					page.getByRole('button', { name: 'Security Headers', exact: true })
				).toBeVisible();
				await expect(page.getByLabel('Version')).toBeVisible();
				await expect(
					page.getByRole('checkbox', { name: 'Database created and accessible' })
				).toBeHidden();
				await page.reload();
				await expect(
					page.getByRole('checkbox', { name: 'Database created and accessible' })
				).toBeHidden();
				for (const heading of await page.locator('section.level-2 > .head > h2').all())
					await expect(heading).toBeVisible();
				await page.getByRole('button', { name: 'Expand all' }).click();
				await expect(
					page.getByRole('checkbox', { name: 'Database created and accessible' })
				).toBeVisible();
			});
		});
