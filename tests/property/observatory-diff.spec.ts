// The differential test: Shipshape's Observatory grade against the real @mdn/mdn-http-observatory
// package, run offline (observatory-package.ts), on the package's own test cases, on real-world
// production header sets and on generated sites. Score, grade and every result name must agree.
import * as charts from '@mdn/mdn-http-observatory/src/grader/charts.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
	gradeForScore,
	SCORE_TABLE,
	MINIMUM_SCORE_FOR_EXTRA_CREDIT,
	scoreModifier
} from '$lib/observatory/score';
import { parseCsp, parseCspMeta } from '$lib/observatory/csp-parse';
import { firstHeader, headerList } from '$lib/observatory/headers';
import { PRODUCTION_SITES } from '../fixtures/observatory-sites';
import {
	differences,
	entries,
	packageResultFor,
	shipshapeGrade,
	shipshapeGradeFor,
	translate
} from './observatory-compare';
import {
	browserLikeDomParser,
	goOffline,
	goOnline,
	requestLog,
	scanSite
} from './observatory-package';
import {
	packageTestFiles,
	readWrappedExports,
	runPackageTests,
	type PackageCall
} from './observatory-package-cases';
import { generatedSites } from './observatory-site-gen';
import type { SiteModel } from './observatory-site-model';

const GENERATED = 600;
const figures: Record<
	string,
	{ cases: number; differences: number; of?: Record<string, number>; notes?: number }
> = {};
/** Every result the package gave on the sites, to show what the corpus reaches. */
const seen = new Set<string>();
// What no scan of a pasted (unlisted, reachable, validly certified) site can give; universal
// CORS access neither, since a real scan never sees the Origin it sent (cors.js reads it from
// the request object, which has no headers).
const UNREACHABLE = [
	'hsts-preloaded',
	'hsts-not-implemented-no-https',
	'hsts-invalid-cert',
	'redirection-all-redirects-preloaded',
	'redirection-not-needed-no-http',
	'redirection-invalid-cert',
	'cross-origin-resource-sharing-implemented-with-universal-access'
];
let html: ReturnType<typeof browserLikeDomParser>;

beforeAll(() => {
	goOffline();
	// The package logs each page its HTML reader fails on; the test compares the outcome instead.
	vi.spyOn(console, 'error').mockImplementation(() => {});
	// Shipshape's HTML readers use the browser's DOMParser; in Node, jsdom's stands in.
	html = browserLikeDomParser();
	(globalThis as { DOMParser?: unknown }).DOMParser = html.DOMParser;
});

afterAll(() => {
	goOnline();
	delete (globalThis as { DOMParser?: unknown }).DOMParser;
	console.log(`Observatory differential: ${JSON.stringify(figures)}`);
});

async function compareSites(source: string, sites: SiteModel[]): Promise<string[]> {
	const found: string[] = [];
	let notes = 0;
	for (const site of sites) {
		const pkg = await scanSite(site);
		if (!('error' in pkg)) for (const r of Object.values(pkg.results)) if (r) seen.add(r);
		const ship = html.parsing(() => shipshapeGrade(site));
		notes += ship.tests.filter((t) => t.note).length;
		for (const d of differences(pkg, ship)) found.push(`${site.name} (${site.host}): ${d}`);
	}
	figures[source] = { cases: sites.length, differences: found.length, notes };
	return found;
}

