import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startTargetServer, type TargetServer } from '../fixtures/target-server';
import { failOnScriptSurprises, newDeployment, openTool, showSignoff, waitSaved } from './helpers';

const PAYLOADS = [
	'<img src=x onerror=alert(1)>',
	'<script>alert(2)</script>',
	'</textarea><svg onload=alert(3)>',
	'javascript:alert(4)',
	'data:text/html,<script>alert(5)</script>',
	'"><iframe src=javascript:alert(6)>',
	'\u202Eevil\u202C \u0007\u0000\u001b[31m',
	'x'.repeat(20_000)
];
const PAYLOAD = PAYLOADS.join(' ');

let server: TargetServer;
test.beforeAll(async () => {
	server = await startTargetServer();
});
test.afterAll(async () => server.close());

/** Every link on the page goes to the web, mail, or this app. */
async function linksAreSafe(page: Page, origin: string) {
	const hrefs = await page.evaluate(() =>
		[...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href)
	);
	for (const href of hrefs)
		expect(href, href).toMatch(new RegExp(`^(https?://|mailto:|${origin})`));
	expect(hrefs.some((h) => /^(javascript|data|vbscript):/i.test(h))).toBe(false);
}

test('malicious text in every field, template, import and paste is shown as text and never runs', async ({
	page,
	baseURL
}) => {
	test.setTimeout(90_000);
	const problems = failOnScriptSurprises(page);
	await newDeployment(page);
	await openTool(page, 'Command values');
	await showSignoff(page);
	for (const label of [
		'Deployed By',
		'Version',
		'On-Call Engineer',
		'Developer name',
		'Developer signature',
		'App name'
	])
		await page.getByLabel(label, { exact: true }).fill(PAYLOAD);
	await page.getByRole('textbox', { name: 'Notes' }).fill(PAYLOAD);
	await openTool(page, 'Live probes');
	await page.getByRole('textbox', { name: 'Target URL' }).fill('javascript:alert(7)');
	await expect(page.locator('#target-help')).toContainText('javascript:');
	const headers = page.getByRole('region', { name: 'Security Headers', exact: true });
	await headers.getByRole('button', { name: /Paste output/ }).click();
	await headers
		.getByRole('textbox')
		.fill(
			`HTTP/1.1 200 OK\nx-frame-options: ${PAYLOADS[0]}\ncontent-security-policy: ${PAYLOADS[1]}\n`
		);
	await headers.getByRole('button', { name: 'Read output' }).click();
	await expect(page.locator('.evidence').first()).toBeVisible();
	await waitSaved(page);
	await page.reload();
	await expect(page.getByLabel('Deployed By')).toHaveValue(PAYLOAD);
	await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(PAYLOAD);
	await page.goto('/');
	await expect(page.getByText(PAYLOADS[0]).first()).toBeVisible();

	// A template full of hostile Markdown.
	await page.goto('/templates/');
	const hostile = [
		'# Evil <img src=x onerror=alert(8)>',
		'',
		'<script>alert(9)</script>',
		'',
		'- [ ] Click [me](javascript:alert(10)) and [data](data:text/html,<b>x</b>) or [mail](mailto:ops@example.com) or [web](https://example.com)',
		'- [ ] <img src=x onerror=alert(11)> `</textarea>` \u202Egnp.exe',
		'- [ ] ![pixel](https://tracker.example/pixel.png)',
		`- [ ] ${'long '.repeat(5000)}`,
		'',
		'**Owner**: ____'
	].join('\n');
	await page
		.getByLabel('Markdown file', { exact: true })
		.setInputFiles({ name: 'evil.md', mimeType: 'text/markdown', buffer: Buffer.from(hostile) });
	await page.getByRole('button', { name: 'Save template' }).click();
	await page.getByRole('button', { name: /New deployment from evil/i }).click();
	await page.waitForURL(/\/run\/\?id=/);
	await expect(page.getByRole('checkbox', { name: /Click me and data/ })).toBeVisible();
	await page.getByLabel('Owner').fill(PAYLOAD);
	await expect(page.getByRole('link', { name: 'web', exact: true })).toHaveAttribute(
		'href',
		'https://example.com/'
	);
	await expect(page.getByRole('link', { name: 'mail', exact: true })).toHaveAttribute(
		'href',
		'mailto:ops@example.com'
	);
	await expect(page.getByRole('link', { name: 'me', exact: true })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'data', exact: true })).toHaveCount(0);
	await linksAreSafe(page, baseURL!);
	expect(await page.locator('img[src="x"], iframe, svg[onload]').count()).toBe(0);
	expect(await page.locator('img[src*="tracker.example"]').count()).toBe(0);
	await waitSaved(page);

	// The exported Markdown and its re-import keep the payload as text too.
	const download = page.waitForEvent('download');
	await openTool(page, 'Report and sharing');
	await page.getByRole('button', { name: 'Export Markdown' }).click();
	const exported = readFileSync((await (await download).path())!, 'utf8');
	// Typed values are escaped in the export (the template's own text is kept as the team wrote it).
	expect(exported).toContain('\\<script>alert(2)\\</script>');
	expect(exported).not.toContain(' <img src=x onerror=alert(1)>');
	await page.goto('/');
	await page.getByLabel('Filled report (Markdown)').setInputFiles({
		name: 'evil-report.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(exported)
	});
	await page.waitForURL(/\/run\/\?id=/);
	// Markdown cannot carry U+0000: it comes back as U+FFFD; everything else exactly.
	await expect(page.getByLabel('Owner')).toHaveValue(PAYLOAD.replace('\u0000', '\uFFFD'));
	expect(problems).toEqual([]);
});

test('nothing is requested from any origin but the app’s own and the probe target', async ({
	page,
	baseURL
}) => {
	test.setTimeout(90_000);
	const origins = new Set<string>();
	page.context().on('request', (r) => {
		const url = new URL(r.url());
		if (url.protocol === 'http:' || url.protocol === 'https:') origins.add(url.origin);
	});
	await newDeployment(page);
	await page.getByRole('checkbox', { name: 'Changes reviewed and approved' }).check();
	await page.getByLabel('Deployed By').fill('Zoë');
	await openTool(page, 'Live probes');
	await page.getByRole('textbox', { name: 'Target URL' }).fill(`${server.url}/m/real`);
	await page.getByRole('button', { name: 'Run probes' }).click();
	await expect(page.getByText(/^Probes finished\./)).toBeVisible({ timeout: 30_000 });
	await waitSaved(page);
	await openTool(page, 'Report and sharing');
	for (const name of ['Export PDF', 'Export Markdown', 'Export backup']) {
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name }).click();
		await download;
	}
	await page.goto('/templates/');
	await expect(
		page.getByRole('heading', { name: 'Production Deployment Checklist' })
	).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('list', { name: 'All deployments' })).toBeVisible();
	expect([...origins].sort()).toEqual([new URL(baseURL!).origin, server.url].sort());
});

test('the built pages carry a strict Content-Security-Policy', () => {
	for (const page of ['build/index.html', 'build/run/index.html', 'build/templates/index.html']) {
		const html = readFileSync(page, 'utf8');
		const csp =
			/<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		expect(csp, page).toContain("script-src 'self' 'sha256-");
		expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(csp).toContain("object-src 'none'");
		expect(csp).toContain("base-uri 'self'");
		expect(csp).toMatch(/connect-src 'self' https: http:\/\/localhost:\* http:\/\/127\.0\.0\.1:\*/);
	}
});
