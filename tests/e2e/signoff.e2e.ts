import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { completeRelease, newDeployment, openTool, showSignoff, waitSaved } from './helpers';

const ROLES = ['Developer', 'Tech Lead', 'DevOps', 'Security'];
const NAMES = ['Zoë Łukasiewicz', '李雷', 'Ωmega Ops', 'Sam Secure'];

/** Fills the sign-off table: typed signatures, and a drawn one for the Tech Lead. */
async function signAll(page: Page) {
	for (const [i, role] of ROLES.entries()) {
		await page.getByLabel(`${role} name`).fill(NAMES[i]);
		if (role === 'Tech Lead') {
			await page.getByRole('button', { name: 'Draw Tech Lead signature' }).click();
			const pad = page.getByLabel('Drawing area for the Tech Lead signature');
			await pad.scrollIntoViewIfNeeded();
			const box = (await pad.boundingBox())!;
			await page.mouse.move(box.x + 10, box.y + 40);
			await page.mouse.down();
			for (let x = 20; x < 200; x += 15)
				await page.mouse.move(box.x + x, box.y + 40 + (x % 30) - 15);
			await page.mouse.up();
			await page.getByRole('button', { name: 'Use drawing' }).click();
			await expect(page.getByRole('img', { name: 'Drawn Tech Lead signature' })).toBeVisible();
		} else {
			await page.getByLabel(`${role} signature`).fill(NAMES[i]);
		}
	}
}

/** Waives the exception about `title` with a reason, as Sam. */
async function waive(page: Page, title: string, reason: string) {
	const verdict = page.getByRole('region', { name: 'Release verdict' });
	const show = verdict.getByRole('button', { name: /^Show exceptions/ });
	if (await show.isVisible()) await show.click();
	const item = verdict
		.getByRole('list', { name: 'Exceptions' })
		.getByRole('listitem')
		.filter({ hasText: title });
	await item.getByRole('button', { name: 'Waive', exact: true }).click();
	await item.getByRole('textbox', { name: 'Reason' }).fill(reason);
	await item.getByRole('textbox', { name: 'Waived by' }).fill('Sam');
	await item.getByRole('button', { name: 'Save waiver' }).click();
	await expect(verdict.getByRole('list', { name: 'Waivers' })).toContainText(reason);
}

/** Signs off through the confirmation, which names the verdict being signed. */
async function confirmSignOff(page: Page, verdict: string) {
	await page.getByRole('button', { name: 'Sign off' }).click();
	const dialog = page.getByRole('dialog', { name: `Sign off as “${verdict}”?` });
	await expect(dialog).toContainText(`records the verdict “${verdict}”`);
	await dialog.getByRole('button', { name: 'Sign off' }).click();
	await expect(page.getByTestId('fingerprint')).toHaveText(/^[0-9a-f]{64}$/);
}

test('the sign-off loads as it comes near, or at once when the release is ready; its words are there before', async ({
	page
}) => {
	await newDeployment(page);
	const region = page.getByRole('region', { name: 'Sign-off', exact: true });
	// Measured on its section: content-visibility gives what is inside an off-screen one no box.
	const far = () =>
		page.evaluate(() => {
			const place = document.querySelector('[aria-label="Sign-off"]')?.closest('section.level-2');
			return (place?.getBoundingClientRect().top ?? 0) > 3 * innerHeight;
		});
	// Far down a new deployment, with every section rendered: the roles and columns are there to
	// find, not yet the inputs.
	await page.waitForFunction(() => performance.getEntriesByName('shipshape:complete:run').length);
	await expect(region.getByRole('rowheader', { name: 'Developer' })).toBeAttached();
	await expect(region.getByRole('columnheader', { name: 'Signature' })).toBeAttached();
	expect(await far()).toBe(true);
	await expect(region.locator('input')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Sign off' })).toHaveCount(0);
	// Scrolled near, it loads.
	await region.scrollIntoViewIfNeeded();
	await expect(page.getByLabel('Developer name')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Sign off' })).toBeDisabled();

	// A ready release loads it at once: signing is what comes next.
	await completeRelease(page);
	await page.goto(page.url());
	await expect(page.getByRole('region', { name: 'Release verdict' })).toHaveAttribute(
		'data-release',
		'ready'
	);
	await page.waitForFunction(() => performance.getEntriesByName('shipshape:complete:run').length);
	expect(await far()).toBe(true);
	await expect(page.getByLabel('Developer name')).toBeAttached();
	await expect(page.getByRole('button', { name: 'Sign off' })).toBeAttached();
});

test('sign off a Ready release when every role has signed this version: read-only, fingerprinted, reopenable', async ({
	page
}) => {
	// Completes a release, signs it off, reopens, signs again: a long walk.
	test.setTimeout(90_000);
	await newDeployment(page);
	await completeRelease(page, { by: 'Zoë', version: '7.0.0' });
	const signOff = page.getByRole('button', { name: 'Sign off' });
	await expect(signOff).toBeDisabled();
	await expect(page.getByText(/Still to sign: Developer \(name, signature, date\)/)).toBeVisible();
	await signAll(page);
	// The date defaults to today once a name is entered.
	await expect(page.getByLabel('Security date')).not.toHaveValue('');
	const roles = page.getByRole('list', { name: 'Signatures' });
	for (const role of ROLES)
		await expect(roles.locator(`[data-role="${role}"]`)).toHaveAttribute(
			'data-signature',
			'current'
		);
	await waitSaved(page);
	await confirmSignOff(page, 'Ready');

	const fingerprint = page.getByTestId('fingerprint');
	await expect(
		page.getByText(/Signed off as Ready .* by Zoë Łukasiewicz \(Developer\), 李雷 \(Tech Lead\)/)
	).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'Code formatted (mix format)' })).toBeDisabled();
	await expect(page.getByLabel('Version')).toHaveAttribute('readonly', '');
	const signed = await fingerprint.textContent();

	await page.reload();
	await expect(page.getByTestId('fingerprint')).toHaveText(signed!);
	await page.getByRole('button', { name: 'Reopen' }).click();
	await page
		.getByRole('dialog', { name: 'Reopen this deployment?' })
		.getByRole('button', { name: 'Reopen' })
		.click();
	await expect(page.getByRole('checkbox', { name: 'Code formatted (mix format)' })).toBeEnabled();
	await expect(page.getByText('Earlier sign-offs (1, voided by Reopen)')).toBeVisible();

	// A change after signing: every signature was given to an earlier version now.
	await page.getByRole('textbox', { name: 'Notes' }).fill('Rolled out at 14:00.');
	for (const role of ROLES)
		await expect(roles.locator(`[data-role="${role}"]`)).toHaveAttribute(
			'data-signature',
			'earlier'
		);
	await expect(page.getByText(/Developer \(signed an earlier version\)/)).toBeVisible();
	await expect(signOff).toBeDisabled();
	for (const role of ROLES) {
		await roles.getByRole('button', { name: `Sign again: ${role}` }).click();
		await expect(roles.locator(`[data-role="${role}"]`)).toHaveAttribute(
			'data-signature',
			'current'
		);
	}
	await waitSaved(page);
	await confirmSignOff(page, 'Ready');
	expect(await page.getByTestId('fingerprint').textContent()).not.toBe(signed);
});

