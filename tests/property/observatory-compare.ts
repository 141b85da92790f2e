// Both sides of the Observatory differential test. The package's side: its scan of a site, or,
// for a call its own tests made, every one of its analyzers on that test's input, scored as
// scanner/index.js scores them. Shipshape's side: what a person pastes (curl output, read by
// readPaste, the way the page reads it), or the test's input translated into Shipshape's.
import { ALL_TESTS } from '@mdn/mdn-http-observatory/src/constants.js';
import { CookieJar } from '$lib/observatory/cookie-jar';
import { gradeObservatory, type ObservatoryInput, type TestName } from '$lib/observatory';
import { firstHeader, headerList, type ObservedHeaders } from '$lib/observatory/headers';
import { OBSERVATORY_TESTS, scoreResults } from '$lib/observatory/score';
import {
	combineSummaries,
	summaryOf,
	type ObservatorySummary,
	type ShownGrade
} from '$lib/observatory/summary';
import { readPaste } from '$lib/paste/read-paste';
import type { PackageResult } from './observatory-package';
import { curlOutput, type SiteModel } from './observatory-site-model';

/**
 * Shipshape's grade of a site from the two pastes the checklist asks for, added up as the page
 * shows it (from what each paste stores).
 */
export function shipshapeGrade(site: SiteModel): ShownGrade {
	const host = site.host;
	const summaries: ObservatorySummary[] = [];
	for (const [kind, command, start, head] of [
		['headers', `curl -siL https://${host}/`, `https://${host}/`, false],
		['https-redirect', `curl -sIL http://${host}/`, `http://${host}/`, true]
	] as const) {
		const result = readPaste(curlOutput(site, start, head), { kind, command, host });
		if (!result.ok) throw new Error(`${site.name}: ${kind} paste refused: ${result.message}`);
		if (result.grade) summaries.push(summaryOf(result.grade));
	}
	return combineSummaries(summaries);
}

/**
 * How Shipshape's grade differs from the package's: one line per difference. `skip` names tests
 * to leave out (and then the score too); a refusal to grade counts only for whole scans.
 */
export function differences(
	pkg: PackageResult,
	ship: ShownGrade,
	skip: Set<string> = new Set(),
	scan = true
): string[] {
	if ('error' in pkg)
		return ship.refused ? [] : [`the package gives no grade (${pkg.error}); Shipshape does`];
	const out: string[] = [];
	if (ship.refused && scan)
		out.push(`Shipshape gives no grade (${ship.refused}); the package does`);
	for (const test of OBSERVATORY_TESTS) {
		if (skip.has(test)) continue;
		const mine = ship.tests.find((t) => t.test === test)?.result ?? 'not computed';
		if (mine !== pkg.results[test])
			out.push(`${test}: package ${pkg.results[test]}, Shipshape ${mine}`);
	}
	if (skip.size === 0 && pkg.grade !== ship.grade)
		out.push(`grade: package ${pkg.grade}, Shipshape ${ship.grade}`);
	if (skip.size === 0 && pkg.score !== ship.score)
		out.push(`score: package ${pkg.score}, Shipshape ${ship.score}`);
	return out;
}

type Headers = Record<string, unknown> | null | undefined;
interface Requests {
	hostname: string;
	resources: { path: unknown };
	session: { url: URL; jar: { serializeSync(): { cookies: Record<string, unknown>[] } } } | null;
	responses: Record<
		string,
		{
			status: number;
			headers: Headers;
			verified: boolean;
			httpEquiv?: Map<string, string[]>;
			request?: { headers: Headers };
		} | null
	> & {
		httpRedirects: { url: URL; status: number }[];
	};
}

/** An axios headers object (or a plain one) as entries, the way getHttpHeaders reads it. */
export const entries = (headers: Headers): ObservedHeaders =>
	Object.entries(headers ?? {}).map(([n, v]) => [n, Array.isArray(v) ? v.map(String) : String(v)]);

/** The package's full result for an input its tests built: all ten tests, scored. */
export function packageResultFor(requests: unknown): PackageResult {
	try {
		const outputs = ALL_TESTS.map(
			(test) => test(requests) as { result: string | null; constructor: { name: string } }
		);
		const results = Object.fromEntries(outputs.map((o) => [o.constructor.name, o.result]));
		return { ...scoreResults(outputs.flatMap((o) => (o.result ? [o.result] : []))), results };
	} catch (e) {
		return { error: (e as Error).message };
	}
}

/**
 * A test's input in Shipshape's terms, and the tests it cannot express (what no pasted output
 * shows: no https or http answer at all, an invalid certificate).
 */
export function translate(raw: unknown): {
	input: ObservatoryInput;
	unexpressible: Map<TestName, string>;
} {
	const r = raw as Requests;
	const unexpressible = new Map<TestName, string>();
	const auto = r.responses.auto;
	const headers = entries(auto?.headers);
	const page: ObservatoryInput['page'] = auto
		? {
				status: auto.status,
				headers,
				raw: headers.flatMap(([n, v]) => [v].flat().map((x): [string, string] => [n, x])),
				meta: {
					csp: auto.httpEquiv?.get('content-security-policy') ?? [],
					referrer: auto.httpEquiv?.get('referrer-policy') ?? []
				},
				text: r.resources.path ? String(r.resources.path) : ''
			}
		: null;
	const https = r.responses.https;
	if (!https) unexpressible.set('strict-transport-security', 'the site has no https answer');
	else if (!https.verified)
		unexpressible.set('strict-transport-security', 'the certificate is invalid');
	const http = r.responses.http;
	if (!http) unexpressible.set('redirection', 'the site has no http answer');
	else if (!http.verified) unexpressible.set('redirection', 'the certificate is invalid');
	const cors = r.responses.cors;
	const url = r.session?.url.href ?? `https://${r.hostname}/`;
	const input: ObservatoryInput = {
		hostname: r.hostname,
		page,
		httpsHeaders: entries(https?.headers),
		cookieHops: [{ url, setCookies: headerList(headers, 'set-cookie') }],
		preflight: cors
			? {
					headers: entries(cors.headers),
					origin: firstHeader(entries(cors.request?.headers), 'origin')
				}
			: { headers: [], origin: null },
		route: r.responses.httpRedirects.map(({ url: u, status }) => ({ url: u.href, status }))
	};
	// The tests fill the jar from the page's Set-Cookie headers; say so if one did otherwise.
	const jar = new CookieJar();
	for (const c of input.cookieHops[0].setCookies) jar.set(c, new URL(url));
	const theirs = (r.session?.jar.serializeSync().cookies ?? []).map(
		(c) => `${c.key}|${!!c.secure}|${!!c.httpOnly}|${c.sameSite ?? ''}`
	);
	const mine = jar.all().map((c) => `${c.key}|${c.secure}|${c.httpOnly}|${c.sameSite ?? ''}`);
	if (theirs.sort().join() !== mine.sort().join())
		unexpressible.set('cookies', 'the jar was filled otherwise');
	return { input, unexpressible };
}

/** Shipshape's grade of a translated input, as the page would show it. */
export function shipshapeGradeFor(input: ObservatoryInput): ShownGrade {
	return combineSummaries([summaryOf(gradeObservatory(input))]);
}
