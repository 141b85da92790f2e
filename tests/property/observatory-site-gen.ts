// Generated sites for the Observatory differential test: every header the Observatory grades,
// in valid, odd and broken forms (empty values, repeats, NaN max-age, report-only policies,
// 'strict-dynamic' in default-src, meta policies, cookies with prefixes and foreign domains,
// redirect chains off-host and back to http, scripts from other sites with and without
// integrity, inline styles jsdom cannot read), drawn with a fixed seed so runs agree.
import fc from 'fast-check';
import type { SiteModel, WireResponse } from './observatory-site-model';

type Header = [string, string];
type Of<A> = A extends fc.Arbitrary<infer T> ? T : never;

const HOSTS = [
	'example.com',
	'shop.example.com',
	'www.example.co.uk',
	'staging.acme.io',
	'my-app.fly.dev',
	'my-app.herokuapp.com',
	'team.github.io',
	'app.internal',
	'192.0.2.10'
];

const CSP = [
	"default-src 'self'",
	"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; frame-ancestors 'none'",
	"default-src 'self'; script-src 'self' 'unsafe-inline'",
	"default-src 'self'; script-src 'self' 'unsafe-eval'",
	"default-src 'strict-dynamic' 'nonce-r4nd0m' https:",
	"default-src 'strict-dynamic' 'nonce-r4nd0m' 'self' 'unsafe-inline'; object-src https:",
	"default-src 'self' 'nonce-r4nd0m' 'unsafe-inline'",
	"script-src 'strict-dynamic' 'nonce-r4nd0m' 'unsafe-inline' https:; object-src 'none'; base-uri 'none'",
	"script-src 'strict-dynamic' 'sha256-abc='; object-src 'none'",
	"script-src 'strict-dynamic'",
	'default-src https:; img-src http:',
	"default-src 'self' http://cdn.example.com",
	"default-src 'self'; media-src http://media.example.com",
	"default-src *; style-src 'self' 'unsafe-inline'",
	"default-src 'self'; frame-ancestors 'self'; report-uri /csp; report-uri /csp2",
	"default-src 'self'; report-to csp; report-to csp",
	"default-src 'self'; default-src 'none'",
	'default-src https://cdn.example.com/js/; script-src https://cdn.example.com/js/app.js',
	'default-src https://cdn.example.com/%zz/',
	'upgrade-insecure-requests',
	"frame-ancestors 'none'",
	"DEFAULT-SRC 'SELF'; SCRIPT-SRC 'SELF' DATA:",
	';;;;;;;',
	'',
	'  ',
	'defa',
	"default-src 'self', script-src 'none'",
	"object-src 'none'; script-src 'self'; style-src https:"
];
const STS = [
	'max-age=31536000',
	'max-age=63072000; includeSubDomains; preload',
	'max-age=15552000',
	'max-age=15551999',
	'max-age=600',
	'max-age=0',
	'max-age=abc',
	'max-age=',
	'max-age="600"',
	'max-age="31536000"',
	'max-age=31536000abc',
	'max-age=-1',
	'MAX-AGE=31536000',
	'max-age = 31536000',
	'max-age=600; max-age=31536000',
	'includeSubDomains',
	'max-age=31536000, max-age=31536000',
	''
];
const XCTO = ['nosniff', 'NOSNIFF', ' nosniff', '', 'nosniff, nosniff', 'sniff'];
const XFO = [
	'DENY',
	'SAMEORIGIN',
	'deny ',
	'',
	'ALLOW-FROM https://partner.example',
	'ALLOWALL',
	'SAMEORIGIN, SAMEORIGIN',
	'DENY, SAMEORIGIN'
];
const REFERRER = [
	'no-referrer',
	'strict-origin-when-cross-origin',
	'same-origin',
	'unsafe-url',
	'origin',
	'no-referrer, unsafe-url',
	'unsafe-url, strict-origin',
	'nonsense',
	'',
	'STRICT-ORIGIN'
];
const CORP = ['same-origin', 'same-site', 'cross-origin', '', 'SAME-ORIGIN', 'same_origin'];
const ACAO = [
	'*',
	'https://partner.example',
	'',
	'null',
	'https://http-observatory.security.mozilla.org'
];
const TYPES = [
	'text/html; charset=utf-8',
	'text/html',
	'application/xhtml+xml',
	'Text/HTML',
	'application/json',
	'text/plain',
	''
];
const COOKIE_NAMES = [
	'sessionid',
	'_app_session',
	'SESS',
	'login_token',
	'csrftoken',
	'XSRF-TOKEN',
	'__Host-sid',
	'__Secure-id',
	'theme',
	'heroku-session-affinity',
	'lang',
	'samesite'
];
const SAMESITE = [
	'SameSite=Lax',
	'SameSite=Strict',
	'samesite=lax',
	'SameSite=None',
	'SameSite=',
	'SameSite=True'
];
const COOKIE_MORE = [
	'Path=/',
	'Path=/app',
	'Path=nope',
	'Max-Age=0',
	'Max-Age=3600',
	'Expires=Wed, 21 Oct 2015 07:28:00 GMT',
	'Expires=Fri, 31 Dec 2100 23:59:59 GMT'
];
const SCRIPTS = [
	'<script src="/assets/app.js"></script>',
	'<script src="assets/app.js" integrity="sha384-abc"></script>',
	'<script src="https://cdn.jsdelivr.net/npm/x@1/x.min.js"></script>',
	'<script src="https://cdn.jsdelivr.net/npm/x@1/x.min.js" integrity="sha384-abc" crossorigin="anonymous"></script>',
	'<script src="http://cdn.other.org/x.js"></script>',
	'<script src="http://cdn.other.org/x.js" integrity="sha256-abc"></script>',
	'<script src="//cdn.other.org/x.js"></script>',
	'<script src="//cdn.other.org/x.js" integrity="sha256-abc"></script>',
	'<script src="https://static.HOST/app.js"></script>',
	'<script src="http://static.HOST/app.js"></script>',
	'<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>',
	'<script src="https://evil.co.uk/x.js"></script>',
	'<script src=""></script>',
	'<script>window.x = 1</script>',
	'<svg><script href="https://cdn.other.org/x.js"></script></svg>',
	'<noscript><script src="https://cdn.other.org/ns.js"></script></noscript>',
	'<template><script src="https://cdn.other.org/t.js"></script></template>',
	'<!-- <script src="https://cdn.other.org/c.js"></script> -->',
	'<textarea><script src="https://cdn.other.org/ta.js"></script></textarea>'
];
const EXTRAS = [
	'<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; frame-ancestors \'none\'">',
	'<meta http-equiv="content-security-policy" content="script-src \'self\' \'unsafe-inline\'">',
	'<meta http-equiv=" Content-Security-Policy " content="img-src http:">',
	'<meta name="referrer" content="no-referrer">',
	'<meta name="Referrer" content="unsafe-url">',
	'<base href="https://cdn.other.org/">',
	'<div style="color: red">styled</div>',
	'<div style="@media screen{color: red">broken style</div>',
	'<p style="margin:0;@supports (display:grid){x:y">also broken</p>'
];

