// The MDN HTTP Observatory's Content-Security-Policy test, ported line for line from
// @mdn/mdn-http-observatory src/analyzer/tests/csp.js (contentSecurityPolicyTest), quirks
// included: a directive missing from the policy reads its fallback's very Set, so what
// 'strict-dynamic' removes from a default-src script list is gone for objects and styles too,
// and repeated headers arrive joined into one policy. With `browser` set it reads the policy
// as browsers do instead (browser.ts says when that differs).
import { DUPLICATE_WARNINGS_KEY, parseCsp, parseCspMeta, type CspMap } from './csp-parse';
import { axiosGet, headerList, type ObservedHeaders } from './headers';

/** What the CSP test reads: the page's headers, its `<meta http-equiv>` policies, its scheme. */
export interface CspInput {
	headers: ObservedHeaders;
	meta: string[];
	https: boolean;
}

/** The test's result and why, and the parsed policy the X-Frame-Options test looks into. */
export interface CspVerdict {
	result: string;
	pass: boolean;
	/** Every problem found, worst first (the first decides), then notes. */
	reasons: string[];
	/** The parsed directives, when the test got that far (csp.js `output.data`). */
	data: CspMap | null;
}

const DANGEROUSLY_BROAD = new Set([
	'ftp:',
	'http:',
	'https:',
	'*',
	'http://*',
	'http://*.*',
	'https://*',
	'https://*.*'
]);
const BROAD_OR_INLINE = new Set([...DANGEROUSLY_BROAD, "'unsafe-inline'", 'data:']);
const PASSIVE_DIRECTIVES = new Set(['img-src', 'media-src']);
const NONCES_HASHES = ["'sha256-", "'sha384-", "'sha512-", "'nonce-"];
const PASSING = new Set([
	'csp-implemented-with-no-unsafe',
	'csp-implemented-with-no-unsafe-default-src-none',
	'csp-implemented-with-unsafe-inline-in-style-src-only',
	'csp-implemented-with-insecure-scheme-in-passive-content-only'
]);

const hasNonceOrHash = (sources: Set<string>) =>
	[...sources].some((s) => NONCES_HASHES.some((prefix) => s.startsWith(prefix)));
const insecure = (source: string) => source.startsWith('http:') || source.startsWith('ftp:');

/**
 * Grades a response's Content-Security-Policy as the Observatory does; with `browser`, each
 * directive gets its own copy of its fallback's sources and frame-ancestors counts only from
 * headers, as in browsers (the caller passes the policies one per header entry).
 */
