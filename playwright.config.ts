import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './tests/chromium';

const executablePath = findChromium();
if (!executablePath) {
	console.error(NO_CHROMIUM);
	process.exit(1);
}

/** The port the built site is served on during tests (npm start uses 4173; override to run two suites). */
export const PORT = Number(process.env.SHIPSHAPE_TEST_PORT ?? 4174);
/** The built site the tests serve (another folder, with another port, runs a second suite). */
const BUILD = process.env.SHIPSHAPE_TEST_BUILD ?? 'build';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? 'list' : [['list']],
	timeout: 30_000,
	expect: { timeout: 5_000 },
	use: {
		baseURL: `http://localhost:${PORT}`,
		serviceWorkers: 'allow',
		acceptDownloads: true,
		trace: 'retain-on-failure',
		launchOptions: { executablePath, args: CHROMIUM_ARGS }
	},
	webServer: {
		command: `node scripts/serve.js --port ${PORT} --dir ${BUILD}`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: false,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
