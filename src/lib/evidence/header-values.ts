// How browsers read the values of the security headers the checklist asks about, so the header
// rules judge what a browser would do with a value, not how it looks.
import { quoteValue } from './words';

/**
 * The first of several Strict-Transport-Security headers, as seen joined by ", " (fetch and
 * curl -L both show repeats that way): browsers process only the first (RFC 6797 §8.1).
 */
export function firstHsts(value: string): string {
	const comma = value.indexOf(',');
	return comma < 0 ? value : value.slice(0, comma);
}

/** The max-age of a Strict-Transport-Security value (RFC 6797 §6.1), or why browsers ignore it. */
export function hstsMaxAge(value: string): { maxAge: number } | { problem: string } {
	if (value.trim() === '') return { problem: 'it is empty' };
	const seen = new Set<string>();
	let maxAge: number | undefined;
	for (const part of value.split(';')) {
		const directive = part.trim();
		if (directive === '') continue;
		const eq = directive.indexOf('=');
		const name = (eq < 0 ? directive : directive.slice(0, eq)).trim().toLowerCase();
		if (seen.has(name)) return { problem: `it repeats ${name}` };
		seen.add(name);
		if (name !== 'max-age') continue;
		const raw = eq < 0 ? '' : directive.slice(eq + 1).trim();
		const digits = /^"(.*)"$/.exec(raw)?.[1] ?? raw;
		if (!/^\d+$/.test(digits))
			return { problem: `its max-age ${quoteValue(raw)} is not a whole number of seconds` };
		maxAge = Number(digits);
	}
	return maxAge === undefined ? { problem: 'it has no max-age' } : { maxAge };
}

/** Directives besides the *-src ones that restrict something; report-uri and report-to only report. */
const ENFORCING = new Set([
	'base-uri',
	'block-all-mixed-content',
	'form-action',
	'frame-ancestors',
	'require-trusted-types-for',
	'sandbox',
	'trusted-types',
	'upgrade-insecure-requests',
	'webrtc'
]);

/** The directive names of every policy in a CSP value (policies are separated by commas). */
export function cspDirectives(value: string): string[] {
	return value
		.split(/[,;]/)
		.map((d) => d.trim().split(/\s+/)[0].toLowerCase())
		.filter((name) => name !== '');
}

/** Whether a CSP value sets a directive that restricts something (an unknown one restricts nothing). */
export function cspEnforces(value: string): boolean {
	return cspDirectives(value).some((d) => d.endsWith('-src') || ENFORCING.has(d));
}

/**
 * X-Frame-Options as the HTML standard reads it: the comma-separated values as a set, ignoring
 * case; several values that include a known one conflict, and browsers then refuse every frame.
 */
export function frameOptions(value: string): 'sameorigin' | 'deny' | 'conflict' | 'other' {
	const values = new Set(value.split(',').map((v) => v.trim().toLowerCase()));
	const [only] = values;
	if (values.size === 1 && (only === 'sameorigin' || only === 'deny')) return only;
	if (values.size > 1 && ['deny', 'sameorigin', 'allowall'].some((v) => values.has(v)))
		return 'conflict';
	return 'other';
}