export function cspTest({ headers, meta, https }: CspInput, browser = false): CspVerdict {
	const fail = (result: string, reason: string): CspVerdict => ({
		result,
		pass: false,
		reasons: [reason],
		data: null
	});
	const http = headerList(headers, 'content-security-policy');
	let csp: CspMap;
	try {
		csp = parseCsp([...http, ...meta]);
	} catch (e) {
		const why =
			e instanceof URIError
				? 'A source path holds a “%” that starts no escape.'
				: (e as Error).message;
		return fail('csp-header-invalid', why);
	}
	const headerOnly = parseOrEmpty(() => parseCsp(http));
	const metaOnly = parseOrEmpty(() => parseCspMeta(meta));
	if (headerOnly.size + metaOnly.size === 0) {
		if (axiosGet(headers, 'content-security-policy-report-only')) {
			return fail(
				'csp-not-implemented-but-reporting-enabled',
				'Only Content-Security-Policy-Report-Only is set: it reports violations but blocks nothing.'
			);
		}
		const none =
			http.length + meta.length
				? 'The policy sets no directives.'
				: 'No Content-Security-Policy header.';
		return fail('csp-not-implemented', none);
	}
	let result: string | null = null;
	const reasons: string[] = [];
	const notes: string[] = [];
	const first = (r: string, reason: string) => {
		result ??= r;
		reasons.push(reason);
	};
	// The Observatory takes the very Set objects of the map, and mutates them below.
	const list = (name: string) => {
		const sources = csp.get(name) || csp.get('default-src') || new Set(['*']);
		return browser ? new Set(sources) : sources;
	};
	const objectSrc = list('object-src');
	const scriptSrc = list('script-src');
	const styleSrc = list('style-src');

	for (const list of [scriptSrc, styleSrc]) {
		if (hasNonceOrHash(list) && list.has("'unsafe-inline'")) list.delete("'unsafe-inline'");
	}
	if (hasNonceOrHash(scriptSrc) && scriptSrc.has("'strict-dynamic'")) {
		for (const source of scriptSrc) {
			const broad = [...DANGEROUSLY_BROAD].some((b) => source.startsWith(b));
			if (broad || source === "'self'" || source === "'unsafe-inline'") scriptSrc.delete(source);
		}
		notes.push(
			"'strict-dynamic' with a nonce or hash: browsers ignore host allow-lists and 'unsafe-inline' for scripts."
		);
	} else if (scriptSrc.has("'strict-dynamic'")) {
		first('csp-header-invalid', "'strict-dynamic' is used without a nonce or hash.");
	}

	const active = [...csp.entries()]
		.filter(([directive]) => !PASSIVE_DIRECTIVES.has(directive) && directive !== 'script-src')
		.flatMap(([, sources]) => [...sources]);
	active.push(...scriptSrc);
	const passive = [...PASSIVE_DIRECTIVES].flatMap((d) => [
		...(csp.get(d) || csp.get('default-src') || new Set<string>())
	]);

	const unsafeScript = [...scriptSrc].filter((s) => BROAD_OR_INLINE.has(s));
	const broadObject = [...objectSrc].filter((s) => DANGEROUSLY_BROAD.has(s));
	if (unsafeScript.length > 0 || broadObject.length > 0) {
		const what = [
			...unsafeScript.map((s) => `${s} in script-src`),
			...broadObject.map((s) => `${s} in object-src`)
		];
		const unset = ['script-src', 'object-src'].filter(
			(d) => !csp.has(d) && !csp.has('default-src')
		);
		const why = unset.length > 0 ? ` (${unset.join(' and ')} not restricted, so *)` : '';
		first('csp-implemented-with-unsafe-inline', `The policy allows ${what.join(', ')}${why}.`);
	}
	if (https && active.some(insecure)) {
		first(
			'csp-implemented-with-insecure-scheme',
			'The policy lets scripts or other active content load over plain http.'
		);
	}
	if (new Set([...scriptSrc, ...styleSrc]).has("'unsafe-eval'")) {
		first('csp-implemented-with-unsafe-eval', "The policy allows 'unsafe-eval'.");
	}
	if (https && passive.some(insecure)) {
		first(
			'csp-implemented-with-insecure-scheme-in-passive-content-only',
			'The policy lets images or media load over plain http.'
		);
	}
	if ([...styleSrc].some((s) => BROAD_OR_INLINE.has(s))) {
		first(
			'csp-implemented-with-unsafe-inline-in-style-src-only',
			"style-src allows 'unsafe-inline', data: or a broad source."
		);
	}
	const defaultSrc = csp.get('default-src');
	const none = defaultSrc?.has("'none'") && defaultSrc.size === 1;
	if (reasons.length === 0) {
		reasons.push(
			none
				? "default-src is 'none' and nothing unsafe is allowed."
				: "No 'unsafe-inline', 'unsafe-eval' or broad script sources."
		);
	}
	result ??= none
		? 'csp-implemented-with-no-unsafe-default-src-none'
		: 'csp-implemented-with-no-unsafe';
	reasons.push(...notes);

	const final = result as unknown as string;
	const data: CspMap = new Map(
		[...(browser ? headerOnly : csp)].filter(([key]) => key !== DUPLICATE_WARNINGS_KEY)
	);
	if (!PASSING.has(final)) return { result: final, pass: false, reasons, data };
	const duplicates = csp.get(DUPLICATE_WARNINGS_KEY);
	if (!duplicates) return { result: final, pass: true, reasons, data };
	reasons.push(`Repeated ${[...duplicates].join(', ')} directives.`);
	return { result: 'csp-implemented-but-duplicate-directives', pass: true, reasons, data };
}

function parseOrEmpty(parse: () => CspMap): CspMap {
	try {
		return parse();
	} catch {
		return new Map();
	}
}
