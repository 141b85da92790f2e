// Response headers as the MDN HTTP Observatory receives them. It fetches with axios on Node, so
// a header sent twice reaches its tests the way Node's HTTP client hands it over: joined into one
// value with ", " (Set-Cookie kept as a list; Cookie joined with "; "; for Content-Type,
// Location, Server and a few others only the first is kept), then cleaned by axios. Reading a
// pasted response through this view is what makes repeated headers grade as they do there.

/**
 * The headers as entries of axios' headers object: name → value, or the list of Set-Cookie
 * values. From Node the names are lower case and unique; the Observatory's own test cases build
 * the object by hand, so a name may appear in several spellings.
 */
export type ObservedHeaders = [name: string, value: string | string[]][];

// Node's lib/_http_incoming.js matchKnownFields: repeats of these are dropped.
const FIRST_ONLY = new Set([
	'content-type',
	'content-length',
	'user-agent',
	'referer',
	'host',
	'authorization',
	'proxy-authorization',
	'if-modified-since',
	'if-unmodified-since',
	'from',
	'location',
	'max-forwards',
	'retry-after',
	'etag',
	'last-modified',
	'server',
	'age',
	'expires'
]);

/** axios' sanitizeHeaderValue: control characters out, spaces and tabs trimmed. */
function sanitize(value: string): string {
	// eslint-disable-next-line no-control-regex
	return value.replace(/[\u0000-\u0008\u000a-\u001f\u007f]+/g, '').replace(/^[ \t]+|[ \t]+$/g, '');
}

/** The headers of one response as Node and axios hand them to the Observatory's tests. */
export function observedHeaders(raw: [name: string, value: string][]): ObservedHeaders {
	const node = new Map<string, string | string[]>();
	for (const [rawName, value] of raw) {
		const name = rawName.toLowerCase();
		const seen = node.get(name);
		if (name === 'set-cookie') node.set(name, [...((seen as string[]) ?? []), value]);
		else if (seen === undefined) node.set(name, value);
		else if (!FIRST_ONLY.has(name))
			node.set(name, `${seen}${name === 'cookie' ? '; ' : ', '}${value}`);
	}
	return [...node].map(([name, value]) => [
		name,
		Array.isArray(value) ? value.map(sanitize) : sanitize(value)
	]);
}

/** analyzer/utils.js getHttpHeaders: every value of a header, in any spelling, lists flattened. */
export function headerList(headers: ObservedHeaders, name: string): string[] {
	return headers.filter(([n]) => n.toLowerCase() === name).flatMap(([, value]) => value);
}

/** AxiosHeaders.get: the value under the last spelling of the name, or undefined. */
export function axiosGet(headers: ObservedHeaders, name: string): string | string[] | undefined {
	return headers.findLast(([n]) => n.toLowerCase() === name)?.[1];
}

/** analyzer/utils.js getFirstHttpHeader: the first value, or null. */
export function firstHeader(headers: ObservedHeaders, name: string): string | null {
	return headerList(headers, name)[0] ?? null;
}
