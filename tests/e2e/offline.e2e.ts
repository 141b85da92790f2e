import { expect, test } from '@playwright/test';
import { startCountingServer } from '../fixtures/counting-server';
import { newDeployment, waitForServiceWorker, waitSaved } from './helpers';

test('after one online visit, home and a deep link load and work with the network off', async ({
	page,
	context
}) => {
	const id = await newDeployment(page);
	await page.getByLabel('Version').fill('offline-1');
	await waitSaved(page);
	await waitForServiceWorker(page);

	await context.setOffline(true);
	// The network really is off: a URL the worker never cached cannot be fetched.
	const uncached = await page.evaluate(() =>
		fetch(`/not-cached-${Date.now()}.txt`, { cache: 'no-store' }).then(
			() => 'fetched',
			() => 'failed'
		)
	);
	expect(uncached).toBe('failed');

	await page.goto('/');
	await expect(
		page
			.getByRole('list', { name: 'All deployments' })
			.getByRole('link', { name: /Checklist offline-1 ·/ })
	).toBeVisible();
	await expect(page.getByText('You are offline.')).toBeVisible();
	await page.reload();
	await expect(
		page
			.getByRole('list', { name: 'All deployments' })
			.getByRole('link', { name: /Checklist offline-1 ·/ })
	).toBeVisible();

	await page.goto(`/run/?id=${id}`);
	await expect(page.getByLabel('Version')).toHaveValue('offline-1');
	await page.getByRole('checkbox', { name: 'Changes reviewed and approved' }).check();
	await page.getByLabel('Deployed By').fill('Zoë offline');
	await waitSaved(page);
	await page.reload();
	await expect(page.getByRole('checkbox', { name: 'Changes reviewed and approved' })).toBeChecked();
	await expect(page.getByLabel('Deployed By')).toHaveValue('Zoë offline');

	await context.setOffline(false);
	await expect(page.getByText('You are offline.')).toHaveCount(0);
});

test('a cross-origin request goes to the network, never to the worker or its caches', async ({
	page
}) => {
	const target = await startCountingServer();
	try {
		await page.goto('/');
		await waitForServiceWorker(page);
		const viaWorker: boolean[] = [];
		page.on(
			'response',
			(r) => r.url().startsWith(target.url) && viaWorker.push(r.fromServiceWorker())
		);
		const answers = await page.evaluate(async (url) => {
			// no-store keeps the browser's HTTP cache out of it; a worker cache would still answer.
			const a = await (await fetch(`${url}/health`, { cache: 'no-store' })).json();
			const b = await (await fetch(`${url}/health`, { cache: 'no-store' })).json();
			return [a.hits, b.hits];
		}, target.url);
		expect(answers).toEqual([1, 2]);
		expect(target.hits()).toBe(2);
		expect(viaWorker).toEqual([false, false]);
		const cached = await page.evaluate(async (origin) => {
			const found: string[] = [];
			for (const name of await caches.keys())
				for (const req of await (await caches.open(name)).keys())
					if (req.url.startsWith(origin)) found.push(req.url);
			return found;
		}, target.url);
		expect(cached).toEqual([]);
	} finally {
		await target.close();
	}
});

test('the storage panel says whether data is persistent and how much is used', async ({ page }) => {
	await newDeployment(page);
	await page.goto('/');
	const panel = page.getByRole('region', { name: 'Storage' });
	await expect(panel.getByText('Persistent')).toBeVisible();
	await expect(panel.getByText(/ of .* \(/)).toBeVisible();
	const persisted = await page.evaluate(() => navigator.storage.persisted());
	if (persisted) await expect(panel.getByText('keeps Shipshape’s data')).toBeVisible();
	else await expect(panel.getByText('Export a backup')).toBeVisible();
});

test('"Install app" appears only when the browser offers installation', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Deployments', exact: true })).toBeVisible();
	await waitForServiceWorker(page);
	const install = page.getByRole('button', { name: 'Install app' });
	await expect(install).toHaveCount(0);
	// Chromium fires beforeinstallprompt only after engagement; play the event it would send.
	await page.evaluate(() => {
		const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & {
			prompt: () => Promise<void>;
			userChoice: Promise<{ outcome: string }>;
		};
		event.prompt = async () => void ((window as unknown as { prompted: boolean }).prompted = true);
		event.userChoice = Promise.resolve({ outcome: 'dismissed' });
		dispatchEvent(event);
	});
	await expect(install).toBeVisible();
	await install.click();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted))
		.toBe(true);
	await expect(install).toBeVisible();
	await page.evaluate(() => dispatchEvent(new Event('appinstalled')));
	await expect(install).toHaveCount(0);
});
