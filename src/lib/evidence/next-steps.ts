// "What to run instead": the commands a finding offers when the browser could not see enough,
// shared by the live probes and the readable commands beside the checklist's own.

/** What to do when the browser cannot read an answer: run a command, or allow this page by CORS. */
export function curlNext(command: string): string {
	return `Run ${command} and paste its output, or let the server allow this page to read the answer with Shipshape's CORS snippet.`;
}

/**
 * A loop of `count` POSTs to `url` printing one status code per line; `header` and `body` are
 * already shell-quoted.
 */
export function statusLoop(url: string, count: number, header?: string, body?: string): string {
	return [
		`for i in $(seq 1 ${count}); do`,
		`  curl -s -o /dev/null -w '%{http_code}\\n' -X POST ${url}${header || body ? ' \\' : ''}`,
		...(header ? [`    -H ${header}${body ? ' \\' : ''}`] : []),
		...(body ? [`    -d ${body}`] : []),
		'done'
	].join('\n');
}
