// Whether a text is long enough, or shaped enough, to hold anything scan.ts recognises: a cheap
// test that lets the scanner's code load only once some value could need it (dates, versions
// and names, most of what a new deployment holds, are too short). It must never say no to a
// text scan.ts would find a secret in: could-hold.spec.ts checks that.

/**
 * The shortest secret scan.ts finds without a URL is a Slack token, "xoxb-" and ten characters;
 * a database password needs "scheme://", and a private key a BEGIN line.
 */
export const SHORTEST_SECRET = 15;

/** False only when scan.ts cannot find a secret in the text. */
export function couldHoldSecret(text: string): boolean {
	return text.length >= SHORTEST_SECRET || text.includes('://');
}
