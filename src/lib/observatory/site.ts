// Turns pasted curl output into what the MDN HTTP Observatory's scan would have fetched
// (retriever/retriever.js): `curl -siL https://host/` gives the page, its HTML and every cookie
// set on the way; `curl -sIL http://host/` the redirect chain. URLs along a chain are worked out
// from each Location, as the Observatory's client follows them.
import type { ObservatoryInput } from './grade';
import { observedHeaders } from './headers';
import { pageMeta, type PageMeta } from './html';
import { MAX_REDIRECTS, type RedirectStep } from './redirection';
import { HTML_TYPES } from './sri';

const REDIRECTS = [301, 302, 303, 307, 308];

/** One response of a chain as curl printed it (paste/'s CurlResponse is one). */
export interface SiteResponse {
	status: number;
	/** In order, repeats kept, names lower-cased. */
	headers: [name: string, value: string][];
	/** The same headers with their names as the server wrote them. */
	rawHeaders: [name: string, value: string][];
	/** Whatever followed the headers, else ''. */
	body: string;
}

/** What was pasted for one site. */
export interface PastedSite {
	/** The deployment's host ("app.example.com"); null when no Target URL is set. */
	host: string | null;
	/** The responses of `curl -si[L] https://host/`, in order. */
	https?: SiteResponse[];
	/** Whether that output includes the page's body (curl -i, not curl -I). */
	bodyPasted?: boolean;
	/** The responses of `curl -sIL http://host/`, in order. */
	http?: SiteResponse[];
}

/** Each response of a chain with the URL it answered, starting from `start`. */
export function chainUrls(
	responses: SiteResponse[],
	start: string
): { response: SiteResponse; url: string }[] {
	const steps: { response: SiteResponse; url: string }[] = [];
	let url = start;
	for (const response of responses.slice(0, MAX_REDIRECTS + 1)) {
		steps.push({ response, url });
		const location = response.headers.find(([n]) => n === 'location')?.[1];
		if (!REDIRECTS.includes(response.status) || location === undefined) break;
		try {
			url = new URL(location, url).href;
		} catch {
			break;
		}
	}
	return steps;
}

/**
 * axios' JSON parsing of a response body (it tries any text), then the text the Observatory's
 * HTML readers get: a JSON value becomes its string form, a falsy one nothing.
 */
export function pageText(body: string): string {
	if (body === '') return '';
	try {
		const value: unknown = JSON.parse(body);
		return value ? String(value) : '';
	} catch {
		return body;
	}
}

function isHtml(type: string | string[] | undefined): boolean {
	return typeof type === 'string' && HTML_TYPES.has(type.split(';')[0]);
}

/** The Observatory's view of a pasted site. */
export function observatoryInput(site: PastedSite): ObservatoryInput {
	const host = site.host;
	const https =
		site.https && site.https.length > 0
			? chainUrls(site.https, `https://${host ?? 'host.invalid'}/`)
			: null;
	const last = https?.[https.length - 1]?.response;
	let page: ObservatoryInput['page'] = null;
	if (last) {
		const headers = observedHeaders(last.rawHeaders);
		const text = site.bodyPasted ? pageText(last.body) : null;
		const type = headers.find(([n]) => n === 'content-type')?.[1];
		const meta: PageMeta = text && isHtml(type) ? pageMeta(text) : { csp: [], referrer: [] };
		page = { status: last.status, headers, raw: last.rawHeaders, meta, text };
	}
	const route: RedirectStep[] | null =
		site.http && site.http.length > 0
			? chainUrls(site.http, `http://${host ?? 'host.invalid'}/`).map(({ response, url }) => ({
					url,
					status: response.status
				}))
			: null;
	return {
		hostname: host,
		page,
		cookieHops: (https ?? []).map(({ response, url }) => ({
			url,
			setCookies: response.rawHeaders
				.filter(([n]) => n.toLowerCase() === 'set-cookie')
				.map(([, v]) => v)
		})),
		preflight: null,
		route: host === null ? null : route,
		missing:
			host === null && route
				? { redirection: 'No Target URL is set, so the first redirect’s host cannot be checked.' }
				: {}
	};
}
