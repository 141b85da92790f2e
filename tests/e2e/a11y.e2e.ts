import { expect, test } from '@playwright/test';
import { newDeployment, seriousViolations } from './helpers';

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} theme`, () => {
		test.use({ colorScheme });

		test('home has no serious accessibility violations', async ({ page }) => {
			await page.goto('/');
			await expect(page.getByText('No deployments yet')).toBeVisible();
			expect(await seriousViolations(page)).toEqual([]);
			await newDeployment(page);
			await page.goto('/');
			await expect(
				page
					.getByRole('list', { name: 'All deployments' })
					.getByRole('link', { name: /Production Deployment Checklist/ })
			).toBeVisible();
			expect(await seriousViolations(page)).toEqual([]);
		});

		test('a deployment page has no serious accessibility violations', async ({ page }) => {
			// axe walks every node of a 104-task page: on a busy 2-core machine that alone can take
			// 20 s or more.
			test.setTimeout(90_000);
			await newDeployment(page);
			await page.getByRole('checkbox', { name: 'Changes reviewed and approved' }).check();
			await page
				.getByRole('radiogroup', { name: 'Security' })
				.getByRole('radio', { name: '4' })
				.check();
			expect(await seriousViolations(page)).toEqual([]);
		});
	});
}