describe('Shipshape grades as @mdn/mdn-http-observatory does', () => {
	it('scores with the package’s table: a change there fails here until Shipshape follows', () => {
		expect(Object.fromEntries([...charts.SCORE_TABLE].map(([k, v]) => [k, v.modifier]))).toEqual(
			SCORE_TABLE
		);
		expect(charts.MINIMUM_SCORE_FOR_EXTRA_CREDIT).toBe(MINIMUM_SCORE_FOR_EXTRA_CREDIT);
		for (const [score, grade] of charts.GRADE_CHART) expect(gradeForScore(score).grade).toBe(grade);
	});

	it('agrees on every call of the package’s own analyzer tests', async () => {
		const { run, skipped } = packageTestFiles();
		expect(run).toEqual(
			expect.arrayContaining([
				'csp.test.js',
				'cookies.test.js',
				'cors.test.js',
				'redirection.test.js',
				'subresource-integrity.test.js',
				'strict-transport-security.test.js',
				'x-frame-options.test.js'
			])
		);
		expect(skipped.map(([f]) => f).sort()).toEqual([
			'apiv2.test.js',
			'database.test.js',
			'retriever.test.js',
			'scanner.test.js'
		]);
		expect(run).toContain('analyzer-utils.test.js');
		await readWrappedExports();
		const found: string[] = [];
		const unexpressible: string[] = [];
		let cases = 0;
		const of: Record<string, number> = {};
		const check = (call: PackageCall) => {
			of[call.module] = (of[call.module] ?? 0) + 1;
			const where = `${call.file} › ${call.test} › ${call.fn}`;
			if (call.module === 'analyzer/cspParser') {
				let mine: unknown;
				try {
					mine = (call.fn === 'parseCspMeta' ? parseCspMeta : parseCsp)(call.args[0] as string[]);
				} catch {
					mine = 'throws';
				}
				if (
					call.error
						? mine !== 'throws'
						: JSON.stringify(
								[...(mine as Map<string, Set<string>>)].map(([k, v]) => [k, [...v]])
							) !==
							JSON.stringify(
								[...(call.output as Map<string, Set<string>>)].map(([k, v]) => [k, [...v]])
							)
				)
					found.push(`${where}: parse differs`);
			} else if (call.module === 'analyzer/utils') {
				const headers = entries(
					(call.args[0] as { headers?: Record<string, unknown> } | null)?.headers
				);
				const name = String(call.args[1]).toLowerCase();
				const mine =
					call.fn === 'getHttpHeaders' ? headerList(headers, name) : firstHeader(headers, name);
				if (JSON.stringify(mine) !== JSON.stringify(call.output))
					found.push(`${where}: headers differ`);
			} else if (call.module === 'grader/grader') {
				if (
					call.fn === 'getGradeForScore' &&
					JSON.stringify(gradeForScore(call.args[0] as number)) !== JSON.stringify(call.output)
				)
					found.push(`${where}: grade differs`);
				if (call.fn === 'getScoreModifier' && scoreModifier(call.args[0] as string) !== call.output)
					found.push(`${where}: modifier differs`);
			} else {
				const { input, unexpressible: cannot } = translate(call.args[0]);
				const name = (call.output as { constructor: { name: string } }).constructor.name;
				for (const [test, why] of cannot) unexpressible.push(`${where}: ${test} (${why})`);
				const ship = html.parsing(() => shipshapeGradeFor(input));
				if (!cannot.has(name as never)) {
					const mine = ship.tests.find((t) => t.test === name)?.result;
					const theirs = (call.output as { result: string }).result;
					if (mine !== theirs) found.push(`${where}: ${name} package ${theirs}, Shipshape ${mine}`);
				}
				const pkg = packageResultFor(call.args[0]);
				for (const d of differences(pkg, ship, new Set(cannot.keys()), false))
					found.push(`${where}: ${d}`);
			}
			cases += 1;
		};
		await runPackageTests(check);
		figures['package test cases'] = { cases, differences: found.length, of };
		expect(found).toEqual([]);
		expect(cases).toBeGreaterThan(150);
		// What no pasted output can show, and only that, is left out.
		expect(unexpressible.map((u) => u.replace(/^.* › (\w+): /, '')).sort()).toEqual([
			'redirection (the site has no http answer)',
			'strict-transport-security (the certificate is invalid)',
			'strict-transport-security (the site has no https answer)'
		]);
	});

	it('agrees on real-world production header sets', async () => {
		expect(await compareSites('production sets', PRODUCTION_SITES)).toEqual([]);
		expect(PRODUCTION_SITES.length).toBeGreaterThanOrEqual(40);
	});

	const sites = generatedSites(GENERATED);
	for (let start = 0; start < sites.length; start += 100) {
		it(`agrees on generated sites ${start + 1}–${start + 100}`, async () => {
			const found = await compareSites(
				`generated ${start + 1}–${start + 100}`,
				sites.slice(start, start + 100)
			);
			expect(found).toEqual([]);
		});
	}

	it('reaches every result a scan of a pasted site can give', () => {
		const missing = Object.keys(SCORE_TABLE).filter(
			(r) => !seen.has(r) && !UNREACHABLE.includes(r)
		);
		expect(missing).toEqual([]);
	});

	it('asked only the in-memory sites, never the network', () => {
		expect(requestLog.length).toBeGreaterThan(GENERATED * 3);
		expect(requestLog.filter((r) => !/^(GET|OPTIONS) https?:\/\//.test(r))).toEqual([]);
	});
});
