// Status codes in words for summaries: HTTP/2 and HTTP/3 status lines carry no reason phrase.

const REASONS: Record<number, string> = {
	200: 'OK',
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

/** "301 Moved Permanently": the reason curl printed, else the standard one, else the code. */
export function statusWords(status: number, reason = ''): string {
	const words = reason.trim() || REASONS[status] || '';
	return words ? `${status} ${words}` : String(status);
}
