#!/usr/bin/env node
// node bench/diagnose.js [--maps DIR] [bytes load tick home import pdf probes]
// Finds where the time and bytes go for the benchmark's budgets: builds the app once more with
// source maps (in a temporary copy), serves it, records Chromium traces (saved to bench/traces/
// for DevTools or Perfetto) and CPU profiles, and prints summaries by source module.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/serve.js';
import { launch } from './browser.js';
import * as scenarios from './diagnose-scenarios.js';
import { buildWithMaps } from './maps-build.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ALL = {
	bytes: scenarios.bytesScenario,
	load: scenarios.loadScenario,
	tick: scenarios.tickScenario,
	home: scenarios.homeScenario,
	import: scenarios.importScenario,
	pdf: scenarios.pdfScenario,
	probes: scenarios.probeScenario
};

/** Prints nested results compactly: lists of [name, value] pairs as aligned lines. */
function print(/** @type {unknown} */ value, indent = '') {
	if (Array.isArray(value) && value.every((v) => Array.isArray(v) && v.length === 2)) {
		for (const [name, v] of value.slice(0, 30))
			console.log(
				`${indent}${String(typeof v === 'object' ? JSON.stringify(v, (_, x) => (typeof x === 'number' ? Math.round(x) : x)) : v).padStart(12)}  ${name}`
			);
		return;
	}
	if (value && typeof value === 'object' && !Array.isArray(value)) {
		for (const [key, v] of Object.entries(value)) {
			if (v && typeof v === 'object' && !('median' in v)) {
				console.log(`${indent}${key}:`);
				print(v, `${indent}  `);
			} else
				console.log(
					`${indent}${key}: ${JSON.stringify(v, (k, x) => (k === 'samples' ? undefined : typeof x === 'number' ? Math.round(x * 10) / 10 : x))}`
				);
		}
		return;
	}
	console.log(`${indent}${JSON.stringify(value)}`);
}

async function main() {
	const args = process.argv.slice(2);
	const mapsAt = args.indexOf('--maps');
	const mapsDir = mapsAt >= 0 ? args.splice(mapsAt, 2)[1] : null;
	const names = args.length ? args : Object.keys(ALL);
	const unknown = names.filter((n) => !(n in ALL));
	if (unknown.length)
		throw new Error(`Unknown scenario ${unknown.join(', ')}: use ${Object.keys(ALL).join(' ')}`);

	console.log(mapsDir ? `Using the source-map build in ${mapsDir}.` : 'Building with source maps…');
	const dir = mapsDir ?? buildWithMaps(ROOT);
	const site = join(dir, 'build');
	const server = await serve({ port: 0, host: '::', dir: site });
	const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
	const browser = await launch();
	const traces = join(ROOT, 'bench/traces');
	mkdirSync(traces, { recursive: true });
	/** @type {scenarios.Env} */
	const env = {
		browser,
		appURL: `http://127.0.0.1:${port}`,
		site,
		traces,
		saveTrace: (name, trace) => writeFileSync(join(traces, `${name}.json`), trace)
	};
	/** @type {Record<string, unknown>} */
	const results = {};
	try {
		for (const name of names) {
			console.log(`\n=== ${name} ===`);
			results[name] = await ALL[/** @type {keyof typeof ALL} */ (name)](env);
			print(results[name]);
		}
		writeFileSync(join(traces, 'diagnosis.json'), JSON.stringify(results, null, '\t'));
	} finally {
		await browser.close();
		server.close();
	}
	console.log(
		`\nTraces are in bench/traces/. The source-map build stays in ${dir} (reuse it with --maps).`
	);
}

main().catch((error) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	process.exit(1);
});
