// Scale: the home page with 1,000 stored deployments, and a 1,000-task Markdown checklist
// imported on the Templates page and opened as a deployment. The app's state here is that of
// an installed app: the service worker controls the pages and the network is on.
import { freshContext, waitForMark, waitForWorker } from './browser.js';
import { copyDeployment, createDeployment, deleteRecords, fillSome, readStore } from './app.js';
import { summarize } from './stats.js';

const DEPLOYMENTS = 1000;
const SECTIONS = 20;
const TASKS_PER_SECTION = 50;
export const BIG_TITLE = 'Scale checklist (1,000 tasks)';

/** A 1,000-task Markdown checklist: 20 sections of 50 tasks. */
export function bigChecklist() {
	const lines = [`# ${BIG_TITLE}`, ''];
	for (let s = 1; s <= SECTIONS; s++) {
		lines.push(`## Area ${s}`, '');
		for (let t = 1; t <= TASKS_PER_SECTION; t++)
			lines.push(`- [ ] Check ${s}.${t}: service ${s}-${t} answers \`/health\` within budget`);
		lines.push('');
	}
	return lines.join('\n');
}

/**
 * Loads a page in a new tab; resolves to its ready mark (ms from navigation start).
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} url
 * @param {string} mark
 */
async function readyOf(context, url, mark) {
	const page = await context.newPage();
	await page.goto(url);
	const ready = await waitForMark(page, mark);
	await page.close();
	return ready;
}

/**
 * Clicks a button and times, in the page, from the click event until the result is on screen
 * (checked before every frame), then one task more after that frame, as the app's ready marks do.
 * 'preview': the import preview shows its summary. 'saved': the preview is closed, the paste box
 * emptied and the template listed (the list follows the database: listed = stored, read back).
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').Locator} button
 * @param {'preview' | 'saved'} until
 */
async function timeClick(page, button, until) {
	await button.evaluate(
		(el, { until, title }) => {
			const w = /** @type {any} */ (window);
			w.__benchClick = null;
			const shown = () => {
				const preview = document.querySelector('[role="region"][aria-label="Preview"]');
				if (until === 'preview') return !!preview?.querySelector('[data-testid="diagnostics"]');
				const paste = /** @type {HTMLTextAreaElement} */ (document.getElementById('paste-md'));
				const names = [...document.querySelectorAll('ul.list > li h2')].map((h) => h.textContent);
				return !preview && paste.value === '' && names.some((n) => n?.includes(title));
			};
			el.addEventListener(
				'click',
				(e) => {
					const start = e.timeStamp;
					// Checked before each frame; once shown, the time is taken after that frame.
					const poll = () => {
						if (shown()) setTimeout(() => (w.__benchClick = performance.now() - start), 0);
						else requestAnimationFrame(poll);
					};
					requestAnimationFrame(poll);
				},
				{ capture: true, once: true }
			);
		},
		{ until, title: BIG_TITLE }
	);
	await button.click();
	const handle = await page.waitForFunction(() => /** @type {any} */ (window).__benchClick, null, {
		timeout: 60_000
	});
	return /** @type {number} */ (await handle.jsonValue());
}

/**
 * One import on a freshly loaded Templates page, once it has loaded the parser while idle: paste,
 * Preview, Save; then a second Preview on the same page, which is discarded.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} markdown
 */
async function importOnce(context, markdown) {
	const page = await context.newPage();
	await page.goto('/templates/');
	await page
		.getByRole('button', { name: `New deployment from ${'Production Deployment Checklist'}` })
		.waitFor();
	// The page loads the parser once it is idle; a person takes longer than that to paste.
	await waitForMark(page, 'shipshape:parser-loaded');
	const paste = page.getByLabel('…or paste Markdown');
	await paste.fill(markdown);
	const previewButton = page.getByRole('button', { name: 'Preview', exact: true });
	const preview = await timeClick(page, previewButton, 'preview');
	const save = await timeClick(page, page.getByRole('button', { name: 'Save template' }), 'saved');
	await paste.fill(markdown);
	const again = await timeClick(page, previewButton, 'preview');
	await page.getByRole('button', { name: 'Discard' }).click();
	const diagnostics = await page.evaluate(
		() => document.querySelector('ul.list')?.textContent ?? ''
	);
	await page.close();
	return { preview, save, again, listed: diagnostics.includes('1000 tasks') };
}

