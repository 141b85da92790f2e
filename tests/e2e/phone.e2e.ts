// The app on a phone (390 px, touch) and a desktop (1280 px), light and dark: words stay whole in
// the navigation, headings, buttons and the sign-off; the sign-off is one card per role on a
// phone; the signature pad is nearly as wide as the screen; code blocks show that they scroll;
// Chinese names render with a real CJK font, and a Latin-only page fetches no font.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type CDPSession, type Locator, type Page } from '@playwright/test';
import { newDeployment, offerInstall, waitSaved } from './helpers';

const ROLES = ['Developer', 'Tech Lead', 'DevOps', 'Security'];
const COLUMNS = ['Name', 'Signature', 'Date'];
const SIZES = {
	phone: { width: 390, height: 844 },
	desktop: { width: 1280, height: 900 }
} as const;

/** The words (runs of letters or digits) in these elements' text that wrap across two lines. */
function brokenWords(elements: Locator): Promise<string[]> {
	return elements.evaluateAll((els) => {
		const broken: string[] = [];
		for (const el of els) {
			const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode())
				for (const word of (node as Text).data.matchAll(/[\p{L}\p{N}]+/gu)) {
					const range = document.createRange();
					range.setStart(node, word.index);
					range.setEnd(node, word.index + word[0].length);
					const rects = [...range.getClientRects()].filter((r) => r.width > 0);
					if (new Set(rects.map((r) => Math.round(r.top))).size > 1) broken.push(word[0]);
				}
		}
		return broken;
	});
}

/** Opens a new deployment with "Install app" shown and every section rendered. */
async function openDeployment(page: Page) {
	await newDeployment(page);
	await offerInstall(page);
	// The page renders in parts; Notes comes after the sign-off table.
	await expect(page.getByRole('textbox', { name: 'Notes' })).toBeAttached();
}