test('a signature given before a change shows as given to an earlier version; another signature does not', async ({
	page
}) => {
	await newDeployment(page);
	const roles = page.getByRole('list', { name: 'Signatures' });
	await showSignoff(page);
	await page.getByLabel('Developer name').fill('李雷');
	await page.getByLabel('Developer signature').fill('L. Lei');
	await expect(roles.locator('[data-role="Developer"]')).toHaveAttribute(
		'data-signature',
		'current'
	);
	// Another role signing is not a change of content.
	await page.getByLabel('DevOps name').fill('Ωmega Ops');
	await page.getByLabel('DevOps signature').fill('Ω');
	await expect(roles.locator('[data-role="DevOps"]')).toHaveAttribute('data-signature', 'current');
	await expect(roles.locator('[data-role="Developer"]')).toHaveAttribute(
		'data-signature',
		'current'
	);
	// A tick is.
	await page.getByRole('checkbox', { name: 'All tests passing (mix test)' }).check();
	await expect(roles.locator('[data-role="Developer"]')).toHaveAttribute(
		'data-signature',
		'earlier'
	);
	await expect(roles.locator('[data-role="Developer"]')).toContainText('signed an earlier version');
	await waitSaved(page);
	await page.reload();
	await expect(roles.locator('[data-role="Developer"]')).toHaveAttribute(
		'data-signature',
		'earlier'
	);
});

test('the PDF report holds every task, the names in any script, the score and the fingerprint', async ({
	page
}) => {
	await newDeployment(page);
	await completeRelease(page, { by: 'Zoë Łukasiewicz', version: '7.1.0' });
	await page.getByRole('checkbox', { name: 'Code formatted (mix format)' }).uncheck();
	await waive(page, 'Code formatted (mix format)', 'Formatting is checked in CI.');
	await signAll(page);
	await waitSaved(page);
	await confirmSignOff(page, 'Ready with waivers');
	const fingerprint = (await page.getByTestId('fingerprint').textContent())!;

	const download = page.waitForEvent('download');
	await openTool(page, 'Report and sharing');
	await page.getByRole('button', { name: 'Export PDF' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^deploy-.*-7\.1\.0-\d{4}-\d\d-\d\d\.pdf$/);
	const text = execFileSync('pdftotext', ['-layout', (await file.path())!, '-'], {
		encoding: 'utf8'
	});
	for (const needle of [
		'All tests passing (mix test)',
		'Document lessons learned',
		'Zoë Łukasiewicz',
		'李雷',
		'Ωmega Ops',
		'20 / 25',
		fingerprint
	])
		expect(text, needle).toContain(needle);
	expect(text).toMatch(/All tests passing \(mix test\)\s+done/);
	expect(text).toMatch(/Code formatted \(mix format\)\s+open/);
});

test('follow-ups get due dates from the deployment date and go to a calendar', async ({ page }) => {
	await newDeployment(page);
	await page.getByLabel('Date', { exact: true }).fill('2026-01-10');
	await page.getByLabel('Version').fill('8.0.0');
	await waitSaved(page);
	await expect(page.getByText('Overdue 2026-01-11')).toBeVisible();
	await expect(page.getByText('Overdue 2026-01-17')).toBeVisible();
	await expect(page.getByText('Overdue 2026-02-10')).toBeVisible();
	const download = page.waitForEvent('download');
	await openTool(page, 'Report and sharing');
	await page.getByRole('button', { name: 'Add to calendar' }).click();
	const ics = readFileSync((await (await download).path())!, 'utf8');
	const calendar = new ICAL.Component(ICAL.parse(ics));
	const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
	expect(events.map((e) => e.startDate.toString())).toEqual([
		'2026-01-11',
		'2026-01-17',
		'2026-02-10'
	]);
	expect(events[1].summary).toContain('First week');

	await page.goto('/');
	const due = page.getByRole('region', { name: 'Follow-ups due' });
	await expect(due.getByRole('listitem')).toHaveCount(3);
	await expect(due.getByRole('listitem').first()).toHaveAttribute('data-due-status', 'overdue');
	await expect(due.getByRole('link').first()).toContainText('8.0.0');
});