/**
 * Starts a deployment from the big template on the Templates page; times the click to the run
 * page's ready mark (a client-side navigation, so both are on one timeline).
 * @param {import('@playwright/test').BrowserContext} context
 */
async function openOnce(context) {
	const page = await context.newPage();
	await page.goto('/templates/');
	const button = page.getByRole('button', { name: `New deployment from ${BIG_TITLE}` });
	await button.evaluate((el) =>
		el.addEventListener(
			'click',
			(e) => {
				/** @type {any} */ (window).__benchOpen = e.timeStamp;
			},
			{ capture: true, once: true }
		)
	);
	await button.click();
	const ready = await waitForMark(page, 'shipshape:ready:run');
	const complete = await waitForMark(page, 'shipshape:complete:run');
	const start = await page.evaluate(() => /** @type {any} */ (window).__benchOpen);
	const tasks = await page.locator('article.checklist li input[type="checkbox"]').count();
	const id = new URL(page.url()).searchParams.get('id') ?? '';
	await page.close();
	return { open: ready - start, complete: complete - start, tasks, id };
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ appURL: string, reps: number, warmup: number }} options
 */
export async function measureScale(browser, { appURL, reps, warmup }) {
	const context = await freshContext(browser, appURL, { worker: true });
	const page = await context.newPage();
	await page.goto('/');
	await waitForWorker(page);
	const id = await createDeployment(page);
	await fillSome(page, 10);

	/** @param {() => Promise<number>} once */
	const repeat = async (once) => {
		const samples = [];
		for (let i = 0; i < warmup + reps; i++) {
			const value = await once();
			if (i >= warmup) samples.push(value);
		}
		return summarize(samples);
	};

	const homeOne = await repeat(() => readyOf(context, '/', 'shipshape:ready:home'));
	const seeded = await copyDeployment(page, id, DEPLOYMENTS - 1);
	const homeMany = await repeat(() => readyOf(context, '/', 'shipshape:ready:home'));
	await page.goto('/');
	await waitForMark(page, 'shipshape:ready:home');
	const listed = await page.locator('ul.runs > li').count();

	// Import: each repetition saves the big template; all but the last are removed again.
	const markdown = bigChecklist();
	/** @type {Awaited<ReturnType<typeof importOnce>>[]} */
	const imports = [];
	for (let i = 0; i < warmup + reps; i++) {
		const result = await importOnce(context, markdown);
		if (i >= warmup) imports.push(result);
		if (i < warmup + reps - 1) {
			const stored = await readStore(page, 'templates');
			await deleteRecords(
				page,
				'templates',
				stored.map((t) => t.id)
			);
		}
	}

	/** @type {Awaited<ReturnType<typeof openOnce>>[]} */
	const opens = [];
	for (let i = 0; i < warmup + reps; i++) {
		const result = await openOnce(context);
		if (i >= warmup) opens.push(result);
	}
	const bigRun = opens[0].id;
	const reload = await repeat(() => readyOf(context, `/run/?id=${bigRun}`, 'shipshape:ready:run'));
	await context.close();
	return {
		deployments: { stored: seeded.runs, listed, entriesPerRun: seeded.entriesPerRun },
		homeOne,
		homeMany,
		import: {
			characters: markdown.length,
			listed: imports.every((r) => r.listed),
			preview: summarize(imports.map((r) => r.preview)),
			save: summarize(imports.map((r) => r.save)),
			previewAgain: summarize(imports.map((r) => r.again))
		},
		open: {
			tasks: opens[0].tasks,
			fromTemplates: summarize(opens.map((r) => r.open)),
			complete: summarize(opens.map((r) => r.complete)),
			reload
		}
	};
}
