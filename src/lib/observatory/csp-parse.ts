// Parses Content-Security-Policy values exactly as the MDN HTTP Observatory does
// (@mdn/mdn-http-observatory src/analyzer/cspParser.js, ported line for line), so its grade can
// be reproduced: several policies are merged, a source counting only when the later policy
// allows it too (with its path-prefix matching), and a repeated directive makes the policy
// invalid, except report-uri and report-to, which are noted under DUPLICATE_WARNINGS_KEY.

/** A parsed policy: directive → its sources, lower-cased. */
export type CspMap = Map<string, Set<string>>;

/** The map key under which repeated report-uri / report-to directives are listed. */
export const DUPLICATE_WARNINGS_KEY = '_observatory_duplicate_key_warnings';

const SHORTEST_DIRECTIVE_LENGTH = 'img-src'.length - 1;
const DIRECTIVES_DISALLOWED_IN_META = ['frame-ancestors', 'report-uri', 'sandbox'];
const ALLOWED_DUPLICATE_KEYS = new Set(['report-uri', 'report-to']);
const compare = new Intl.Collator('en').compare;

interface Source {
	source: string;
	index: number;
	keep: boolean;
}

/** Parses policies from `<meta http-equiv>`, dropping the directives only headers may carry. */
export function parseCspMeta(policies: string[]): CspMap {
	const csp = parseCsp(policies);
	for (const directive of DIRECTIVES_DISALLOWED_IN_META) csp.delete(directive);
	return csp;
}

/**
 * Parses one or more policies as the Observatory does. Throws on what it calls invalid: an
 * empty or too short policy, or a repeated directive other than report-uri and report-to.
 */
export function parseCsp(policies: string[]): CspMap {
	const clean = policies.map((p) => p.replace(/[\r\n]/g, '').trim());
	if (clean.length === 0) return new Map();
	for (const policy of clean) {
		if (!policy || policy.length < SHORTEST_DIRECTIVE_LENGTH) {
			throw new Error(`A policy is empty or too short to hold a directive: “${policy}”.`);
		}
	}
	const csp = new Map<string, Source[]>();
	const duplicates = new Set<string>();
	clean.forEach((policy, policyIndex) => {
		const seen = new Set<string>();
		for (const [entry, ...values] of policy.split(';').map((e) => e.trim().split(/\s+/))) {
			if (!entry) continue;
			const directive = entry.toLowerCase();
			if (seen.has(directive)) {
				if (!ALLOWED_DUPLICATE_KEYS.has(directive)) {
					throw new Error(`The directive ${directive} appears twice in one policy.`);
				}
				duplicates.add(directive);
			} else seen.add(directive);
			const keep = policyIndex === 0;
			const sources: Source[] = values.map((raw) => ({
				source: raw.trim().toLocaleLowerCase(),
				index: policyIndex,
				keep
			}));
			if (values.length === 0 && directive.endsWith('-src')) {
				sources.push({ source: "'none'", index: policyIndex, keep });
			}
			const combined = policyIndex === 0 ? sources : [...(csp.get(directive) ?? []), ...sources];
			combined.sort((a, b) => compare(a.source, b.source));
			for (let i = 1; i < combined.length; i += 1) {
				const source = combined[i];
				const prev = combined[i - 1];
				// A longer source from the same policy after a prefix of it adds nothing.
				if (source.index === prev.index && source.source.startsWith(prev.source)) {
					source.keep = false;
				}
				// A source must exist in both policies to count.
				if (source.index !== prev.index && pathPartMatch(prev.source, source.source)) {
					source.keep = true;
				}
			}
			csp.set(
				directive,
				combined.filter((s) => s.keep)
			);
			if (policyIndex === 0 && policies.length > 1) {
				for (const s of csp.get(directive) ?? []) s.keep = false;
			}
		}
	});
	const result: CspMap = new Map(
		[...csp.entries()].map(([directive, sources]) => [
			directive,
			sources.length ? new Set(sources.map((s) => s.source)) : new Set(["'none'"])
		])
	);
	if (duplicates.size) result.set(DUPLICATE_WARNINGS_KEY, duplicates);
	return result;
}

function pathPartMatch(pathA: string, pathB: string): boolean {
	if (pathA.length === 0) return true;
	if (pathA === '/' && pathB.length === 0) return true;
	const exactMatch = !pathA.endsWith('/');
	const listA = pathA.split('/');
	const listB = pathB.split('/');
	if (listA.length > listB.length) return false;
	if (exactMatch && listA.length !== listB.length) return false;
	if (!exactMatch) listA.pop();
	for (let i = 0; i < listA.length; i += 1) {
		// decodeURIComponent throws on a stray '%': the policy is then invalid, as in the Observatory.
		if (decodeURIComponent(listA[i]) !== decodeURIComponent(listB[i])) return false;
	}
	return true;
}
