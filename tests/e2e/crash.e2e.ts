// Durability against a crash: the browser process is killed, not closed.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium';
import { waitSaved } from './helpers';

// Tracing would try to stop on the browser this test kills.
test.use({ trace: 'off' });

/** Starts Chromium on a profile folder as a process this test can kill. */
async function launchChromium(profile: string): Promise<{ proc: ChildProcess; browser: Browser }> {
	const proc = spawn(
		findChromium()!,
		[...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
		{ detached: true }
	);
	const endpoint = await new Promise<string>((resolve, reject) => {
		let seen = '';
		proc.stderr!.on('data', (chunk: Buffer) => {
			seen += chunk.toString();
			const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
			if (match) resolve(match[1]);
		});
		proc.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${seen}`)));
	});
	return { proc, browser: await chromium.connectOverCDP(endpoint) };
}

/**
 * Kills Chromium and every process it started (it runs in a process group of its own), so
 * none is left writing into the profile folder.
 */
async function killed(proc: ChildProcess): Promise<void> {
	const running = proc.exitCode === null && proc.signalCode === null;
	const exited = running ? new Promise((resolve) => proc.once('exit', resolve)) : null;
	try {
		process.kill(-proc.pid!, 'SIGKILL');
	} catch {
		// The whole group is gone already.
	}
	await exited;
}

test('500 rapid ticks and keystrokes survive killing the browser process', async ({ baseURL }) => {
	test.setTimeout(120_000);
	const profile = mkdtempSync(join(tmpdir(), 'shipshape-kill-'));
	let proc: ChildProcess | undefined;
	try {
		let browser: Browser;
		({ proc, browser } = await launchChromium(profile));
		let page = await browser.contexts()[0].newPage();
		await page.goto(baseURL!);
		const url = await newDeploymentAt(page);
		// 300 ticks as fast as the page takes them, spread over 40 tasks (many ticked and unticked
		// again), then 200 keystrokes. Tasks without sub-tasks: ticking a parent with open ones
		// asks first (ticking the last open one ticks its parent, which is more writes).
		let operations = await page.evaluate(() => {
			const boxes = [
				...document.querySelectorAll<HTMLInputElement>(
					'article.checklist li.task:not(:has(ul.tasks)) input[type=checkbox]'
				)
			].slice(0, 40);
			for (let i = 0; i < 300; i++) boxes[(i * 7) % boxes.length].click();
			return 300;
		});
		const notes = page.getByRole('textbox', { name: 'Notes' });
		await notes.click();
		await page.keyboard.type('Zoë 李雷 🚀 '.repeat(20).slice(0, 100));
		await page.getByLabel('Version').click();
		await page.keyboard.type('v'.repeat(100));
		operations += 200;
		expect(operations).toBe(500);
		await waitSaved(page);
		const boxes = page.locator('article.checklist input[type=checkbox]');
		await expect(boxes).toHaveCount(104);
		const shown = await page.evaluate(() => ({
			ticks: [
				...document.querySelectorAll<HTMLInputElement>('article.checklist input[type=checkbox]')
			].map((b) => b.checked),
			notes: (document.querySelector('textarea') as HTMLTextAreaElement).value
		}));
		expect(shown.ticks.filter(Boolean).length).toBeGreaterThan(0);

		await killed(proc);
		({ proc, browser } = await launchChromium(profile));
		page = await browser.contexts()[0].newPage();
		await page.goto(url);
		await expect(page.getByLabel('Version')).toHaveValue('v'.repeat(100));
		await expect(page.locator('article.checklist input[type=checkbox]')).toHaveCount(104);
		const after = await page.evaluate(() => ({
			ticks: [
				...document.querySelectorAll<HTMLInputElement>('article.checklist input[type=checkbox]')
			].map((b) => b.checked),
			notes: (document.querySelector('textarea') as HTMLTextAreaElement).value
		}));
		expect(after.ticks).toEqual(shown.ticks);
		expect(after.notes).toBe(shown.notes);
		await browser.close();
		await killed(proc);
	} finally {
		// Never leave a browser behind, even when the test failed half-way.
		if (proc) await killed(proc);
		// A killed child may still be closing a file in the profile for a moment.
		rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
	}
});

async function newDeploymentAt(page: Page): Promise<string> {
	await page.getByRole('button', { name: 'New deployment' }).click();
	await page.waitForURL(/\/run\/\?id=/);
	await expect(page.getByLabel('Version')).toBeVisible();
	return page.url();
}
