// Shared steps for the browser tests.
import { expect, type Page } from '@playwright/test';

/** Creates a deployment from the home page and returns its id once its page is ready. */
export async function newDeployment(page: Page): Promise<string> {
	await page.goto('/');
	await page.getByRole('button', { name: 'New deployment' }).click();
	await page.waitForURL(/\/run\/\?id=/);
	await expect(page.getByLabel('Version')).toBeVisible();
	return new URL(page.url()).searchParams.get('id') ?? '';
}

/** Waits until every change the page shows is stored. */
export async function waitSaved(page: Page): Promise<void> {
	await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

/** Fails the test on any dialog or uncaught script error in the page. */
export function failOnScriptSurprises(page: Page): string[] {
	const problems: string[] = [];
	page.on('dialog', async (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		await dialog.dismiss();
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	return problems;
}
