// What a probe observed, as plain data. Runners produce these; pure evaluators turn them into
// findings. Nothing here is inferred: a field is set only when the browser really saw it.

/** Timing of one request, from Resource Timing when available, else the page's clock. */
export interface TimingFacts {
	/** responseEnd − startTime (or the clock's elapsed time), in ms. */
	duration: number;
	source: 'resource-timing' | 'clock';
	/** Phases in ms; only when the server sends Timing-Allow-Origin for this page. */
	phases?: { dns: number; connect: number; tls: number; ttfb: number; download: number };
	/** Server-Timing entries, only when visible (Timing-Allow-Origin). */
	serverTiming?: { name: string; duration: number; description: string }[];
	/** Bytes on the wire and decoded body size, only when visible. */
	transferSize?: number;
	decodedBodySize?: number;
}

/** A readable HTTP answer (same origin, or CORS allowed this page to read it). */
export interface HttpFacts {
	kind: 'http';
	url: string;
	status: number;
	statusText: string;
	/** Response headers this page may read, names lower-cased. */
	headers: Record<string, string>;
	/**
	 * The server's Access-Control-Expose-Headers, when the page can read it (the server exposed
	 * it too, or used "*"): '*' or lower-cased names. null when it could not be read.
	 */
	exposed: '*' | string[] | null;
	/** The body as text, at most the cap; null when it was not read. */
	body: string | null;
	/** Bytes of body read (at most the cap). */
	bodyBytes: number;
	/** True when the body was longer than the cap and reading stopped. */
	truncated: boolean;
	/** The URL of the final response, when redirects were followed. */
	finalUrl: string;
	redirected: boolean;
	timing: TimingFacts | null;
	/** The browser's clock (ms since epoch) when the answer arrived. */
	receivedAt: number;
}

/**
 * What a verdict on an answer's status and body uses: a readable answer a probe saw, or what a
 * pasted `curl -i` printed.
 */
export type ReadableAnswer = Pick<
	HttpFacts,
	| 'status'
	| 'statusText'
	| 'body'
	| 'bodyBytes'
	| 'truncated'
	| 'redirected'
	| 'finalUrl'
	| 'receivedAt'
>;

/** An answer this page may not read (a no-cors request): something answered, nothing more. */
export interface OpaqueFacts {
	kind: 'opaque';
	url: string;
	timing: TimingFacts | null;
}

/** The server answered with a redirect that the browser does not let the page follow or see. */
export interface RedirectFacts {
	kind: 'redirect';
	url: string;
}

/** The request failed before any answer could be seen. */
export interface FailureFacts {
	/**
	 * timeout: no answer within the time limit; network: failed to connect or was refused,
	 * which a browser cannot tell apart from DNS failure or a CORS refusal; mixed-content: an
	 * https page may not request an http:// URL (except loopback); cancelled: the person stopped it.
	 */
	kind: 'timeout' | 'network' | 'mixed-content' | 'cancelled';
	url: string;
	timeoutMs?: number;
	message?: string;
}

export type Observation = HttpFacts | OpaqueFacts | RedirectFacts | FailureFacts;
