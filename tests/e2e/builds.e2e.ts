// Tests that build the app again (a second version, a base path). They share .svelte-kit/,
// so they run one after another in one worker (`default` mode: in order, none skipped).
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { serve } from '../../scripts/serve.js';
import {
	buildVariant,
	cachedUrls,
	newDeployment,
	openTool,
	waitForServiceWorker,
	waitSaved
} from './helpers';

test.describe.configure({ mode: 'default' });

test('a new version waits for the person, then reloads with every change kept', async ({
	browser
}) => {
	test.setTimeout(120_000);
	// A real second build of the app, with its own version name, served by a switchable server.
	const v2 = buildVariant('update-v2', { SHIPSHAPE_VERSION: 'update-test-v2' });
	let dir = 'build';
	const server = await serve({ port: 0, dir: () => dir });
	const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
	const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'allow' });
	try {
		const page = await context.newPage();
		await newDeployment(page);
		await page.getByLabel('Version').fill('before-update');
		await waitSaved(page);
		await waitForServiceWorker(page);
		await expect(page.locator('footer')).not.toContainText('update-test-v2');
		const v1Cache = await cachedUrls(page);

		dir = v2;
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		const banner = page.getByRole('region', { name: 'Update' });
		await expect(banner).toContainText('A new version is ready', { timeout: 15_000 });
		// The banner does not block: the person keeps working, and nothing reloads by itself.
		await page.getByRole('textbox', { name: 'Notes' }).fill('typed just before the update ✍️');
		await page.getByRole('checkbox', { name: 'Changes reviewed and approved' }).check();
		await expect(page.locator('footer')).not.toContainText('update-test-v2');

		await banner.getByRole('button', { name: 'Reload' }).click();
		await expect(page.locator('footer')).toContainText('Shipshape update-test-v2', {
			timeout: 15_000
		});
		await expect(page.getByLabel('Version')).toHaveValue('before-update');
		await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(
			'typed just before the update ✍️'
		);
		await expect(
			page.getByRole('checkbox', { name: 'Changes reviewed and approved' })
		).toBeChecked();
		await expect(page.getByRole('region', { name: 'Update' })).toHaveCount(0);

		// The old version's files are gone from the caches; the new version's are there.
		const v2Cache = await cachedUrls(page);
		const v1Only = v1Cache.filter(
			(url) => !v2Cache.includes(url) && url.includes('/_app/immutable/')
		);
		expect(v1Only.length).toBeGreaterThan(0);
		await expect
			.poll(async () => (await cachedUrls(page)).filter((u) => v1Only.includes(u)))
			.toEqual([]);
	} finally {
		await context.close();
		await new Promise((ok) => server.close(ok));
	}
});

test('built with BASE_PATH, the app works under that sub-path, offline too', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const dir = buildVariant('subpath', { BASE_PATH: '/shipshape' });
	const server = await serve({ port: 0, dir, base: '/shipshape' });
	const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
	const context = await browser.newContext({
		serviceWorkers: 'allow',
		permissions: ['clipboard-read', 'clipboard-write']
	});
	try {
		const page = await context.newPage();
		const failed: string[] = [];
		page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
		await page.goto(`${origin}/shipshape/`);
		await page.getByRole('button', { name: 'New deployment' }).click();
		await page.waitForURL(`${origin}/shipshape/run/?id=*`);
		await page.getByLabel('Version').fill('sub-path');
		await waitSaved(page);
		await waitForServiceWorker(page);
		expect(
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)
		).toBe(`${origin}/shipshape/`);
		await context.setOffline(true);
		await page.reload();
		await expect(page.getByLabel('Version')).toHaveValue('sub-path');
		await page.getByRole('link', { name: 'Deployments' }).click();
		await expect(
			page
				.getByRole('list', { name: 'All deployments' })
				.getByRole('link', { name: /Checklist sub-path ·/ })
		).toBeVisible();
		// The page's CJK fallback font is found under the sub-path, offline too (from the precache).
		expect(
			await page.evaluate(async () => {
				const face = [...document.fonts].find((f) => f.family.includes('Shipshape CJK'));
				return (await face?.load())?.status;
			})
		).toBe('loaded');
		// A share link lives under the sub-path, and opens offline from the precache.
		await page.goBack();
		await openTool(page, 'Report and sharing');
		await page.getByRole('button', { name: 'Copy share link' }).click();
		// The link is made (and its code loaded) after the click: read it once the page says so.
		await expect(page.getByText(/^Copied a share link of [\d,]+ characters/)).toBeVisible();
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link.startsWith(`${origin}/shipshape/share/#ss1.`)).toBe(true);
		const shared = await context.newPage();
		await shared.goto(link);
		await expect(
			shared
				.getByRole('region', { name: 'Shared deployment' })
				.getByText(/Content matches fingerprint/)
		).toBeVisible();
		await expect(shared.getByLabel('Version')).toHaveValue('sub-path');
		expect(failed).toEqual([]);
	} finally {
		await context.close();
		await new Promise((ok) => server.close(ok));
	}
});
