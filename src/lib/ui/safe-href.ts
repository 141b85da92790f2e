// Links from a checklist are followed only to the web or to mail: never javascript:, data:,
// file: or relative URLs that would point into this app.

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/** The URL if it is an absolute http, https or mailto link, else null. */
export function safeHref(href: string): string | null {
	try {
		const url = new URL(href.trim());
		return ALLOWED.has(url.protocol) ? url.href : null;
	} catch {
		return null;
	}
}
