// A site for the Observatory differential test: what each URL answers. The same model feeds the
// package's real scan (through an in-memory server, observatory-package.ts) and Shipshape (as
// the text curl prints for it), so both read the very same responses.

/** One response as the server sends it; `body` is sent to GET only. */
export interface WireResponse {
	status: number;
	headers: [name: string, value: string][];
	body?: string;
}

/** A site: its host and, by absolute URL, what each URL answers (anything else is a 404). */
export interface SiteModel {
	name: string;
	host: string;
	responses: Record<string, WireResponse>;
}

const REASONS: Record<number, string> = {
	200: 'OK',
	204: 'No Content',
	301: 'Moved Permanently',
	302: 'Found',
	303: 'See Other',
	307: 'Temporary Redirect',
	308: 'Permanent Redirect',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	500: 'Internal Server Error',
	503: 'Service Unavailable'
};

const NOT_FOUND: WireResponse = {
	status: 404,
	headers: [['Content-Type', 'text/plain']],
	body: ''
};
const FOLLOWED = [301, 302, 303, 307, 308];

/**
 * The response to `method url`, with the Content-Length and Connection the server sends. Every
 * method gets the same headers (an OPTIONS preflight too); HEAD and 204 get no body.
 */
export function respond(site: SiteModel, url: string, method: string) {
	const page = site.responses[url] ?? NOT_FOUND;
	const body = page.status === 204 ? '' : (page.body ?? '');
	// The length is the body's own; a fixture's recorded Content-Length would not match it.
	const headers: [string, string][] = [
		...page.headers.filter(([n]) => !/^(content-length|connection)$/i.test(n)),
		['Content-Length', String(new TextEncoder().encode(body).length)],
		['Connection', 'close']
	];
	return {
		status: page.status,
		reason: REASONS[page.status] ?? 'Unknown',
		headers,
		body: method === 'HEAD' ? '' : body
	};
}

/** The URLs a client following up to `max` redirects visits from `start` (curl: 50). */
export function chain(site: SiteModel, start: string, max = 50): string[] {
	const urls = [start];
	for (let hops = 0; hops < max; hops += 1) {
		const page = site.responses[urls[urls.length - 1]];
		const location = page?.headers.find(([n]) => n.toLowerCase() === 'location')?.[1];
		if (!page || !FOLLOWED.includes(page.status) || location === undefined) break;
		urls.push(new URL(location, urls[urls.length - 1]).href);
	}
	return urls;
}

/** What `curl -siL https://host/` (or `curl -sIL http://host/`, `head`) prints for the site. */
export function curlOutput(site: SiteModel, start: string, head: boolean): string {
	const urls = chain(site, start);
	return urls
		.map((url, index) => {
			const r = respond(site, url, head ? 'HEAD' : 'GET');
			const lines = [
				`HTTP/1.1 ${r.status} ${r.reason}`,
				...r.headers.map(([n, v]) => `${n}: ${v}`)
			];
			const last = index === urls.length - 1;
			return `${lines.join('\r\n')}\r\n\r\n${last && !head ? r.body : ''}`;
		})
		.join('');
}
