import { expect, test, type Page } from '@playwright/test';
import { startTargetServer, type TargetServer } from '../fixtures/target-server';
import { completeRelease, newDeployment, verdict, waitSaved, openTool } from './helpers';

let server: TargetServer;
test.beforeAll(async () => {
	server = await startTargetServer();
});
test.afterAll(async () => {
	await server.close();
});

function release(page: Page) {
	return page.getByRole('region', { name: 'Release verdict' });
}

async function openExceptions(page: Page) {
	const show = release(page).getByRole('button', { name: /^Show exceptions/ });
	if (await show.isVisible()) await show.click();
	return release(page).getByRole('list', { name: 'Exceptions' });
}

test('a new deployment is Not ready, with every exception listed and a link to each', async ({
	page
}) => {
	await newDeployment(page);
	await expect(release(page)).toHaveAttribute('data-release', 'not-ready');
	await expect(release(page)).toContainText('Not ready');
	await expect(release(page)).toContainText('78 open tasks · 2 empty header fields · 5 unrated');
	await expect(release(page).getByRole('button', { name: 'Show exceptions (85)' })).toBeVisible();
	const list = await openExceptions(page);
	await expect(list.getByRole('listitem')).toHaveCount(85);
	await list.getByRole('link', { name: 'PHX_HOST configured with your domain' }).click();
	await expect(
		page.getByRole('checkbox', { name: 'PHX_HOST configured with your domain' })
	).toBeFocused();
	await list.getByRole('link', { name: 'Version' }).click();
	await expect(page.getByLabel('Version')).toBeFocused();
});

test('not applicable: counted apart, kept, and no longer an exception', async ({ page }) => {
	await newDeployment(page);
	const google = 'GOOGLE_API_KEY (if using Google/Gemini)';
	await page.getByRole('button', { name: `Not applicable: ${google}` }).click();
	await page
		.getByRole('textbox', { name: 'Reason (optional)' })
		.fill('We use OpenAI — 李雷 said so');
	await page.getByRole('button', { name: 'Mark not applicable' }).click();
	await expect(release(page)).toContainText('Tasks: 0 done · 1 n/a · 103 open');
	const list = await openExceptions(page);
	await expect(list.getByRole('link', { name: google })).toHaveCount(0);
	await waitSaved(page);
	await page.reload();
	await expect(release(page)).toContainText('1 n/a');
	const task = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('checkbox', { name: google }) })
		.last();
	await expect(task).toContainText('We use OpenAI — 李雷 said so');
	// Ticking it makes it apply again.
	await page.getByRole('checkbox', { name: google }).check();
	await expect(release(page)).toContainText('Tasks: 1 done · 103 open');
	await expect(page.getByRole('button', { name: `Applies again: ${google}` })).toHaveCount(0);
});

test('a failing probe blocks sign-off until it is waived with a reason; the waiver is content', async ({
	page
}) => {
	test.setTimeout(90_000);
	await newDeployment(page);
	await completeRelease(page);
	await expect(release(page)).toContainText('Ready');
	// Deep health answers 503 with its database check "error".
	await openTool(page, 'Live probes');
	await page.getByRole('textbox', { name: 'Target URL' }).fill(`${server.url}/m/deep-new-fail`);
	await page.getByRole('button', { name: 'Run probes' }).click();
	await expect(page.getByText(/^Probes finished\./)).toBeVisible({ timeout: 30_000 });
	await expect(verdict(page, 'Database check: "ok"')).toHaveAttribute('data-verdict', 'fail');
	await expect(release(page)).toHaveAttribute('data-release', 'not-ready');
	await expect(release(page)).toContainText(/\d+ failing checks?/);

	// Everyone signs; sign-off still says why it cannot happen, with the list one click away.
	for (const role of ['Developer', 'Tech Lead', 'DevOps', 'Security']) {
		await page.getByLabel(`${role} name`).fill(`${role} 名前`);
		await page.getByLabel(`${role} signature`).fill(role);
	}
	const signOff = page.getByRole('button', { name: 'Sign off' });
	await expect(signOff).toBeDisabled();
	await expect(page.getByText(/exceptions? (is|are) neither resolved nor waived/)).toBeVisible();
	await page.getByRole('button', { name: 'See the exceptions' }).click();
	const list = release(page).getByRole('list', { name: 'Exceptions' });
	await expect(list).toBeVisible();
	const database = list.getByRole('listitem').filter({ hasText: 'Database check: "ok"' });
	await expect(database).toHaveAttribute('data-kind', 'failing');

	// Waive every failing check (latency may fail too on a slow machine).
	const reason = 'Database moved to a new cluster at 14:00; checked by hand — Zoë';
	while ((await list.getByRole('listitem').count()) > 0) {
		const item = list.getByRole('listitem').first();
		await item.getByRole('button', { name: 'Waive', exact: true }).click();
		await item.getByRole('button', { name: 'Save waiver' }).click();
		await expect(item.getByRole('alert')).toHaveText(/Give a reason/);
		await item.getByRole('textbox', { name: 'Reason' }).fill(reason);
		await item.getByRole('textbox', { name: 'Waived by' }).fill('Sam Secure');
		await item.getByRole('button', { name: 'Save waiver' }).click();
	}
	await expect(release(page)).toHaveAttribute('data-release', 'ready-with-waivers');
	await expect(release(page).getByRole('list', { name: 'Waivers' })).toContainText(reason);
	// The waivers changed the content the four had signed.
	const roles = page.getByRole('list', { name: 'Signatures' });
	await expect(roles.locator('[data-role="Developer"]')).toHaveAttribute(
		'data-signature',
		'earlier'
	);
	for (const role of ['Developer', 'Tech Lead', 'DevOps', 'Security'])
		await roles.getByRole('button', { name: `Sign again: ${role}` }).click();
	await expect(signOff).toBeEnabled();
	await waitSaved(page);
	await signOff.click();
	const dialog = page.getByRole('dialog', { name: 'Sign off as “Ready with waivers”?' });
	await dialog.getByRole('button', { name: 'Sign off' }).click();
	await expect(page.getByText(/Signed off as Ready with waivers/)).toBeVisible();

	// Withdrawing is not possible once signed; the home page shows the verdict.
	await expect(release(page).getByRole('button', { name: /Withdraw waiver/ })).toHaveCount(0);
	await page.goto('/');
	await expect(page.locator('[data-release="ready-with-waivers"]')).toHaveText(
		'Ready with waivers'
	);
});

test('parents and their sub-tasks agree', async ({ page }) => {
	await newDeployment(page);
	const box = (name: string) => page.getByRole('checkbox', { name, exact: true });
	const parent = box('Error rate monitoring');
	await box('Alert on: > 1% 5xx responses').check();
	await expect(parent).not.toBeChecked();
	await box('Window: 5 minutes').check();
	await expect(parent).toBeChecked();
	await box('Window: 5 minutes').uncheck();
	await expect(parent).not.toBeChecked();
	// Ticking a parent with open sub-tasks asks first; Cancel ticks nothing.
	await parent.click();
	const dialog = page.getByRole('dialog', {
		name: /Tick “Error rate monitoring” and its 1 open sub-task\?/
	});
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(parent).not.toBeChecked();
	await parent.click();
	await dialog.getByRole('button', { name: 'Tick all 2' }).click();
	await expect(parent).toBeChecked();
	await expect(box('Window: 5 minutes')).toBeChecked();
});
