// Reads the output of the checklist's rate-limit loop (ten POSTs to the login route). The
// checklist's own loop prints only bodies, so a status is known only where curl printed one:
// a status code per line (-w '%{http_code}\n') or status lines (-i / -I).
import { parseCurlOutput, splitLines } from './curl-output';

/** What the loop output shows about each request, in order. */
export interface StatusLoop {
	/** One entry per request; null where that request's status cannot be seen. */
	statuses: (number | null)[];
	/** codes: one code per line; status-lines: curl -i/-I output; bodies: only bodies. */
	source: 'codes' | 'status-lines' | 'bodies';
}

const MARKER = /Request[ \t]+(\d+)[ \t]*$/;
const CODE_LINE = /^[ \t]*([1-5]\d\d)[ \t]*$/;
/** A code that curl's -w printed straight after a body ("Forbidden403", "}429"), not "Error 404". */
const CODE_AFTER_BODY = /[^\d\s]([1-5]\d\d)[ \t]*$/;
const SHELL_LINE = /^\s*(\$|#|%|>|for |do\b|done\b|curl |echo )/;

/** Parses the loop's output; null when the text is not output of such a loop. */
export function parseStatusLoop(text: string): StatusLoop | null {
	const lines = splitLines(text);
	const chunks = chunksByMarker(lines);
	if (chunks) return fromChunks(chunks);
	return withoutMarkers(text, lines);
}

type Chunk = { lines: string[] };

/** Splits the output at each "Request N" echo; null when there is none. */
function chunksByMarker(lines: string[]): Chunk[] | null {
	const chunks: Chunk[] = [];
	let current: string[] = [];
	let markers = 0;
	for (const line of lines) {
		const match = MARKER.exec(line);
		if (!match) {
			current.push(line);
			continue;
		}
		const before = line.slice(0, match.index);
		if (before.trim() !== '') current.push(before);
		chunks.push({ lines: current });
		current = [];
		markers++;
	}
	if (markers === 0) return null;
	const leading = chunks[0].lines.join('\n').trim();
	const trailing = current.join('\n').trim();
	// `echo "Request $i"` placed before curl: each output follows its marker.
	if (leading === '' && trailing !== '') {
		return [...chunks.slice(1), { lines: current }];
	}
	return chunks;
}

function fromChunks(chunks: Chunk[]): StatusLoop {
	let statusLines = false;
	let codes = false;
	const statuses = chunks.map((chunk) => {
		const curl = parseCurlOutput(chunk.lines.join('\n'));
		if (curl) {
			statusLines = true;
			return curl.responses[curl.responses.length - 1].status;
		}
		const code = codeOf(chunk.lines);
		if (code !== null) codes = true;
		return code;
	});
	const source = statusLines ? 'status-lines' : codes ? 'codes' : 'bodies';
	return { statuses, source };
}

function codeOf(lines: string[]): number | null {
	const filled = lines.filter((line) => line.trim() !== '');
	if (filled.length === 0) return null;
	const last = filled[filled.length - 1];
	const match = CODE_LINE.exec(last) ?? CODE_AFTER_BODY.exec(last);
	return match ? Number(match[1]) : null;
}

function withoutMarkers(text: string, lines: string[]): StatusLoop | null {
	const curl = parseCurlOutput(text);
	if (curl) return { statuses: curl.responses.map((r) => r.status), source: 'status-lines' };
	const statuses: number[] = [];
	for (const line of lines) {
		if (line.trim() === '' || SHELL_LINE.test(line)) continue;
		const match = CODE_LINE.exec(line);
		if (!match) return null;
		statuses.push(Number(match[1]));
	}
	return statuses.length > 0 ? { statuses, source: 'codes' } : null;
}
