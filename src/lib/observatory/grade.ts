// Grades a site the way the MDN HTTP Observatory (@mdn/mdn-http-observatory, the version in
// docs/observatory.md) does, from what its scan would have fetched: the page at https://host/
// (headers, HTML, cookies along the way), the answer to its CORS preflight and the redirect chain
// from http://host/. Every test the given facts can answer is run as the package runs it (the
// differential test in tests/property/observatory-diff.spec.ts holds it to that); the others are
// named as not computed. Where the Observatory reads a header otherwise than browsers do, its
// result and score stand and a note says what browsers do.
import { cookiesTest, type CookieHop } from './cookies';
import { cspTest } from './csp';
import {
	cspReading,
	frameReading,
	hstsReading,
	nosniffReading,
	type BrowserReading
} from './browser';
import { headerList, observedHeaders, type ObservedHeaders } from './headers';
import { canReadHtml, type PageMeta } from './html';
import { redirectionTest, type RedirectStep } from './redirection';
import { OBSERVATORY_TESTS, scoreModifier, scoreResults } from './score';
import { sriTest } from './sri';
import {
	corpTest,
	corsTest,
	hstsTest,
	referrerTest,
	xctoTest,
	xfoTest,
	xxssTest,
	type TestVerdict
} from './header-tests';

/** One of the ten scored tests, by the name the Observatory files its result under. */
export type TestName = (typeof OBSERVATORY_TESTS)[number];

/** What the Observatory's scan of a site fetched, as far as it is known. */
export interface ObservatoryInput {
	/** The scanned host; null when unknown (the tests that compare hosts are then not computed). */
	hostname: string | null;
	/** The page (responses.auto): status, headers as received and as sent, `<meta>`, text. */
	page: {
		status: number;
		headers: ObservedHeaders;
		raw: [name: string, value: string][];
		meta: PageMeta;
		/** The page as text for the SRI test; null when its body was not pasted. */
		text: string | null;
	} | null;
	/** The headers of responses.https, which the HSTS test reads, when not the page's own. */
	httpsHeaders?: ObservedHeaders;
	/** The https:// responses, whose cookies fill the jar. */
	cookieHops: CookieHop[];
	/** The answer to the CORS preflight and the Origin it was asked with (the page stands in). */
	preflight: { headers: ObservedHeaders; origin: string | null } | null;
	/** The chain from http://host/; null when not pasted. */
	route: RedirectStep[] | null;
	/** Why a test could not be computed, when the caller knows better than "not pasted". */
	missing?: Partial<Record<TestName, string>>;
}

/** One graded test, named as the Observatory names its results. */
export interface HeaderTest {
	/** The Observatory's test name (for header tests, the header's name). */
	header: string;
	result: string;
	scoreModifier: number;
	pass: boolean;
	reasons: string[];
	/** What browsers do, where they read the header otherwise than the Observatory. */
	browser?: BrowserReading;
	/** X-XSS-Protection: reported for the checklist, no longer scored. */
	historic?: boolean;
}

/** The score, grade and tests for a site; `notComputed` names what the facts could not answer. */
export interface HeaderGrade {
	score: number;
	grade: string;
	tests: HeaderTest[];
	notComputed: { test: TestName; why: string }[];
	/** Set when the Observatory would give no grade at all (its scan stops), and why. */
	refused?: string;
}

const NEEDS_PAGE = 'Paste the output of curl -si https://host/ to grade this.';

/** Runs every test the input can answer and scores them as the Observatory does. */
export function gradeObservatory(input: ObservatoryInput): HeaderGrade {
	const tests: HeaderTest[] = [];
	const notComputed: HeaderGrade['notComputed'] = [];
	const add = (header: string, v: TestVerdict, browser?: BrowserReading) =>
		tests.push({
			header,
			result: v.result,
			scoreModifier: scoreModifier(v.result),
			pass: v.pass,
			reasons: v.reasons,
			...(browser && { browser })
		});
	const skip = (test: TestName, why: string) =>
		notComputed.push({ test, why: input.missing?.[test] ?? why });
	const { page, hostname } = input;
	let refused: string | undefined;
	if (
		page &&
		!((page.status >= 200 && page.status < 400) || page.status === 401 || page.status === 403)
	) {
		refused = `The Observatory grades no site whose page answers ${page.status}: it takes 2xx, 3xx, 401 and 403 answers only.`;
	}
	if (page) {
		const cspInput = { headers: page.headers, meta: page.meta.csp, https: true };
		const csp = cspTest(cspInput);
		add('content-security-policy', csp, cspReading(page.raw, cspInput, csp));
		const hsts = hstsTest(input.httpsHeaders ?? page.headers);
		add(
			'strict-transport-security',
			hsts,
			input.httpsHeaders ? undefined : hstsReading(page.raw, hsts)
		);
		const xcto = xctoTest(page.headers);
		add('x-content-type-options', xcto, nosniffReading(page.raw, xcto));
		const xfo = xfoTest(page.headers, csp.data);
		const ancestors = !!cspTest(cspInput, true).data?.get('frame-ancestors');
		add('x-frame-options', xfo, frameReading(page.raw, ancestors, xfo));
		add('referrer-policy', referrerTest(page.headers, page.meta.referrer));
		add('cross-origin-resource-policy', corpTest(page.headers));
		// The page stands in for the preflight's answer, which the Observatory reads only when 2xx.
		const ok = page.status >= 200 && page.status < 300;
		const preflight = input.preflight ?? { headers: ok ? page.headers : [], origin: null };
		add('cross-origin-resource-sharing', corsTest(preflight.headers, preflight.origin));
		if (hostname === null)
			skip('cookies', 'No Target URL is set, so the cookies’ domains cannot be checked.');
		else
			add(
				'cookies',
				cookiesTest(headerList(page.headers, 'set-cookie'), input.cookieHops, hsts.pass)
			);
		if (page.text !== null && !canReadHtml())
			skip('subresource-integrity', 'This browser offers no HTML parser to read the page with.');
		else if (page.text === null)
			skip('subresource-integrity', 'The page’s HTML was not pasted: use curl -si, not curl -I.');
		else if (hostname === null)
			skip(
				'subresource-integrity',
				'No Target URL is set, so script hosts cannot be compared with it.'
			);
		else {
			try {
				const sri = sriTest({ headers: page.headers, text: page.text, hostname, https: true });
				add('subresource-integrity', sri);
			} catch {
				refused =
					'The Observatory’s scan stops on this page: a script’s src looks like a URL but is not one.';
			}
		}
		tests.push({
			header: 'x-xss-protection',
			...xxssTest(page.headers),
			scoreModifier: 0,
			historic: true
		});
	} else {
		for (const test of OBSERVATORY_TESTS) if (test !== 'redirection') skip(test, NEEDS_PAGE);
	}
	if (input.route) add('redirection', redirectionTest(input.route));
	else skip('redirection', 'Paste the output of curl -sIL http://host/ to grade the redirection.');
	const scored = scoreResults(tests.filter((t) => !t.historic).map((t) => t.result));
	return { ...scored, tests, notComputed, ...(refused && { refused }) };
}

/** The grade of one response's headers alone (no page, cookies' host or redirect chain). */
export function gradeHeaders(raw: [name: string, value: string][]): HeaderGrade {
	const headers = observedHeaders(raw);
	return gradeObservatory({
		hostname: null,
		page: { status: 200, headers, raw, meta: { csp: [], referrer: [] }, text: null },
		cookieHops: [],
		preflight: null,
		route: null
	});
}