const pick = <T>(values: T[]) => fc.constantFrom(...values);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const casing = fc.constantFrom(
	(n: string) => n,
	(n: string) => n.toLowerCase(),
	(n: string) => n.toUpperCase()
);

const cookie = fc
	.record({
		name: pick(COOKIE_NAMES),
		secure: fc.boolean(),
		httpOnly: fc.boolean(),
		sameSite: fc.option(pick(SAMESITE)),
		more: fc.subarray(COOKIE_MORE, { maxLength: 2 }),
		domain: fc.option(
			pick(['HOST', '.HOST', 'PARENT', 'other.org', 'co.uk', 'github.io', 'fly.dev'])
		)
	})
	.map(({ name, secure, httpOnly, sameSite, more, domain }) => ({
		name,
		attrs: [
			...(secure ? ['Secure'] : []),
			...(httpOnly ? ['HttpOnly'] : []),
			...(sameSite ? [sameSite] : []),
			...more
		],
		domain
	}));

/** A header set for a page: each header absent, once or twice, in any casing. */
const pageHeaders = fc.record({
	csp: fc.array(pick(CSP), { maxLength: 2 }),
	reportOnly: maybe(pick(["default-src 'none'; report-uri /r", ''])),
	sts: fc.array(pick(STS), { maxLength: 2 }),
	xcto: fc.array(pick(XCTO), { maxLength: 2 }),
	xfo: fc.array(pick(XFO), { maxLength: 2 }),
	referrer: fc.array(pick(REFERRER), { maxLength: 2 }),
	corp: maybe(pick(CORP)),
	acao: maybe(fc.tuple(pick(ACAO), fc.boolean())),
	xxss: maybe(pick(['0', '1; mode=block', '1'])),
	type: pick(TYPES),
	cookies: fc.array(cookie, { maxLength: 3 }),
	casing
});

const body = fc.oneof(
	{
		weight: 6,
		arbitrary: fc.tuple(
			fc.subarray(EXTRAS, { maxLength: 3 }),
			fc.array(pick(SCRIPTS), { maxLength: 4 })
		)
	},
	{
		weight: 1,
		arbitrary: pick([
			'',
			'{"status":"ok"}',
			'"<script src=//cdn.other.org/j.js></script>"',
			'0',
			'null'
		])
	}
);

const flow = fc.record({
	http: pick([
		'301',
		'308',
		'302',
		'off-host',
		'http-first',
		'missing',
		'not-https',
		'loop',
		'relative',
		'404'
	]),
	https: pick(['page', 'page', 'page', 'login-redirect', 'www-redirect', 'downgrade']),
	status: pick([200, 200, 200, 200, 401, 403, 404, 500, 204])
});

