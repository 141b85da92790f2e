// Reads what curl prints (-I, -i, -v, -L) back into responses. A browser cannot see redirects
// or security headers of a server that sends no CORS headers, so the person runs curl and
// pastes its output; this turns that text into data without trusting its shape.

/** One HTTP response as curl printed it. Interim 1xx answers and proxy CONNECT answers are skipped. */
export interface CurlResponse {
	/** As written after "HTTP/": "1.0", "1.1", "2", "3". */
	httpVersion: string;
	status: number;
	/** The reason phrase; empty for HTTP/2 and HTTP/3, which have none. */
	reason: string;
	/** In order, repeats kept, names lower-cased. */
	headers: [name: string, value: string][];
	/** The same headers with their names as the server wrote them. */
	rawHeaders: [name: string, value: string][];
	/** Whatever followed the headers (curl -i, or -v with a body), else ''. */
	body: string;
}

/** The request line and Host of the first request, from curl -v's "> " lines. */
export interface CurlRequest {
	method: string;
	path: string;
	host?: string;
	/** From -v's connection lines (TLS handshake, port, HTTP/2 :scheme), when they show it. */
	scheme?: 'http' | 'https';
}

/** Everything read from one paste of curl output. */
export interface CurlOutput {
	responses: CurlResponse[];
	request?: CurlRequest;
}

const STATUS_LINE = /^HTTP\/(\d(?:\.\d)?)[ \t]+(\d{3})(?:[ \t](.*))?$/;
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \t]*:(.*)$/;
const REQUEST_LINE = /^([A-Z]+) (\S+) HTTP\/\d(?:\.\d)?$/;

/** Splits text into lines on \r\n, \n or a lone \r. */
export function splitLines(text: string): string[] {
	return text.split(/\r\n|\n|\r/);
}

/** The values of every header called `name` (any case), in order. */
export function headerValues(response: CurlResponse, name: string): string[] {
	const wanted = name.toLowerCase();
	return response.headers.filter(([n]) => n === wanted).map(([, v]) => v);
}

/** Parses curl output; null when it holds no HTTP status line at all. */
export function parseCurlOutput(text: string): CurlOutput | null {
	const lines = splitLines(text);
	const verbose = lines.some((line) => /^< HTTP\/\d/.test(line));
	const responses = verbose ? readVerbose(lines) : readPlain(lines);
	if (responses.length === 0) return null;
	const kept = responses.filter((r) => !isInterim(r));
	const output: CurlOutput = { responses: kept.length > 0 ? kept : responses };
	if (verbose) {
		const request = readRequest(lines);
		if (request) output.request = request;
	}
	return output;
}

function isInterim(r: CurlResponse): boolean {
	if (r.status >= 100 && r.status < 200) return true;
	return r.status === 200 && /^connection established$/i.test(r.reason) && r.headers.length === 0;
}

/** Builds responses from lines in the order status line, headers, blank line, body. */
class ResponseBuilder {
	readonly responses: CurlResponse[] = [];
	private current: CurlResponse | null = null;
	private inHeaders = false;
	private bodyLines: string[] = [];

	/** Feeds one header-section or body line (without curl -v's "< " prefix). */
	line(line: string): void {
		const status = STATUS_LINE.exec(line);
		if (status) {
			this.finish();
			this.current = {
				httpVersion: status[1],
				status: Number(status[2]),
				reason: (status[3] ?? '').trim(),
				headers: [],
				rawHeaders: [],
				body: ''
			};
			this.inHeaders = true;
			return;
		}
		if (!this.current) return;
		if (!this.inHeaders) {
			this.bodyLines.push(line);
			return;
		}
		if (line.trim() === '') {
			this.inHeaders = false;
			return;
		}
		this.header(this.current, line);
	}

	/** Adds a body line seen outside the header section (curl -v prints bodies unprefixed). */
	body(line: string): void {
		if (this.current && !this.inHeaders) this.bodyLines.push(line);
	}

	/** Closes the header section: curl -v ends it with a bare "<". */
	endHeaders(): void {
		this.inHeaders = false;
	}

	private header(response: CurlResponse, line: string): void {
		const last = response.headers.length - 1;
		if (/^[ \t]/.test(line) && last >= 0) {
			const folded = `${response.headers[last][1]} ${line.trim()}`.trim();
			response.headers[last][1] = folded;
			response.rawHeaders[last][1] = folded;
			return;
		}
		const match = HEADER_LINE.exec(line);
		if (!match) return;
		const value = match[2].trim();
		response.headers.push([match[1].toLowerCase(), value]);
		response.rawHeaders.push([match[1], value]);
	}

	finish(): CurlResponse[] {
		if (this.current) {
			while (this.bodyLines.length > 0 && this.bodyLines[this.bodyLines.length - 1].trim() === '')
				this.bodyLines.pop();
			this.current.body = this.bodyLines.join('\n');
			this.responses.push(this.current);
		}
		this.current = null;
		this.bodyLines = [];
		this.inHeaders = false;
		return this.responses;
	}
}

function readPlain(lines: string[]): CurlResponse[] {
	const builder = new ResponseBuilder();
	for (const line of lines) builder.line(line);
	return builder.finish();
}

function readVerbose(lines: string[]): CurlResponse[] {
	const builder = new ResponseBuilder();
	for (const line of lines) {
		if (line.startsWith('< ') || line === '<') {
			const content = line.slice(2);
			if (content.trim() === '') builder.endHeaders();
			else builder.line(content);
		} else if (/^[*>{}] /.test(line) || /^[*>{}]$/.test(line)) {
			continue;
		} else {
			builder.body(line);
		}
	}
	return builder.finish();
}

function readRequest(lines: string[]): CurlRequest | undefined {
	let request: CurlRequest | undefined;
	let scheme: 'http' | 'https' | undefined;
	let authority: string | undefined;
	for (const line of lines) {
		if (line.startsWith('* ')) {
			if (request) continue;
			scheme = schemeFrom(line.slice(2)) ?? scheme;
			authority ??= /\[:authority: ([^\]\s]+)\]/.exec(line)?.[1];
			continue;
		}
		if (!line.startsWith('> ')) continue;
		const content = line.slice(2).trim();
		if (!request) {
			const match = REQUEST_LINE.exec(content);
			if (match) request = { method: match[1], path: match[2] };
			continue;
		}
		const header = HEADER_LINE.exec(content);
		if (header && header[1].toLowerCase() === 'host' && request.host === undefined) {
			request.host = header[2].trim();
		}
		if (content === '') break;
	}
	if (request && request.host === undefined && authority) request.host = authority;
	if (request && scheme) request.scheme = scheme;
	return request;
}

function schemeFrom(info: string): 'http' | 'https' | undefined {
	const explicit = /\[:scheme: (https?)\]/.exec(info);
	if (explicit) return explicit[1] as 'http' | 'https';
	if (/\b(SSL connection using|TLSv1\.[0-3] \(|ALPN|Server certificate)/.test(info)) return 'https';
	if (/^Connected to .* port 443\b/.test(info)) return 'https';
	if (/^Connected to .* port 80\b/.test(info)) return 'http';
	return undefined;
}
