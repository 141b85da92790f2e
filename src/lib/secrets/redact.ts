// Replaces secrets found by scan.ts with a visible marker, and says in words what was found, so
// a person can see what a paste or a report would have leaked before it is stored or shared.
import { findSecrets, type SecretKind, type SecretMatch } from './scan';

/** The marker that replaces a secret; a URL keeps everything but its password. */
function marker(kind: SecretKind): string {
	return kind === 'database-url-password' ? '[redacted]' : `[redacted ${kind}]`;
}

/**
 * The text with each match replaced by `[redacted <kind>]` (a URL password by `[redacted]`).
 * Without `matches` it scans again after replacing, because a secret glued to the end of another
 * (`-----END PRIVATE KEY-----sk-…`) only stands on its own once the first is gone.
 */
export function redactSecrets(text: string, matches?: SecretMatch[]): string {
	if (matches) return replaced(text, matches);
	let out = text;
	for (let pass = 0; pass < 4; pass++) {
		const found = findSecrets(out);
		if (found.length === 0) break;
		out = replaced(out, found);
	}
	return out;
}

function replaced(text: string, matches: SecretMatch[]): string {
	const usable = matches
		.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const parts: string[] = [];
	let from = 0;
	for (const m of usable) {
		if (m.start < from) continue;
		parts.push(text.slice(from, m.start), marker(m.kind));
		from = m.end;
	}
	parts.push(text.slice(from));
	return parts.join('');
}

/** Plural forms of the labels scan.ts gives. */
const PLURALS: Record<string, string> = {
	'an OpenAI API key': 'OpenAI API keys',
	'a Google API key': 'Google API keys',
	'a SECRET_KEY_BASE value': 'SECRET_KEY_BASE values',
	'a long random secret': 'long random secrets',
	'a database password': 'database passwords',
	'a bearer token': 'bearer tokens',
	'a private key': 'private keys',
	'an AWS access key': 'AWS access keys',
	'a GitHub token': 'GitHub tokens',
	'a Slack token': 'Slack tokens',
	'a JSON Web Token': 'JSON Web Tokens'
};

/** "2 values look like secrets: an OpenAI API key, a database password." */
export function describeSecrets(matches: readonly SecretMatch[]): string {
	if (matches.length === 0) return 'No values look like secrets.';
	const counts = new Map<string, number>();
	for (const m of matches) counts.set(m.label, (counts.get(m.label) ?? 0) + 1);
	const kinds = [...counts].map(([label, n]) =>
		n === 1 ? label : `${n} ${PLURALS[label] ?? `× ${label}`}`
	);
	const head =
		matches.length === 1
			? '1 value looks like a secret'
			: `${matches.length} values look like secrets`;
	return `${head}: ${kinds.join(', ')}.`;
}
