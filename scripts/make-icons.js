#!/usr/bin/env node
// Renders static/favicon.svg into the PNG icons the web app manifest lists. Run after changing
// the icon: `node scripts/make-icons.js` (needs a Chromium, found as the tests find it).
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const svg = await readFile('static/favicon.svg', 'utf8');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox'] });
const page = await browser.newPage();

/** Renders the icon at `size` px; `maskable` puts it inside the safe zone on a full-bleed square. */
async function render(size, maskable, path) {
	const inner = maskable ? Math.round(size * 0.72) : size;
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(`<html><body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${maskable ? '#1d5fd1' : 'transparent'}">
		<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${inner}" height="${inner}"></body></html>`);
	await page.screenshot({ path, omitBackground: !maskable });
}

await render(192, false, 'static/icons/icon-192.png');
await render(512, false, 'static/icons/icon-512.png');
await render(512, true, 'static/icons/maskable-512.png');
await render(180, true, 'static/icons/apple-touch-icon.png');
await browser.close();
console.log('Wrote static/icons/*.png');
