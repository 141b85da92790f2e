// Finds values in pasted or exported text that look like secrets (API keys, tokens, passwords
// in database URLs, private keys), so they can be redacted before the text is stored or shared.
// Every pattern runs in linear time: each starts only at a token boundary (a lookbehind) and has
// one quantifier per character class, so no input can make it backtrack quadratically.
// False-positive rules, in short: hex alone is never a secret (git SHAs, SHA-256 fingerprints,
// digests) unless it is the value of SECRET_KEY_BASE; UUIDs and URLs without a password never
// match; a long base64 run counts only with mixed case, digits and high entropy, and not inside a
// data: URL, an SRI hash, an SSH public key or a certificate; placeholders (`$VAR`, `<password>`,
// `PASS`, `your_…`) are not secrets.

/** The kinds of secret Shipshape recognises. */
export type SecretKind =
	| 'openai-key'
	| 'google-api-key'
	| 'secret-key-base'
	| 'database-url-password'
	| 'bearer-token'
	| 'private-key'
	| 'aws-key'
	| 'github-token'
	| 'slack-token'
	| 'jwt';

/** A value that looks like a secret: the half-open range [start, end) of the text, in words. */
export interface SecretMatch {
	kind: SecretKind;
	start: number;
	end: number;
	/** What it is, with its article: "an OpenAI API key". */
	label: string;
}

type Candidate = SecretMatch & { rank: number };

/** A token-shaped secret: a pattern, an optional check of the matched text, and its label. */
interface TokenRule {
	kind: SecretKind;
	label: string;
	pattern: RegExp;
	/** The matched text is a secret (not a placeholder or an ordinary word). */
	accept?: (value: string) => boolean;
	/** Only the last capture group is the secret (the value after a name). */
	valueOnly?: boolean;
}

const mixed = (v: string) => /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v);
const PLACEHOLDER = /your|example|changeme|replace|placeholder|dummy|sample|redacted|xxxx/i;
/** Has a digit and a letter and is not an obvious placeholder. */
const secretish = (v: string) => /\d/.test(v) && /[A-Za-z]/.test(v) && !PLACEHOLDER.test(v);

/** In order of preference when two rules match the same text. */
const TOKEN_RULES: TokenRule[] = [
	{
		kind: 'jwt',
		label: 'a JSON Web Token',
		pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}/g
	},
	{
		kind: 'openai-key',
		label: 'an OpenAI API key',
		pattern: /(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{20,}/g,
		accept: (v) => mixed(v.slice(3))
	},
	{
		kind: 'github-token',
		label: 'a GitHub token',
		pattern:
			/(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])/g
	},
	{
		kind: 'slack-token',
		label: 'a Slack token',
		pattern: /(?<![A-Za-z0-9-])xox[abpr]-[A-Za-z0-9-]{10,}/g,
		accept: (v) => /\d/.test(v.slice(5))
	},
	{
		kind: 'google-api-key',
		label: 'a Google API key',
		pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g
	},
	{
		kind: 'aws-key',
		label: 'an AWS access key',
		pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/g
	},
	{
		kind: 'secret-key-base',
		label: 'a SECRET_KEY_BASE value',
		pattern:
			/(?<![A-Za-z0-9])secret_key_base["']?[ \t]*(?:=>|=|:)[ \t]*["']?([A-Za-z0-9+/=_.-]+)/gi,
		accept: (v) => v.length >= 16 && secretish(v),
		valueOnly: true
	},
	{
		kind: 'bearer-token',
		label: 'a bearer token',
		pattern: /(?<![A-Za-z0-9])bearer[ \t]+([A-Za-z0-9._~+/-]+=*)/gi,
		accept: (v) => v.length >= 12 && secretish(v),
		valueOnly: true
	}
];

function tokenMatches(text: string, rule: TokenRule, rank: number, into: Candidate[]): void {
	for (const m of text.matchAll(rule.pattern)) {
		const value = rule.valueOnly ? m[m.length - 1] : m[0];
		if (rule.accept && !rule.accept(value)) continue;
		const end = (m.index ?? 0) + m[0].length;
		into.push({ kind: rule.kind, label: rule.label, start: end - value.length, end, rank });
	}
}

const DB_SCHEME =
	/(?<![A-Za-z0-9+.-])(?:postgres(?:ql)?|mysql|mariadb|ecto|mongodb(?:\+srv)?|rediss?|amqps?):\/\//gi;
const AUTHORITY_END = /[\s/?#"'`<>]/g;
const PASSWORD_PLACEHOLDER =
	/^(?:\$\{?\w+\}?|<[^>]*>|\{\{?[^}]*\}\}?|\[[^\]]*\]|%\(?\w*\)?s|\*+|x+|\.+|pass(?:word)?|passwd|pwd|pw|secret|changeme|(?:your|my|db)[_-]?pass(?:word)?)$/i;

