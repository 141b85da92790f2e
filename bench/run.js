#!/usr/bin/env node
// npm run bench: builds the site if needed, serves build/ (plus a no-JavaScript "floor" page of
// the same checklist) the way a static host does, drives Chromium through the app, prints a
// table with the budgets and writes bench/results.json. See bench/README.md for what each
// figure means. Options: --reps N, --warmup N, --only bytes,load,interaction,scale,export,probes,
// --rebuild, --quick (3 repetitions, for trying changes; not valid figures), --update-readme.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/serve.js';
import { launch } from './browser.js';
import { ensureBuild } from './build.js';
import { lazyChunks, lazyFonts, precache } from './chunks.js';
import { writeFloor } from './floor.js';
import { busyness, describeMachine } from './machine.js';
import { measureBytes } from './measure-bytes.js';
import { measureExport } from './measure-export.js';
import { measureInteraction } from './measure-interaction.js';
import { measureLoad } from './measure-load.js';
import { measureProbes } from './measure-probes.js';
import { measureScale } from './measure-scale.js';
import { buildRows } from './rows.js';
import { chunkMarkdown, chunkTable, markdownTable, textTable } from './table.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SECTIONS = ['bytes', 'load', 'interaction', 'scale', 'export', 'probes'];
const FLOOR_PREFIX = '/__floor/';

/** @param {string[]} argv */
function parseArgs(argv) {
	const options = { reps: 10, warmup: 1, only: SECTIONS, rebuild: false, updateReadme: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--reps') options.reps = Number(argv[++i]);
		else if (arg === '--warmup') options.warmup = Number(argv[++i]);
		else if (arg === '--only') options.only = argv[++i].split(',');
		else if (arg === '--rebuild') options.rebuild = true;
		else if (arg === '--quick') Object.assign(options, { reps: 3, warmup: 1 });
		else if (arg === '--update-readme') options.updateReadme = true;
		else throw new Error(`Unknown option ${arg}`);
	}
	const unknown = options.only.filter((s) => !SECTIONS.includes(s));
	if (unknown.length)
		throw new Error(`Unknown section ${unknown.join(', ')}: use ${SECTIONS.join(',')}`);
	if (!(options.reps >= 1) || !(options.warmup >= 0)) throw new Error('--reps ≥ 1, --warmup ≥ 0');
	return options;
}

/**
 * Runs one section with a heading and its duration on the console.
 * @template T
 * @param {string} name
 * @param {() => Promise<T>} work
 */
async function section(name, work) {
	const started = Date.now();
	process.stdout.write(`• ${name}… `);
	const result = await work();
	console.log(`${((Date.now() - started) / 1000).toFixed(0)} s`);
	return result;
}

/**
 * Replaces the text between two marker comments in bench/README.md (the table and the lazy
 * chunks; the project's README only links to it).
 * @param {string} file path from the repository root
 * @param {string} name
 * @param {string} text
 */