async function seriousViolations(builder: AxeBuilder) {
	const results = await builder.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`);
}

/** Draws a zigzag across most of the pad: a finger on a touch screen, else the mouse. */
async function drawAcross(page: Page, pad: Locator, touch: boolean) {
	const box = (await pad.boundingBox())!;
	const points: { x: number; y: number }[] = [];
	for (let x = box.width * 0.05, i = 0; x <= box.width * 0.95; x += 12, i++)
		points.push({ x: box.x + x, y: box.y + box.height / 2 + (i % 2 ? 12 : -12) });
	if (touch) {
		const cdp = await page.context().newCDPSession(page);
		const touchAt = (type: 'touchStart' | 'touchMove' | 'touchEnd', p?: { x: number; y: number }) =>
			cdp.send('Input.dispatchTouchEvent', { type, touchPoints: p ? [p] : [] });
		await touchAt('touchStart', points[0]);
		for (const p of points.slice(1)) await touchAt('touchMove', p);
		await touchAt('touchEnd');
		await cdp.detach();
	} else {
		await page.mouse.move(points[0].x, points[0].y);
		await page.mouse.down();
		for (const p of points.slice(1)) await page.mouse.move(p.x, p.y);
		await page.mouse.up();
	}
}

for (const colorScheme of ['light', 'dark'] as const)
	for (const [device, viewport] of Object.entries(SIZES)) {
		const phone = device === 'phone';
		test.describe(`${device} (${viewport.width} px), ${colorScheme}`, () => {
			test.use({ viewport, colorScheme, hasTouch: phone });

			test('no word breaks across lines in the navigation, headings, buttons or the sign-off', async ({
				page
			}) => {
				await openDeployment(page);
				const nav = page.getByRole('navigation', { name: 'Main' });
				await expect(nav.getByRole('link')).toHaveText(['Deployments', 'Templates']);
				const checked = page.locator(
					'header, [aria-label="Sign-off"], main :is(h1, h2, h3, h4), main button:visible'
				);
				expect(await checked.count()).toBeGreaterThan(20);
				expect(await brokenWords(checked)).toEqual([]);
				// Each link is one line high, the header stays within the screen.
				for (const link of await nav.getByRole('link').all())
					expect((await link.boundingBox())!.height).toBeLessThan(40);
				expect(
					await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
				).toBeLessThanOrEqual(0);
				await page.getByRole('link', { name: 'Deployments' }).click();
				await offerInstall(page);
				expect(await brokenWords(page.locator('header, main :is(h1, h2, button)'))).toEqual([]);
			});

			test(`the sign-off is ${phone ? 'one card per role' : 'a table'}, and a drawn signature is kept`, async ({
				page
			}) => {
				// A 104-task page opened twice, and a drawing: slow on a busy 2-core machine.
				test.setTimeout(60_000);
				await openDeployment(page);
				const signoff = page.getByRole('region', { name: 'Sign-off', exact: true });
				await signoff.scrollIntoViewIfNeeded();
				// One set of inputs: each accessible name names exactly one input.
				for (const role of ROLES)
					for (const column of COLUMNS)
						await expect(
							page.getByLabel(`${role} ${column.toLowerCase()}`, { exact: true })
						).toHaveCount(1);
				if (phone) {
					await expect(signoff.getByRole('table')).toHaveCount(0);
					const cards = signoff.getByRole('listitem');
					await expect(cards).toHaveCount(ROLES.length);
					for (const [i, role] of ROLES.entries()) {
						const card = cards.nth(i);
						await expect(card.getByRole('heading', { level: 3 })).toHaveText(role);
						// Visible labels, each above its own input, the three stacked down the card.
						const labels = card.locator('label');
						await expect(labels).toHaveText(COLUMNS.map((c) => `${role} ${c}`));
						const cardBox = (await card.boundingBox())!;
						let bottom = cardBox.y;
						for (const [c, column] of COLUMNS.entries()) {
							const label = (await labels.nth(c).boundingBox())!;
							const input = (await card.getByLabel(`${role} ${column}`).boundingBox())!;
							expect(label.height).toBeGreaterThan(10);
							expect(label.y).toBeGreaterThanOrEqual(bottom);
							expect(input.y).toBeGreaterThanOrEqual(label.y + label.height - 1);
							expect(input.width).toBeGreaterThan(cardBox.width * 0.5);
							bottom = input.y + input.height;
						}
					}
					await cards.first().locator('label').first().click();
					await expect(page.getByLabel('Developer name', { exact: true })).toBeFocused();
				} else {
					await expect(signoff.getByRole('listitem')).toHaveCount(0);
					await expect(signoff.getByRole('rowheader')).toHaveText(ROLES);
					await expect(signoff.getByRole('columnheader')).toHaveText(['Role', ...COLUMNS]);
				}

				await page.getByLabel('Tech Lead name').fill('Ωmega Lead');
				await page.getByRole('button', { name: 'Draw Tech Lead signature' }).click();
				const dialog = page.getByRole('dialog', { name: 'Draw the Tech Lead signature' });
				const pad = dialog.getByLabel('Drawing area for the Tech Lead signature');
				await expect(pad).toBeVisible();
				const box = (await pad.boundingBox())!;
				if (phone) expect(box.width).toBeGreaterThanOrEqual(viewport.width * 0.9);
				else expect(box.width).toBeGreaterThanOrEqual(480);
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
				expect(box.height).toBeGreaterThanOrEqual(120);
				expect(box.height).toBeLessThanOrEqual(viewport.height * 0.6 + 1);
				await drawAcross(page, pad, phone);
				await dialog.getByRole('button', { name: 'Use drawing' }).click();
				await expect(dialog).toBeHidden();
				const drawn = page.getByRole('img', { name: 'Drawn Tech Lead signature' });
				await expect(drawn).toBeVisible();
				await expect(page.getByRole('button', { name: 'Clear Tech Lead signature' })).toBeFocused();
				// The stroke crossed the pad; the PNG keeps it, cut to the ink and capped in size, so
				// it is wide like the PDF's signature box.
				const [width, height] = await drawn.evaluate((img: HTMLImageElement) => [
					img.naturalWidth,
					img.naturalHeight
				]);
				expect(width).toBeGreaterThanOrEqual(Math.min(960, box.width * 0.85));
				expect(width).toBeLessThanOrEqual(960);
				expect(height).toBeLessThanOrEqual(80);
				await waitSaved(page);
				await page.reload();
				await expect(drawn).toBeVisible();
				await expect(page.getByLabel('Tech Lead name')).toHaveValue('Ωmega Lead');
			});

			test('a long command shows that it scrolls when it does not fit', async ({ page }) => {
				await openDeployment(page);
				const code = page
					.getByRole('group', { name: 'bash code' })
					.filter({ hasText: '# Check health endpoint' })
					.first();
				await code.scrollIntoViewIfNeeded();
				const cue = page.locator('figure').filter({ has: code }).getByText('scroll →');
				await expect(code).toHaveAttribute('tabindex', '0');
				const wider = await code.evaluate((el) => el.scrollWidth > el.clientWidth);
				// The health check's expected output is ~70 characters: wider than a phone's screen.
				expect(wider).toBe(phone);
				if (!phone) {
					await expect(cue).toHaveCount(0);
					return;
				}
				await expect(cue).toBeVisible();
				expect(await code.evaluate((el) => getComputedStyle(el).backgroundAttachment)).toMatch(
					/local.*scroll/
				);
				await code.focus();
				await page.keyboard.press('ArrowRight');
				await expect.poll(() => code.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
			});

			test('no serious accessibility violations, with "Install app" and the pad open', async ({
				page
			}) => {
				// axe walks every node of a 104-task page: on a busy 2-core machine that is slow.
				test.setTimeout(120_000);
				await openDeployment(page);
				await page.getByRole('region', { name: 'Sign-off', exact: true }).scrollIntoViewIfNeeded();
				// The whole page on a phone; on a desktop, what changes here (a11y.e2e.ts does the rest).
				const scope = new AxeBuilder({ page });
				if (!phone) scope.include('header').include('[aria-label="Sign-off"]').include('figure');
				expect(await seriousViolations(scope)).toEqual([]);
				await page.getByRole('button', { name: 'Draw Developer signature' }).click();
				await expect(page.getByRole('dialog')).toBeVisible();
				expect(await seriousViolations(new AxeBuilder({ page }).include('dialog'))).toEqual([]);
			});
		});
	}

/** The fonts Chromium drew an element's text with, and how many glyphs each drew. */
async function platformFonts(cdp: CDPSession, selector: string) {
	const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
	const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
	return (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts;
}

test('a Chinese name renders with a real CJK font; a page without one fetches no font', async ({
	page,
	context
}) => {
	const fetched: string[] = [];
	page.on('request', (r) => {
		if (new URL(r.url()).pathname.startsWith('/fonts/')) fetched.push(r.url());
	});
	const cjkFace = () =>
		page.evaluate(
			() => [...document.fonts].find((f) => f.family.includes('Shipshape CJK'))?.status
		);
	await openDeployment(page);
	await page.goto('/');
	await expect(page.getByRole('list', { name: 'All deployments' })).toBeVisible();
	// Latin-only pages: the CJK face is declared but never loaded, and no font file is fetched.
	expect(await cjkFace()).toBe('unloaded');
	expect(fetched).toEqual([]);
	expect(
		await page.evaluate(() =>
			performance.getEntriesByType('resource').filter((e) => e.name.includes('/fonts/'))
		)
	).toEqual([]);

	await page.getByRole('list', { name: 'All deployments' }).getByRole('link').first().click();
	await page.getByLabel('Deployed By').fill('李雷');
	await waitSaved(page);
	await page.goto('/');
	const meta = page.getByText('by 李雷');
	await expect(meta).toBeVisible();
	await meta.evaluate(() => document.fonts.ready);
	await meta.evaluate((el) => el.setAttribute('data-cjk-probe', ''));
	const cdp = await context.newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	// The Latin text takes the first font; the two hanzi must be drawn by another one that has
	// them. Where no font has them, Chromium draws empty boxes with the first font instead.
	const fonts = await platformFonts(cdp, '[data-cjk-probe]');
	const [latin, ...others] = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount);
	expect(latin.glyphCount, JSON.stringify(fonts)).toBeGreaterThan(10);
	expect(
		others.map((f) => f.glyphCount),
		JSON.stringify(fonts)
	).toEqual([2]);
	// A system CJK font needs no download; the shipped one comes from the app's own fonts/.
	if (others[0].isCustomFont) {
		expect(others[0].familyName).toBe('Noto Sans SC');
		expect(fetched.some((url) => url.endsWith('/fonts/NotoSansSC-Regular.ttf'))).toBe(true);
	}

	// Whatever the system has, the shipped face itself loads and draws both.
	await page.evaluate(() => {
		const probe = document.createElement('span');
		probe.id = 'shipped-cjk';
		probe.style.fontFamily = "'Shipshape CJK'";
		probe.textContent = '李雷';
		document.body.append(probe);
		return document.fonts.load("16px 'Shipshape CJK'", '李雷');
	});
	expect(await cjkFace()).toBe('loaded');
	expect(await platformFonts(cdp, '#shipped-cjk')).toEqual([
		expect.objectContaining({ familyName: 'Noto Sans SC', isCustomFont: true, glyphCount: 2 })
	]);
});
