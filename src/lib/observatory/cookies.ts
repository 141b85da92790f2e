// The MDN HTTP Observatory's cookie test, ported from @mdn/mdn-http-observatory
// src/analyzer/tests/cookies.js: the worst finding over every cookie the site set while the page
// loaded (each response of the https:// fetch, redirects included), plus a look at the raw
// SameSite attributes of the page's own Set-Cookie headers. A cookie whose name contains
// "login" or "sess" counts as a session cookie, one containing "csrf" as an anti-CSRF token.
import { CookieJar } from './cookie-jar';
import type { TestVerdict } from './header-tests';

/** One response of the https:// fetch: where it came from and the cookies it set. */
export interface CookieHop {
	url: string;
	setCookies: string[];
}

// Best to worst, as cookies.js orders them for onlyIfWorse.
const ORDER = [
	'cookies-without-secure-flag-but-protected-by-hsts',
	'cookies-without-secure-flag',
	'cookies-session-without-secure-flag-but-protected-by-hsts',
	'cookies-samesite-flag-invalid',
	'cookies-anticsrf-without-samesite-flag',
	'cookies-session-without-httponly-flag',
	'cookies-session-without-secure-flag'
];
const IGNORED = ['heroku-session-affinity'];

const REASONS: Record<string, string> = {
	'cookies-without-secure-flag-but-protected-by-hsts':
		'sets a cookie without Secure (HSTS keeps it off plain http)',
	'cookies-without-secure-flag':
		'sets a cookie without Secure, and no valid HSTS keeps it off plain http',
	'cookies-session-without-secure-flag-but-protected-by-hsts':
		'sets a session cookie without Secure (HSTS keeps it off plain http)',
	'cookies-samesite-flag-invalid':
		'has a SameSite attribute that is not Strict, Lax or None (with Secure)',
	'cookies-anticsrf-without-samesite-flag': 'sets an anti-CSRF cookie without SameSite',
	'cookies-session-without-httponly-flag':
		'sets a session cookie without HttpOnly, so scripts can read it',
	'cookies-session-without-secure-flag': 'sets a session cookie without Secure'
};

function worse(next: string, old: string | null): string {
	return !old || ORDER.indexOf(next) > ORDER.indexOf(old) ? next : old;
}

/** cookies.js containsInvalidSameSiteCookie, quirks kept (a cookie named SameSite counts). */
function invalidSameSite(header: string): boolean {
	for (const part of header.trim().split(';')) {
		const [key, value] = part.trim().split('=');
		if (key.trim().toLowerCase() !== 'samesite') continue;
		if (!value || !['lax', 'strict', 'none'].includes(value.trim().toLowerCase())) return true;
	}
	return false;
}

/**
 * Grades the cookies: `page` are the page's Set-Cookie values, `hops` every response of the
 * https:// fetch in order (the page last), `hsts` whether the HSTS test passed.
 */
export function cookiesTest(page: string[], hops: CookieHop[], hsts: boolean): TestVerdict {
	let result: string | null = null;
	for (const header of page) {
		if (invalidSameSite(header)) result = worse('cookies-samesite-flag-invalid', result);
	}
	const jar = new CookieJar();
	hops.forEach((hop, index) => {
		const url = new URL(hop.url);
		// The client asks the jar for this request's cookies first, which drops expired ones.
		if (index > 0) jar.sweep(url);
		for (const header of hop.setCookies) jar.set(header, url);
	});
	const cookies = jar.all().filter((c) => c.key && !IGNORED.includes(c.key));
	if (cookies.length === 0)
		return { result: 'cookies-not-found', pass: true, reasons: ['No cookies are set.'] };
	let missingSameSite = false;
	for (const cookie of cookies) {
		const key = cookie.key.toLowerCase();
		const session = ['login', 'sess'].some((i) => key.includes(i));
		if (!cookie.secure && cookie.sameSite === 'none')
			result = worse('cookies-samesite-flag-invalid', result);
		if (!cookie.secure) {
			result = worse(
				hsts ? 'cookies-without-secure-flag-but-protected-by-hsts' : 'cookies-without-secure-flag',
				result
			);
		}
		if (key.includes('csrf') && !cookie.sameSite) {
			result = worse('cookies-anticsrf-without-samesite-flag', result);
		}
		if (session && !cookie.secure) {
			result = worse(
				hsts
					? 'cookies-session-without-secure-flag-but-protected-by-hsts'
					: 'cookies-session-without-secure-flag',
				result
			);
		}
		if (session && !cookie.httpOnly)
			result = worse('cookies-session-without-httponly-flag', result);
		if (!cookie.sameSite) missingSameSite = true;
	}
	const names = cookies.map((c) => c.key).join(', ');
	if (result)
		return { result, pass: false, reasons: [`The site ${REASONS[result]} (cookies: ${names}).`] };
	return missingSameSite
		? {
				result: 'cookies-secure-with-httponly-sessions',
				pass: true,
				reasons: [
					`Every cookie is Secure and session cookies are HttpOnly, but not all set SameSite (${names}).`
				]
			}
		: {
				result: 'cookies-secure-with-httponly-sessions-and-samesite',
				pass: true,
				reasons: [
					`Every cookie is Secure and sets SameSite; session cookies are HttpOnly (${names}).`
				]
			};
}
