// Parses Content-Security-Policy header values the way the MDN HTTP Observatory does
// (mdn/mdn-http-observatory src/analyzer/cspParser.js), so its grade can be reproduced.

/** A parsed policy: directive → its sources, lower-cased. */
export type CspMap = Map<string, Set<string>>;

const SHORTEST_DIRECTIVE_LENGTH = 'img-src'.length - 1;
const ALLOWED_DUPLICATES = new Set(['report-uri', 'report-to']);

/**
 * Parses one or more policies, lower-casing directives and sources; a source list left empty
 * means 'none'. Several policies (several header lines) are intersected: a source counts only
 * when every policy that sets the directive allows it (the Observatory's path-prefix matching is
 * left out). Throws on what the Observatory calls invalid: an empty or too short policy, or a
 * repeated directive other than report-uri and report-to.
 */
export function parseCsp(policies: string[]): CspMap & { duplicates?: Set<string> } {
	const clean = policies.map((p) => p.replace(/[\r\n]/g, '').trim());
	for (const policy of clean) {
		if (!policy || policy.length < SHORTEST_DIRECTIVE_LENGTH) {
			throw new Error('A policy is empty or too short to hold a directive.');
		}
	}
	const result: CspMap & { duplicates?: Set<string> } = new Map();
	clean.forEach((policy, index) => {
		const seen = new Set<string>();
		const thisPolicy: CspMap = new Map();
		for (const entry of policy.split(';')) {
			const [rawDirective, ...values] = entry.trim().split(/\s+/);
			if (!rawDirective) continue;
			const directive = rawDirective.toLowerCase();
			if (seen.has(directive)) {
				if (!ALLOWED_DUPLICATES.has(directive)) {
					throw new Error(`The directive ${directive} appears twice in one policy.`);
				}
				(result.duplicates ??= new Set()).add(directive);
				continue;
			}
			seen.add(directive);
			const sources = values.map((v) => v.trim().toLowerCase()).filter((v) => v !== '');
			if (sources.length === 0 && directive.endsWith('-src')) sources.push("'none'");
			thisPolicy.set(directive, new Set(sources));
		}
		for (const [directive, sources] of thisPolicy) {
			const earlier = result.get(directive);
			if (index === 0 || !earlier) result.set(directive, sources);
			else result.set(directive, intersect(earlier, sources));
		}
	});
	return result;
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
	const both = new Set([...a].filter((s) => b.has(s)));
	return both.size > 0 ? both : new Set(["'none'"]);
}
