import { expect, test, type Page } from '@playwright/test';
import {
	failOnScriptSurprises,
	HEADER_TASKS,
	newDeployment,
	verdict,
	waitSaved,
	openTool
} from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

function section(page: Page, name: string) {
	return page.getByRole('region', { name, exact: true });
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('commands are filled with the deployment’s values, and copying a placeholder warns first', async ({
	page
}) => {
	await newDeployment(page);
	const rollback = section(page, 'If Issues Occur');
	await expect(rollback.locator('mark.missing', { hasText: /^dialectic$/ })).toBeVisible();
	await expect(
		rollback.getByText('Not filled in yet: Release name, Release module, Rollback migration.')
	).toBeVisible();

	// Copying with placeholders left asks first; Cancel copies nothing.
	await page.evaluate(() => navigator.clipboard.writeText('before'));
	await rollback.getByRole('button', { name: 'Copy command' }).nth(1).click();
	const dialog = page.getByRole('dialog', { name: 'Copy with placeholders?' });
	await expect(dialog).toContainText('Release name, Release module, Rollback migration');
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect.poll(() => clipboard(page)).toBe('before');

	await openTool(page, 'Command values');
	await page.getByLabel('Release name').fill('shop');
	await page.getByLabel('Release module').fill('Shop');
	await page.getByLabel('Rollback migration').fill('20261101000000');
	await expect(rollback.locator('mark.filled', { hasText: /^Shop$/ }).first()).toBeVisible();
	await rollback.getByRole('button', { name: 'Copy command' }).nth(1).click();
	await expect(dialog).toBeHidden();
	await expect
		.poll(() => clipboard(page))
		.toBe('fly ssh console\n/app/bin/shop eval "Shop.Release.rollback(Shop.Repo, 20261101000000)"');

	// The host comes from the Target URL.
	await openTool(page, 'Live probes');
	await page.getByRole('textbox', { name: 'Target URL' }).fill('https://shop.example.com');
	const https = section(page, 'HTTPS Enforcement');
	await expect(https.locator('mark.filled', { hasText: 'shop.example.com' }).first()).toBeVisible();
	await https.getByRole('button', { name: 'Copy command' }).first().click();
	await expect
		.poll(() => clipboard(page))
		.toBe('curl -I http://shop.example.com\n# Expected: 301 redirect to https://');
	await waitSaved(page);

	// The next deployment of this checklist starts from these values.
	await newDeployment(page);
	await openTool(page, 'Command values');
	await expect(page.getByLabel('Release module')).toHaveValue('Shop');
	await openTool(page, 'Live probes');
	await expect(page.getByRole('textbox', { name: 'Target URL' })).toHaveValue(
		'https://shop.example.com'
	);
});

test('each command that prints for people has a readable variant, with why', async ({ page }) => {
	await newDeployment(page);
	const rate = section(page, 'Rate Limiting');
	await expect(rate.locator('.why')).toContainText('one status code per line');
	await expect(rate.locator('pre').nth(1)).toContainText(
		"curl -s -o /dev/null -w '%{http_code}\\n' -X POST"
	);
	await expect(section(page, 'Deep Health Check').locator('pre').nth(1)).toContainText(
		'curl -sS -i'
	);
	await expect(section(page, 'Performance Tests')).toContainText('total %{time_total}');
	await expect(
		section(page, '2. Deploy Application').getByRole('button', { name: /Paste output/ })
	).toHaveCount(0);
});

test('pasted headers become evidence on their items, and suggest ticks', async ({ page }) => {
	const problems = failOnScriptSurprises(page);
	await newDeployment(page);
	await openTool(page, 'Live probes');
	await page.getByRole('textbox', { name: 'Target URL' }).fill('https://shop.example.com');
	const headers = section(page, 'Security Headers');
	await headers.getByRole('button', { name: /Paste output/ }).click();
	await headers
		.getByRole('textbox', { name: /Output of the command above/ })
		.fill(
			[
				'HTTP/2 200 ',
				'content-type: text/html; charset=utf-8',
				"content-security-policy: default-src 'self'; script-src 'self' 'unsafe-inline'",
				'X-Frame-Options: SAMEORIGIN',
				'x-content-type-options: nosniff',
				'strict-transport-security: max-age=31536000; includeSubDomains',
				'x-xss-protection: 1; mode=block',
				''
			].join('\r\n')
		);
	await headers.getByRole('button', { name: 'Read output' }).click();
	await expect(headers.getByText('Read 5 results from the output.')).toBeVisible();
	await expect(headers.getByText(/Mozilla Observatory grade B\+/)).toBeVisible();
	for (const task of HEADER_TASKS)
		await expect(verdict(page, task), task).toHaveAttribute('data-verdict', 'pass');
	await expect(verdict(page, 'x-xss-protection header present').locator('..')).toContainText(
		'pasted output'
	);

	await page
		.getByRole('button', { name: /Tick all that passed/ })
		.first()
		.click();
	await expect(page.getByRole('checkbox', { name: 'HSTS header present' })).toBeChecked();
	await waitSaved(page);
	await page.reload();
	await expect(verdict(page, 'HSTS header present')).toHaveAttribute('data-verdict', 'pass');
	expect(problems).toEqual([]);
});

test('the Observatory grade is the Observatory’s even where it is lenient, with what browsers do', async ({
	page
}) => {
	await newDeployment(page);
	await openTool(page, 'Live probes');
	await page.getByRole('textbox', { name: 'Target URL' }).fill('https://shop.example.com');
	const headers = section(page, 'Security Headers');
	await headers.getByRole('button', { name: /Paste output/ }).click();
	await headers
		.getByRole('textbox', { name: /Output of the command above/ })
		.fill(
			[
				'HTTP/2 200 ',
				'content-type: text/html; charset=utf-8',
				"content-security-policy: default-src 'self'; frame-ancestors 'none'",
				'strict-transport-security: max-age=abc',
				'x-frame-options: SAMEORIGIN',
				'x-content-type-options: nosniff',
				'x-xss-protection: 0',
				'referrer-policy: no-referrer',
				'set-cookie: _shop_session=abc; path=/; secure; HttpOnly; SameSite=Lax',
				'',
				'<!doctype html><html><head><script src="/app.js"></script></head><body>Shop</body></html>'
			].join('\r\n')
		);
	await headers.getByRole('button', { name: 'Read output' }).click();
	// The Observatory reads max-age=abc as at least six months: no penalty, so every bonus
	// counts (CSP +5, framing via CSP +5, referrer +5, cookies +5): 120. Redirection needs the
	// other command's output.
	await expect(
		headers.getByText('Mozilla Observatory grade A+ (score 120), from 9 of 10 tests')
	).toBeVisible();
	const results = headers.getByRole('list', { name: 'Observatory results' });
	await expect(
		results.getByRole('listitem').filter({ hasText: 'strict-transport-security' })
	).toContainText(
		'hsts-implemented-max-age-at-least-six-months (0) In browsers: Browsers ignore this max-age (“abc” is not a number of seconds): HSTS is not in effect.'
	);
	await expect(headers.getByRole('list', { name: 'Observatory tests not computed' })).toContainText(
		'redirection'
	);
	// The checklist item follows browsers: no HSTS in effect.
	await expect(verdict(page, 'HSTS header present')).toHaveAttribute('data-verdict', 'fail');

	const https = section(page, 'HTTPS Enforcement');
	await https.getByRole('button', { name: /Paste output/ }).click();
	await https
		.getByRole('textbox')
		.fill(
			'HTTP/1.1 301 Moved Permanently\nlocation: https://shop.example.com/\n\nHTTP/2 200\ncontent-type: text/html\n\n'
		);
	await https.getByRole('button', { name: 'Read output' }).click();
	await expect(https.getByText('redirection: redirection-to-https (0)')).toBeVisible();
	await expect(
		headers.getByText('Mozilla Observatory grade A+ (score 120)', { exact: true })
	).toBeVisible();
});

test('a redirect, a status loop and timings are read back too', async ({ page }) => {
	await newDeployment(page);
	await openTool(page, 'Live probes');
	await page.getByRole('textbox', { name: 'Target URL' }).fill('https://shop.example.com');
	const https = section(page, 'HTTPS Enforcement');
	await https.getByRole('button', { name: /Paste output/ }).click();
	await https
		.getByRole('textbox')
		.fill(
			'HTTP/1.1 301 Moved Permanently\nlocation: https://shop.example.com/\ncontent-length: 0\n'
		);
	await https.getByRole('button', { name: 'Read output' }).click();
	await expect(verdict(page, 'HTTP redirects to HTTPS')).toHaveAttribute('data-verdict', 'pass');

	const rate = section(page, 'Rate Limiting');
	await rate.getByRole('button', { name: /Paste output/ }).click();
	await rate
		.getByRole('textbox')
		.fill(['401', '401', '401', '401', '401', '429', '429', '429', '429', '429'].join('\n'));
	await rate.getByRole('button', { name: 'Read output' }).click();
	await expect(verdict(page, 'Rate limiting active')).toHaveAttribute('data-verdict', 'pass');
	await expect(verdict(page, '429 response after limit exceeded')).toHaveAttribute(
		'data-verdict',
		'pass'
	);

	const perf = section(page, 'Performance Tests');
	await perf.getByRole('button', { name: /Paste output of the homepage fetch time/ }).click();
	await perf
		.getByRole('textbox')
		.first()
		.fill('dns 0.004\nconnect 0.020\ntls 0.051\nttfb 0.240\ntotal 0.380\n');
	await perf.getByRole('button', { name: 'Read output' }).first().click();
	await expect(verdict(page, 'Page load time < 2 seconds')).toHaveAttribute('data-verdict', 'pass');
	await expect(verdict(page, 'Page load time < 2 seconds').locator('..')).toContainText('380');
});

test('an unrelated paste says what was expected and attaches nothing', async ({ page }) => {
	await newDeployment(page);
	const headers = section(page, 'Security Headers');
	await headers.getByRole('button', { name: /Paste output/ }).click();
	const box = headers.getByRole('textbox');
	await box.fill(
		'Exception in thread "main" java.lang.NullPointerException\n\tat com.example.App.main(App.java:5)'
	);
	await headers.getByRole('button', { name: 'Read output' }).click();
	const alert = headers.getByRole('alert');
	await expect(alert).toContainText('curl -siL');
	await expect(alert).toContainText('stack trace');
	await expect(page.locator('.evidence')).toHaveCount(0);
	// The text stays so it can be fixed.
	await expect(box).not.toHaveValue('');
});
