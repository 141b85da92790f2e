// Where and on what the figures were measured: they mean little without the machine, the
// browser and the exact code.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

/** @param {string[]} args */
function git(args) {
	try {
		return execFileSync('git', args, {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
	} catch {
		return '';
	}
}

/**
 * The machine, the software and the code under test.
 * @param {import('@playwright/test').Browser} browser
 */
export function describeMachine(browser) {
	const cores = cpus();
	return {
		date: new Date().toISOString(),
		commit: git(['rev-parse', 'HEAD']),
		branch: git(['rev-parse', '--abbrev-ref', 'HEAD']),
		// Uncommitted changes to the app would make the commit a lie; bench/ itself does not count.
		dirty: git(['status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench']) !== '',
		cpu: { model: cores[0]?.model ?? 'unknown', cores: cores.length },
		memoryGB: Math.round(totalmem() / 1e9),
		platform: `${process.platform} ${process.arch}`,
		node: process.version,
		chromium: browser.version()
	};
}

/** The 1-minute load average, as a share of the cores (1 = every core busy). */
export function busyness() {
	return Math.round((loadavg()[0] / Math.max(1, cpus().length)) * 100) / 100;
}
