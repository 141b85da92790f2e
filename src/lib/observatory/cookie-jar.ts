// Which Set-Cookie headers end up in the MDN HTTP Observatory's cookie jar, and with which
// flags. It keeps cookies in tough-cookie (5.x), which parses strictly, drops a cookie whose
// Domain is a public suffix or another site's, and silently drops a __Secure- or __Host-
// cookie that breaks its prefix's rules; a later cookie with the same name, domain and path
// replaces an earlier one. An expired cookie stays in the jar until the client asks it for the
// cookies of a later request on its way (a later redirect), which removes it. Ported from
// tough-cookie's cookie.js parse(), cookieJar.js setCookie() and getCookies(), memstore.js.
import { parseCookieDate } from './cookie-date';
import { registrableDomain } from './public-suffix';

/** A cookie as the Observatory's cookie test sees it. */
export interface JarCookie extends ParsedCookie {
	domain: string;
	path: string;
	hostOnly: boolean;
	/** When it expires (ms since 1970), or null for never. */
	expiry: number | null;
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\x00-\x1F]/;
const SPECIAL_USE_DOMAINS = ['local', 'example', 'invalid', 'localhost', 'test'];

/** A parsed Set-Cookie header, before the jar settles its domain and path. */
export interface ParsedCookie {
	key: string;
	domain?: string;
	path?: string;
	secure: boolean;
	httpOnly: boolean;
	sameSite?: 'strict' | 'lax' | 'none';
	/** Max-Age in seconds, when valid. */
	maxAge?: number;
	/** Expires, when it parses as a cookie date. */
	expires?: Date;
}

/** tough-cookie's Cookie.parse (strict mode), keeping only what the test reads. */
export function parseSetCookie(header: string): ParsedCookie | null {
	if (header === '') return null;
	const str = header.trim();
	const firstSemi = str.indexOf(';');
	let pair = firstSemi === -1 ? str : str.slice(0, firstSemi);
	for (const terminator of ['\n', '\r', '\0']) {
		const at = pair.indexOf(terminator);
		if (at !== -1) pair = pair.slice(0, at);
	}
	const firstEq = pair.indexOf('=');
	if (firstEq <= 0) return null;
	const key = pair.slice(0, firstEq).trim();
	const value = pair.slice(firstEq + 1).trim();
	if (CONTROL_CHARS.test(key) || CONTROL_CHARS.test(value)) return null;
	const cookie: ParsedCookie = { key, secure: false, httpOnly: false };
	const unparsed = firstSemi === -1 ? '' : str.slice(firstSemi + 1).trim();
	for (const raw of unparsed ? unparsed.split(';') : []) {
		const av = raw.trim();
		if (av.length === 0) continue;
		const sep = av.indexOf('=');
		const name = (sep === -1 ? av : av.slice(0, sep)).trim().toLowerCase();
		const val = sep === -1 ? null : av.slice(sep + 1).trim();
		if (name === 'expires' && val) {
			const date = parseCookieDate(val);
			if (date) cookie.expires = date;
		} else if (name === 'max-age' && val) {
			if (/^-?[0-9]+$/.test(val)) cookie.maxAge = Number.parseInt(val, 10);
		} else if (name === 'domain' && val) {
			const domain = val.trim().replace(/^\./, '');
			if (domain) cookie.domain = domain.toLowerCase();
		} else if (name === 'path') cookie.path = val && val[0] === '/' ? val : undefined;
		else if (name === 'secure') cookie.secure = true;
		else if (name === 'httponly') cookie.httpOnly = true;
		else if (name === 'samesite') {
			const v = val ? val.toLowerCase() : '';
			cookie.sameSite = v === 'strict' || v === 'lax' || v === 'none' ? v : undefined;
		}
	}
	return cookie;
}

/** tough-cookie's canonicalDomain: trimmed, no leading dot, lower case (ASCII for IDN). */
function canonicalDomain(domain: string): string {
	const str = domain.trim().replace(/^\./, '');
	// eslint-disable-next-line no-control-regex
	if (/[^\u0001-\u007f]/.test(str)) return new URL(`http://${str}`).hostname;
	return str.toLowerCase();
}

