import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium';
import { waitForServiceWorker } from './helpers';

test('Chromium finds the app installable', async ({ baseURL }) => {
	// A normal context counts as incognito, which is never installable: use a real profile.
	const profile = mkdtempSync(join(tmpdir(), 'shipshape-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: findChromium() ?? undefined,
		args: CHROMIUM_ARGS,
		baseURL,
		serviceWorkers: 'allow'
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto('/');
		await waitForServiceWorker(page);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
		const { url, errors, data } = await cdp.send('Page.getAppManifest');
		expect(errors).toEqual([]);
		expect(url).toMatch(/\/manifest\.webmanifest$/);
		const manifest = JSON.parse(data ?? '{}');
		expect(manifest).toMatchObject({
			name: 'Shipshape',
			short_name: 'Shipshape',
			display: 'standalone'
		});
		const sizes = manifest.icons.map(
			(i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`
		);
		expect(sizes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