async function updateReadme(file, name, text) {
	const path = join(ROOT, file);
	const readme = readFileSync(path, 'utf8');
	const start = `<!-- bench:${name} -->`;
	const end = `<!-- /bench:${name} -->`;
	const from = readme.indexOf(start);
	const to = readme.indexOf(end);
	if (from < 0 || to < from) throw new Error(`${file} lacks the ${start} … ${end} markers`);
	const updated = `${readme.slice(0, from + start.length)}\n${text}\n${readme.slice(to)}`;
	// Formatted like the rest of the repository, so `npm run lint` stays clean.
	const prettier = await import('prettier');
	const options = (await prettier.resolveConfig(path)) ?? {};
	writeFileSync(path, await prettier.format(updated, { ...options, filepath: path }));
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	const started = Date.now();
	const build = ensureBuild(ROOT, options.rebuild);
	console.log(`Shipshape benchmark: ${build}.`);

	// The floor page, rendered now from the template in the working tree.
	const floorDir = mkdtempSync(join(tmpdir(), 'shipshape-floor-'));
	const floor = writeFloor(ROOT, floorDir);

	// One server; listening on :: answers both 127.0.0.1 (the app) and localhost (the floor), so the
	// floor is another origin, outside the reach of the app's service worker. A max-age lets the
	// floor be served from the HTTP cache when offline.
	const server = await serve({
		port: 0,
		host: '::',
		dir: join(ROOT, 'build'),
		mount: { prefix: FLOOR_PREFIX, dir: floorDir, cacheControl: 'public, max-age=86400' }
	});
	const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
	const appURL = `http://127.0.0.1:${port}`;
	const floorURL = `http://localhost:${port}${FLOOR_PREFIX}`;
	const browser = await launch();
	const machine = describeMachine(browser);
	const load = { start: busyness(), end: 0 };
	console.log(
		`${machine.cpu.model} × ${machine.cpu.cores}, Chromium ${machine.chromium}, Node ${machine.node}, ` +
			`commit ${machine.commit.slice(0, 10)}${machine.dirty ? ' (with uncommitted changes)' : ''}; ` +
			`${options.reps} repetitions after ${options.warmup} warm-up.`
	);
	if (options.reps < 10)
		console.log(`Note: ${options.reps} repetitions are for trying changes; the record uses 10.`);
	if (load.start > 0.5)
		console.log(
			`Note: the machine is busy (load ${load.start} per core); timings will be slower and noisier.`
		);

	const run = { appURL, floorURL, reps: options.reps, warmup: options.warmup };
	/** @type {Record<string, any>} */
	const results = { floor };
	try {
		const want = (/** @type {string} */ s) => options.only.includes(s);
		if (want('bytes')) {
			results.bytes = await section('bytes', () => measureBytes(browser, appURL, ROOT));
			results.precache = precache(ROOT);
			results.lazy = [...lazyChunks(ROOT), ...lazyFonts(ROOT)];
		}
		if (want('load')) results.load = await section('load', () => measureLoad(browser, run));
		if (want('interaction'))
			results.interaction = await section('interaction', () => measureInteraction(browser, run));
		if (want('scale')) results.scale = await section('scale', () => measureScale(browser, run));
		if (want('export')) results.export = await section('export', () => measureExport(browser, run));
		if (want('probes')) results.probes = await section('probes', () => measureProbes(browser, run));
	} finally {
		await browser.close();
		server.close();
		rmSync(floorDir, { recursive: true, force: true });
	}
	load.end = busyness();

	const rows = buildRows(results);
	console.log(`\n${textTable(rows)}`);
	if (results.lazy) console.log(`\n${chunkTable(results.lazy)}`);
	const verdicts = rows.filter((r) => r.pass !== undefined);
	const failed = verdicts.filter((r) => !r.pass);
	console.log(
		`\n${verdicts.length - failed.length} of ${verdicts.length} budgets met` +
			(failed.length ? `; missed: ${failed.map((r) => r.label).join('; ')}.` : '.') +
			` Took ${Math.round((Date.now() - started) / 1000)} s. Machine load per core: ${load.start} → ${load.end}.`
	);

	const meta = { ...machine, ...options, build, loadPerCore: load, floorURL, appURL };
	writeFileSync(
		join(ROOT, 'bench/results.json'),
		`${JSON.stringify({ meta, rows, results }, null, '\t')}\n`
	);
	console.log('Wrote bench/results.json.');
	if (options.updateReadme) {
		const when = `${meta.date.slice(0, 10)}, commit \`${meta.commit.slice(0, 10)}\`${meta.dirty ? ' (with uncommitted changes)' : ''}`;
		const where = `${meta.cpu.model}, ${meta.cpu.cores} cores, ${meta.memoryGB} GB, ${meta.platform}; Chromium ${meta.chromium} (headless); Node ${meta.node}; load per core during the run ${load.start} → ${load.end}`;
		const table = `Measured ${when} on ${where}. ${options.reps} repetitions after ${options.warmup} warm-up.\n\n${markdownTable(rows)}`;
		await updateReadme('bench/README.md', 'table', table);
		if (results.lazy) await updateReadme('bench/README.md', 'chunks', chunkMarkdown(results.lazy));
		console.log('Updated the tables in bench/README.md.');
	}
}

main().catch((error) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	process.exit(1);
});
