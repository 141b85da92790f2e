// A short, bounded text of what a probe saw, kept with its evidence for the report.
import type { Observation } from '$lib/evidence/facts';

/** Characters of body kept in an excerpt. */
const BODY_CHARS = 1500;

/** Status line, visible headers and the start of the body; or what was seen instead. */
export function excerptOf(obs: Observation): string {
	switch (obs.kind) {
		case 'http': {
			const lines = [`${obs.status} ${obs.statusText}`.trim(), `URL: ${obs.finalUrl}`];
			for (const [name, value] of Object.entries(obs.headers)) lines.push(`${name}: ${value}`);
			if (obs.body) {
				const body = obs.body.slice(0, BODY_CHARS);
				lines.push('', body + (obs.body.length > BODY_CHARS || obs.truncated ? '\n…' : ''));
			}
			return lines.join('\n');
		}
		case 'opaque':
			return `${obs.url}\nOpaque answer (no-cors): status, headers and body are hidden from this page.`;
		case 'redirect':
			return `${obs.url}\nRedirect (hidden destination).`;
		case 'timeout':
			return `${obs.url}\nNo answer within ${obs.timeoutMs} ms.`;
		case 'mixed-content':
			return `${obs.url}\nNot requested: an https page may not request http:// URLs.`;
		case 'cancelled':
			return `${obs.url}\nCancelled.`;
		case 'network':
			return `${obs.url}\nFailed before any answer${obs.message ? `: ${obs.message}` : ''}.`;
	}
}
