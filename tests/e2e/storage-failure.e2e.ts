import { expect, test } from '@playwright/test';
import { newDeployment } from './helpers';

test('a write refused for quota shows why, keeps the value and saves it once storage works', async ({
	page
}) => {
	// Make IndexedDB refuse writes with QuotaExceededError while the flag is set.
	await page.addInitScript(() => {
		const w = window as unknown as { failWrites: boolean };
		w.failWrites = false;
		for (const method of ['put', 'add'] as const) {
			const original = IDBObjectStore.prototype[method];
			IDBObjectStore.prototype[method] = function (
				this: IDBObjectStore,
				...args: [unknown, IDBValidKey?]
			) {
				if (w.failWrites)
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return original.apply(this, args);
			};
		}
	});
	await newDeployment(page);
	await page.evaluate(() => ((window as unknown as { failWrites: boolean }).failWrites = true));
	await page.getByLabel('Version').fill('9.9.9');
	await page.getByRole('checkbox', { name: 'Changes reviewed and approved' }).check();

	const alert = page.getByRole('alert');
	await expect(alert).toContainText('storage for this site is full');
	await expect(page.getByLabel('Version')).toHaveValue('9.9.9');
	await expect(page.getByRole('checkbox', { name: 'Changes reviewed and approved' })).toBeChecked();

	// Nothing half-written meanwhile: another tab sees neither the tick nor a changed summary.
	const other = await page.context().newPage();
	await other.goto('/');
	const card = other.getByRole('list', { name: 'All deployments' }).getByRole('listitem');
	await expect(card).toContainText('0 / 104');
	await expect(card).not.toContainText('9.9.9');
	await other.goto(page.url());
	await expect(
		other.getByRole('checkbox', { name: 'Changes reviewed and approved' })
	).not.toBeChecked();
	await other.close();

	await page.evaluate(() => ((window as unknown as { failWrites: boolean }).failWrites = false));
	// The automatic retry backs off up to 10 s between attempts (SaveQueue's retryDelays).
	await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', {
		timeout: 15_000
	});
	await expect(alert).toHaveCount(0);
	await page.reload();
	await expect(page.getByLabel('Version')).toHaveValue('9.9.9');
	await expect(page.getByRole('checkbox', { name: 'Changes reviewed and approved' })).toBeChecked();
});
