// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then Debian's /usr/bin/chromium,
// then Playwright's own download. Returns null when there is none. Plain JavaScript, so that
// the benchmark (bench/, run by Node without a TypeScript loader) shares it.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that make Chromium quiet and reliable headless, as root, on a closed network. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export const NO_CHROMIUM =
	'No Chromium found for the browser tests: set CHROMIUM_PATH, or install one with `sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`.';

/** The path of the Chromium to use, or null. */
/** @returns {string | null} */
export function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	try {
		const bundled = chromium.executablePath();
		if (bundled && existsSync(bundled)) return bundled;
	} catch {
		// Playwright throws when its browser was never downloaded.
	}
	return null;
}