/** tough-cookie's getPublicSuffix (special-use names allowed): the site's own domain, or null. */
function siteDomain(domain: string): string | null {
	const parts = domain.split('.');
	const top = parts[parts.length - 1];
	if (SPECIAL_USE_DOMAINS.includes(top)) {
		if (parts.length > 1) return `${parts[parts.length - 2]}.${top}`;
		if (top === 'localhost' || top === 'invalid') return top;
	}
	return registrableDomain(domain, true);
}

/** memstore.js findCookies' permuteDomain: the domains from the site's own up to `host`. */
function permuteDomain(host: string): string[] {
	const site = siteDomain(host);
	if (!site || site === host) return [host];
	const bare = host.endsWith('.') ? host.slice(0, -1) : host;
	const parts = bare
		.slice(0, -(site.length + 1))
		.split('.')
		.reverse();
	const out = [site];
	for (const part of parts) out.push(`${part}.${out[out.length - 1]}`);
	return out;
}

function pathMatch(requestPath: string, cookiePath: string): boolean {
	if (cookiePath === requestPath) return true;
	if (requestPath.indexOf(cookiePath) !== 0) return false;
	return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

/** The URL as the cookie agent hands it to the jar: no port, the query escaped into the path. */
function agentUrl(url: URL): { host: string; path: string; secure: boolean } {
	return {
		host: canonicalDomain(url.hostname.replace(/^\[|\]$/g, '')),
		path: url.pathname + url.search.replace(/\?/g, '%3F'),
		secure: url.protocol === 'https:'
	};
}

function domainMatch(host: string, domain: string): boolean {
	if (host === domain) return true;
	const idx = host.lastIndexOf(domain);
	if (idx <= 0 || host.length !== domain.length + idx || host[idx - 1] !== '.') return false;
	return !/^[\d.]+$|:/.test(host);
}

function defaultPath(path: string): string {
	if (!path || path[0] !== '/' || path === '/') return '/';
	const right = path.lastIndexOf('/');
	return right === 0 ? '/' : path.slice(0, right);
}

/** A cookie jar filled the way the Observatory's HTTP client fills it. */
export class CookieJar {
	private readonly cookies = new Map<string, JarCookie>();

	/** Stores a Set-Cookie header received from `url`, or ignores it as tough-cookie does. */
	set(header: string, url: URL): void {
		const parsed = parseSetCookie(header);
		if (!parsed) return;
		const { host, path: requestPath } = agentUrl(url);
		let domain = host;
		let hostOnly = true;
		if (parsed.domain) {
			const cdomain = canonicalDomain(parsed.domain);
			if (siteDomain(cdomain) === null && !/:/.test(parsed.domain)) return;
			if (!domainMatch(host, cdomain)) return;
			domain = parsed.domain;
			hostOnly = false;
		}
		const path = parsed.path ?? defaultPath(requestPath);
		const expiry =
			parsed.maxAge !== undefined
				? parsed.maxAge <= 0
					? -Infinity
					: Date.now() + parsed.maxAge * 1000
				: (parsed.expires?.getTime() ?? null);
		const cookie: JarCookie = { ...parsed, domain, path, hostOnly, expiry };
		if (cookie.key.startsWith('__Secure-') && !cookie.secure) return;
		if (cookie.key.startsWith('__Host-') && !(cookie.secure && hostOnly && path === '/')) return;
		this.cookies.set(JSON.stringify([domain, path, cookie.key]), cookie);
	}

	/** What asking for the cookies of a request to `url` does: expired matching cookies go. */
	sweep(url: URL): void {
		const { host, path, secure } = agentUrl(url);
		const domains = permuteDomain(host);
		const now = Date.now();
		for (const [id, c] of this.cookies) {
			if (!domains.includes(c.domain) || !pathMatch(path, c.path)) continue;
			if (c.hostOnly ? c.domain !== host : !domainMatch(host, c.domain)) continue;
			if (c.secure && !secure) continue;
			if (c.expiry !== null && c.expiry <= now) this.cookies.delete(id);
		}
	}

	/** Every cookie kept, in the order first stored. */
	all(): JarCookie[] {
		return [...this.cookies.values()];
	}
}