function domainFor(value: string, host: string): string {
	const parent = host.split('.').slice(1).join('.') || host;
	return value.replace('PARENT', parent).replace('HOST', host);
}

function headersFor(h: Of<typeof pageHeaders>, host: string): Header[] {
	const name = (n: string) => h.casing(n);
	const list: Header[] = [];
	if (h.type) list.push([name('Content-Type'), h.type]);
	for (const v of h.csp) list.push([name('Content-Security-Policy'), v]);
	if (h.reportOnly !== undefined)
		list.push([name('Content-Security-Policy-Report-Only'), h.reportOnly]);
	for (const v of h.sts) list.push([name('Strict-Transport-Security'), v]);
	for (const v of h.xcto) list.push([name('X-Content-Type-Options'), v]);
	for (const v of h.xfo) list.push([name('X-Frame-Options'), v]);
	for (const v of h.referrer) list.push([name('Referrer-Policy'), v]);
	if (h.corp !== undefined) list.push([name('Cross-Origin-Resource-Policy'), h.corp]);
	if (h.acao) {
		list.push([name('Access-Control-Allow-Origin'), h.acao[0]]);
		if (h.acao[1]) list.push([name('Access-Control-Allow-Credentials'), 'true']);
	}
	if (h.xxss !== undefined) list.push([name('X-XSS-Protection'), h.xxss]);
	for (const c of h.cookies) {
		const domain = c.domain ? [`Domain=${domainFor(c.domain, host)}`] : [];
		list.push([name('Set-Cookie'), [`${c.name}=v1`, ...c.attrs, ...domain].join('; ')]);
	}
	list.push([name('Server'), 'nginx'], [name('Cache-Control'), 'no-store']);
	return list;
}

function bodyFor(b: Of<typeof body>, host: string): string {
	if (typeof b === 'string') return b;
	const [extras, scripts] = b;
	return `<!doctype html>\n<html><head><title>Site</title>\n${extras.join('\n')}\n</head><body>\n${scripts.join('\n').replaceAll('HOST', host)}\n</body></html>`;
}

/** Generated sites: a host, its http:// chain, its https:// chain and page. */
export const generatedSite = fc
	.tuple(pick(HOSTS), pageHeaders, body, flow, fc.array(cookie, { maxLength: 1 }))
	.map(([host, headers, page, route, hopCookies]): Omit<SiteModel, 'name'> => {
		const responses: Record<string, WireResponse> = {};
		const home = `https://${host}/`;
		const other = /^\d/.test(host) ? 'other.example.net' : `www.${host}`;
		const www = `https://${other}/`;
		const redirect = (status: number, location: string, extra: Header[] = []): WireResponse => ({
			status,
			headers: [['Location', location], ...extra]
		});
		const pageResponse: WireResponse = {
			status: route.status,
			headers: headersFor(headers, host),
			body: bodyFor(page, host)
		};
		const hopSetCookies: Header[] = hopCookies.map((c) => [
			'Set-Cookie',
			`${c.name}=hop; ${c.attrs.join('; ')}`
		]);
		if (route.https === 'page') responses[home] = pageResponse;
		else if (route.https === 'login-redirect') {
			responses[home] = redirect(302, '/login?next=/a/b', hopSetCookies);
			responses[`https://${host}/login?next=/a/b`] = pageResponse;
		} else if (route.https === 'www-redirect') {
			responses[home] = redirect(301, www, hopSetCookies);
			responses[www] = pageResponse;
		} else {
			responses[home] = redirect(302, `http://${host}/`);
		}
		const http = `http://${host}/`;
		const httpRoute: Record<string, () => void> = {
			'301': () => (responses[http] ??= redirect(301, home)),
			'308': () => (responses[http] ??= redirect(308, home)),
			'302': () => (responses[http] ??= redirect(302, home)),
			'off-host': () => {
				responses[http] ??= redirect(301, www);
				responses[www] ??= pageResponse;
			},
			'http-first': () => {
				responses[http] ??= redirect(301, `http://${other}/`);
				responses[`http://${other}/`] = redirect(301, www);
				responses[www] ??= pageResponse;
			},
			missing: () => (responses[http] ??= { ...pageResponse, status: 200 }),
			'not-https': () => {
				responses[http] ??= redirect(302, '/en/');
				responses[`http://${host}/en/`] = {
					status: 200,
					headers: [['Content-Type', 'text/html']],
					body: ''
				};
			},
			loop: () => (responses[http] ??= redirect(301, http)),
			relative: () => (responses[http] ??= redirect(301, `https://${host}:443/`)),
			'404': () => (responses[http] ??= { status: 404, headers: [], body: '' })
		};
		httpRoute[route.http]();
		return { host, responses };
	});

/** `count` generated sites, the same ones every run. */
export function generatedSites(count: number, seed = 20261203): SiteModel[] {
	return fc
		.sample(generatedSite, { numRuns: count, seed })
		.map((s, i) => ({ ...s, name: `generated #${i + 1}` }));
}
