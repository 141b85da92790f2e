// The words probes and paste readers share for what they saw: status codes, quoted values.

const REASONS: Record<number, string> = {
	200: 'OK',
	201: 'Created',
	204: 'No Content',
	301: 'Moved Permanently',
	302: 'Found',
	303: 'See Other',
	304: 'Not Modified',
	307: 'Temporary Redirect',
	308: 'Permanent Redirect',
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	405: 'Method Not Allowed',
	429: 'Too Many Requests',
	500: 'Internal Server Error',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
	504: 'Gateway Timeout'
};

/**
 * A status code with its reason phrase, e.g. "503 Service Unavailable": the phrase the server or
 * curl gave, else the standard one (HTTP/2 and HTTP/3 status lines carry none), else the code.
 */
export function statusWords(status: number, statusText = ''): string {
	const reason = statusText.trim() || REASONS[status] || '';
	return reason === '' ? String(status) : `${status} ${reason}`;
}

/** A short, single-line excerpt of a body for quoting in words. */
export function excerpt(text: string, max = 60): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** A header value in quotation marks, cut to about 200 characters: “max-age=31536000”. */
export function quoteValue(value: string): string {
	const flat = value.trim();
	return `“${flat.length > 200 ? `${flat.slice(0, 200)}…` : flat}”`;
}
