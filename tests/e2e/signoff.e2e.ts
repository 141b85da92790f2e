import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { newDeployment, waitSaved } from './helpers';

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

test('sign off when every role has signed: read-only, fingerprinted, reopenable', async ({
	page
}) => {
	await newDeployment(page);
	await page.getByLabel('Version').fill('7.0.0');
	await page.getByRole('checkbox', { name: 'Changes reviewed and approved' }).check();
	const signOff = page.getByRole('button', { name: 'Sign off' });
	await expect(signOff).toBeDisabled();
	await expect(page.getByText(/Still to sign: Developer \(name, signature, date\)/)).toBeVisible();
	await signAll(page);
	// The date defaults to today once a name is entered.
	await expect(page.getByLabel('Security date')).not.toHaveValue('');
	await waitSaved(page);
	await signOff.click();

	const fingerprint = page.getByTestId('fingerprint');
	await expect(fingerprint).toHaveText(/^[0-9a-f]{64}$/);
	await expect(
		page.getByText(/Signed off .* by Zoë Łukasiewicz \(Developer\), 李雷 \(Tech Lead\)/)
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

	// Signing again with one change gives another fingerprint.
	await page.getByRole('checkbox', { name: 'Code formatted (mix format)' }).check();
	await waitSaved(page);
	await page.getByRole('button', { name: 'Sign off' }).click();
	await expect(page.getByTestId('fingerprint')).toHaveText(/^[0-9a-f]{64}$/);
	expect(await page.getByTestId('fingerprint').textContent()).not.toBe(signed);
});

test('the PDF report holds every task, the names in any script, the score and the fingerprint', async ({
	page
}) => {
	await newDeployment(page);
	await page.getByLabel('Version').fill('7.1.0');
	await page.getByLabel('Deployed By').fill('Zoë Łukasiewicz');
	await page.getByRole('checkbox', { name: 'All tests passing (mix test)' }).check();
	for (const name of ['Security', 'Performance', 'Monitoring', 'Documentation', 'Team Readiness'])
		await page.getByRole('radiogroup', { name }).getByRole('radio', { name: '4' }).check();
	await signAll(page);
	await waitSaved(page);
	await page.getByRole('button', { name: 'Sign off' }).click();
	const fingerprint = (await page.getByTestId('fingerprint').textContent())!;

	const download = page.waitForEvent('download');
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
		'Pass',
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