/** The password part of `scheme://user:password@host` URLs. */
function urlPasswords(text: string, rank: number, into: Candidate[]): void {
	DB_SCHEME.lastIndex = 0;
	for (let m = DB_SCHEME.exec(text); m; m = DB_SCHEME.exec(text)) {
		const from = m.index + m[0].length;
		AUTHORITY_END.lastIndex = from;
		const stop = AUTHORITY_END.exec(text);
		const to = stop ? stop.index : text.length;
		DB_SCHEME.lastIndex = to;
		const authority = text.slice(from, to);
		const at = authority.lastIndexOf('@');
		const colon = authority.indexOf(':');
		if (at < 0 || colon < 0 || colon > at) continue;
		const password = authority.slice(colon + 1, at);
		if (!password || PASSWORD_PLACEHOLDER.test(password)) continue;
		const start = from + colon + 1;
		into.push({
			kind: 'database-url-password',
			label: 'a database password',
			start,
			end: start + password.length,
			rank
		});
	}
}

const PEM_BEGIN = /-----BEGIN ([A-Z0-9 ]{1,40})-----/g;
/** A PEM body: base64, whitespace, `\n` escapes (a key pasted from JSON), header lines. */
const PEM_BODY = /(?:[A-Za-z0-9+/=\s:,]|\\n|-(?!----))*/y;
const PEM_END = /-----END [A-Z0-9 ]{1,40}-----/y;
const BASE64_RUN = /[A-Za-z0-9+/=]{16,}/g;

/**
 * The end of a PEM block whose body starts at `from`: after its END line, else after its last
 * run of base64 (a key cut short). `keyed` says the body holds key material at all.
 */
function pemEnd(text: string, from: number): { end: number; keyed: boolean } {
	PEM_BODY.lastIndex = from;
	PEM_BODY.exec(text);
	const stop = PEM_BODY.lastIndex;
	let last = -1;
	for (const run of text.slice(from, stop).matchAll(BASE64_RUN))
		last = (run.index ?? 0) + run[0].length;
	PEM_END.lastIndex = stop;
	if (PEM_END.exec(text)) return { end: PEM_END.lastIndex, keyed: last >= 0 };
	return { end: from + Math.max(0, last), keyed: last >= 0 };
}

/** PEM private keys (to the END line, or as far as a cut-off key goes); other PEM blocks too. */
function pemBlocks(text: string, rank: number, into: Candidate[], others: [number, number][]) {
	PEM_BEGIN.lastIndex = 0;
	for (let m = PEM_BEGIN.exec(text); m; m = PEM_BEGIN.exec(text)) {
		const from = m.index + m[0].length;
		const { end, keyed } = pemEnd(text, from);
		PEM_BEGIN.lastIndex = Math.max(end, from);
		if (!/PRIVATE KEY/.test(m[1])) others.push([m.index, end]);
		else if (keyed)
			into.push({ kind: 'private-key', label: 'a private key', start: m.index, end, rank });
	}
}

const LONG_TOKEN = /[A-Za-z0-9+/_-]{64,}={0,2}/g;

/** Shannon entropy of the text's characters, in bits per character. */
function entropy(value: string): number {
	const counts = new Map<string, number>();
	for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
	let bits = 0;
	for (const n of counts.values()) bits -= (n / value.length) * Math.log2(n / value.length);
	return bits;
}

/** Long random-looking base64 values, like the output of `mix phx.gen.secret`. */
function longSecrets(text: string, rank: number, into: Candidate[], skip: [number, number][]) {
	let block = 0;
	for (const m of text.matchAll(LONG_TOKEN)) {
		const start = m.index ?? 0;
		const value = m[0];
		while (block < skip.length && skip[block][1] <= start) block++;
		if (block < skip.length && skip[block][0] <= start) continue;
		if (!mixed(value) || entropy(value) < 4.5) continue;
		if (/^(?:sha(?:256|384|512)-|AAAA)/.test(value)) continue;
		if (text.slice(Math.max(0, start - 7), start).toLowerCase() === 'base64,') continue;
		const end = start + value.length;
		into.push({ kind: 'secret-key-base', label: 'a long random secret', start, end, rank });
	}
}

/** Every value in the text that looks like a secret, in order, none overlapping. */
export function findSecrets(text: string): SecretMatch[] {
	const found: Candidate[] = [];
	const publicBlocks: [number, number][] = [];
	pemBlocks(text, 0, found, publicBlocks);
	TOKEN_RULES.forEach((rule, i) => tokenMatches(text, rule, i + 1, found));
	urlPasswords(text, TOKEN_RULES.length + 1, found);
	longSecrets(text, TOKEN_RULES.length + 2, found, publicBlocks);
	found.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
	const kept: SecretMatch[] = [];
	let reached = 0;
	for (const { kind, start, end, label } of found) {
		if (start < reached) continue;
		kept.push({ kind, start, end, label });
		reached = end;
	}
	return kept;
}
