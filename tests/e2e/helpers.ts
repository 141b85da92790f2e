import { execFileSync } from 'node:child_process';
// Shared steps for the browser tests.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Creates a deployment from the home page and returns its id once its page is ready. */
export async function newDeployment(page: Page): Promise<string> {
	await page.goto('/');
	await page.getByRole('button', { name: 'New deployment' }).click();
	await page.waitForURL(/\/run\/\?id=/);
	await expect(page.getByLabel('Version')).toBeVisible();
	return new URL(page.url()).searchParams.get('id') ?? '';
}

/** The serious and critical accessibility violations (axe) of the page, or of one part of it. */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
	const axe = new AxeBuilder({ page });
	const results = await (include ? axe.include(include) : axe).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`);
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

/** Waits until the service worker has installed the app and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
		timeout: 15_000
	});
}

/** Every URL in the page's Cache Storage. */
export async function cachedUrls(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys())
			for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
		return urls.sort();
	});
}

/**
 * Builds the app again with extra environment (a second version, a base path) and returns the
 * folder of the built site. Each variant has its own folders, so tests may build in parallel.
 */
export function buildVariant(name: string, env: Record<string, string>): string {
	const root = `.variants/${name}`;
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		env: {
			...process.env,
			...env,
			SHIPSHAPE_BUILD_DIR: `${root}/site`
		},
		stdio: 'ignore'
	});
	return `${root}/site`;
}

/** The six security-header tasks of the built-in checklist. */
export const HEADER_TASKS = [
	'strict-transport-security header present',
	'content-security-policy header present',
	'x-frame-options: SAMEORIGIN present',
	'x-content-type-options: nosniff present',
	'x-xss-protection header present',
	'HSTS header present'
];

/** The verdict shown inside a task's list item. */
export function verdict(page: Page, task: string) {
	return page
		.getByRole('listitem')
		.filter({ has: page.getByRole('checkbox', { name: task, exact: true }) })
		.locator('.evidence [data-verdict]');
}

/** The five readiness categories of the built-in checklist. */
export const RATINGS = ['Security', 'Performance', 'Monitoring', 'Documentation', 'Team Readiness'];

/**
 * Makes a deployment of the built-in checklist Ready: the header filled, every task before the
 * sign-off table ticked and every category rated 4. Sub-tasks are ticked before their parents,
 * so a parent ticks itself and never asks.
 */
export async function completeRelease(page: Page, header = { by: 'Zoë', version: '1.0.0' }) {
	await page.getByLabel('Deployed By').fill(header.by);
	await page.getByLabel('Version').fill(header.version);
	// Every section is rendered once the sign-off table is (the page renders in parts).
	await expect(page.getByRole('region', { name: 'Sign-off', exact: true })).toBeAttached();
	await page.evaluate(() => {
		const stop = document.querySelector('[aria-label="Sign-off"]')!;
		const gate = [
			...document.querySelectorAll<HTMLInputElement>('article.checklist input[type=checkbox]')
		].filter((box) => box.compareDocumentPosition(stop) & Node.DOCUMENT_POSITION_FOLLOWING);
		for (const box of gate.reverse()) if (!box.checked) box.click();
	});
	for (const name of RATINGS)
		await page.getByRole('radiogroup', { name }).getByRole('radio', { name: '4' }).check();
	await expect(page.getByRole('region', { name: 'Release verdict' })).toHaveAttribute(
		'data-release',
		'ready'
	);
	await waitSaved(page);
}

/**
 * Scrolls to the sign-off table, as a person would: its inputs load as it comes near (or once
 * the release is ready, or something is in it), and this waits for them.
 */
export async function showSignoff(page: Page): Promise<void> {
	const region = page.getByRole('region', { name: 'Sign-off', exact: true });
	await region.scrollIntoViewIfNeeded();
	await expect(region.locator('input').first()).toBeVisible();
}

/** Opens one of the deployment page's setup panels (it stays open for that deployment). */
export async function openTool(
	page: Page,
	name: 'Command values' | 'Live probes' | 'Report and sharing'
): Promise<void> {
	const button = page.getByRole('button', { name, exact: true });
	if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
	await expect(button).toHaveAttribute('aria-expanded', 'true');
}

/**
 * Plays the `beforeinstallprompt` event Chromium sends only after engagement, so the page shows
 * "Install app"; the prompt records that it was shown in `window.prompted`.
 */
export async function offerInstall(page: Page): Promise<void> {
	await page.evaluate(() => {
		const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & {
			prompt: () => Promise<void>;
			userChoice: Promise<{ outcome: string }>;
		};
		event.prompt = async () => void ((window as unknown as { prompted: boolean }).prompted = true);
		event.userChoice = Promise.resolve({ outcome: 'dismissed' });
		dispatchEvent(event);
	});
	await expect(page.getByRole('button', { name: 'Install app' })).toBeVisible();
}
