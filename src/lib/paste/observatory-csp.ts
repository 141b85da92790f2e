// The MDN HTTP Observatory's Content-Security-Policy test, ported for pasted headers from
// mdn/mdn-http-observatory src/analyzer/tests/csp.js (contentSecurityPolicyTest). Meta
// http-equiv policies are not graded, since `curl -I` shows no HTML, and the site is taken to
// be https (curl -I https://…).
import { parseCsp, type CspMap } from './csp-parse';

/** What the CSP test concluded, with the Observatory's result name. */
export interface CspVerdict {
	result: string;
	pass: boolean;
	/** The parsed policy, when there was an enforced one that parsed. */
	csp: CspMap | null;
	reasons: string[];
}

const DANGEROUSLY_BROAD = new Set([
	'ftp:',
	'http:',
	'https:',
	'*',
	'http://*',
	'http://*.*',
	'https://*',
	'https://*.*'
]);
const UNSAFE_INLINE = new Set(["'unsafe-inline'", 'data:']);
const BROAD_OR_INLINE = new Set([...DANGEROUSLY_BROAD, ...UNSAFE_INLINE]);
const PASSIVE_DIRECTIVES = ['img-src', 'media-src'];
const NONCES_HASHES = ["'sha256-", "'sha384-", "'sha512-", "'nonce-"];
const PASSING = new Set([
	'csp-implemented-with-no-unsafe',
	'csp-implemented-with-no-unsafe-default-src-none',
	'csp-implemented-with-unsafe-inline-in-style-src-only',
	'csp-implemented-with-insecure-scheme-in-passive-content-only'
]);

function hasNonceOrHash(sources: Set<string>): boolean {
	return [...sources].some((s) => NONCES_HASHES.some((prefix) => s.startsWith(prefix)));
}

/** Grades the Content-Security-Policy headers of one response as the Observatory does. */
export function cspTest(policies: string[], reportOnly: string[]): CspVerdict {
	if (policies.length === 0) {
		if (reportOnly.length > 0) {
			return fail('csp-not-implemented-but-reporting-enabled', [
				'Only Content-Security-Policy-Report-Only is set: it reports violations but blocks nothing.'
			]);
		}
		return fail('csp-not-implemented', ['No Content-Security-Policy header.']);
	}
	let csp: ReturnType<typeof parseCsp>;
	try {
		csp = parseCsp(policies);
	} catch (e) {
		return fail('csp-header-invalid', [(e as Error).message]);
	}
	if (csp.size === 0) return fail('csp-not-implemented', ['The policy has no directives.']);
	return gradePolicy(csp);
}

function gradePolicy(csp: ReturnType<typeof parseCsp>): CspVerdict {
	const notes: string[] = [];
	// Every problem found, worst first as the Observatory checks them; the first one decides.
	const hits: [result: string, reason: string][] = [];
	const all = new Set(['*']);
	const copy = (name: string) => (csp.has(name) ? new Set(csp.get(name)) : undefined);
	// Like the Observatory, script-src and style-src fall back to the same default-src set.
	const defaultSrc = copy('default-src');
	const scriptSrc = copy('script-src') ?? defaultSrc ?? new Set(all);
	const styleSrc = copy('style-src') ?? defaultSrc ?? new Set(all);
	const objectSrc = csp.get('object-src') ?? csp.get('default-src') ?? all;

	// With a nonce or hash, browsers ignore 'unsafe-inline' (CSP Level 2 and later).
	for (const list of [scriptSrc, styleSrc]) {
		if (hasNonceOrHash(list)) list.delete("'unsafe-inline'");
	}
	if (scriptSrc.has("'strict-dynamic'")) {
		if (hasNonceOrHash(scriptSrc)) {
			for (const s of [...scriptSrc]) {
				const broad = [...DANGEROUSLY_BROAD].some((b) => s.startsWith(b));
				if (broad || s === "'self'" || s === "'unsafe-inline'") scriptSrc.delete(s);
			}
			notes.push(
				"'strict-dynamic' with a nonce or hash: browsers ignore host allow-lists and 'unsafe-inline'."
			);
		} else {
			hits.push(['csp-header-invalid', "'strict-dynamic' is used without a nonce or hash."]);
		}
	}

	const unsafeScript = [...scriptSrc].filter((s) => BROAD_OR_INLINE.has(s));
	const broadObject = [...objectSrc].filter((s) => DANGEROUSLY_BROAD.has(s));
	if (unsafeScript.length > 0 || broadObject.length > 0) {
		const what = [
			...unsafeScript.map((s) => `${s} in script-src`),
			...broadObject.map((s) => `${s} in object-src`)
		];
		const unset = ['script-src', 'object-src'].filter(
			(d) => !csp.has(d) && !csp.has('default-src')
		);
		const why = unset.length > 0 ? ` (${unset.join(' and ')} not restricted, so *)` : '';
		hits.push([
			'csp-implemented-with-unsafe-inline',
			`The policy allows ${what.join(', ')}${why}.`
		]);
	}
	const active = [...csp.entries()]
		.filter(([d]) => !PASSIVE_DIRECTIVES.includes(d) && d !== 'script-src')
		.flatMap(([, sources]) => [...sources])
		.concat([...scriptSrc]);
	if (active.some(insecure)) {
		hits.push([
			'csp-implemented-with-insecure-scheme',
			'The policy lets scripts or other active content load over plain http.'
		]);
	}
	if (scriptSrc.has("'unsafe-eval'") || styleSrc.has("'unsafe-eval'")) {
		hits.push(['csp-implemented-with-unsafe-eval', "The policy allows 'unsafe-eval'."]);
	}
	const passive = PASSIVE_DIRECTIVES.flatMap((d) => [
		...(csp.get(d) ?? csp.get('default-src') ?? [])
	]);
	if (passive.some(insecure)) {
		hits.push([
			'csp-implemented-with-insecure-scheme-in-passive-content-only',
			'The policy lets images or media load over plain http.'
		]);
	}
	if ([...styleSrc].some((s) => BROAD_OR_INLINE.has(s))) {
		hits.push([
			'csp-implemented-with-unsafe-inline-in-style-src-only',
			"style-src allows 'unsafe-inline', data: or a broad source."
		]);
	}
	const defaultNone = csp.get('default-src')?.has("'none'") && csp.get('default-src')?.size === 1;
	const result =
		hits[0]?.[0] ??
		(defaultNone
			? 'csp-implemented-with-no-unsafe-default-src-none'
			: 'csp-implemented-with-no-unsafe');
	const reasons = [...hits.map(([, reason]) => reason), ...notes];
	if (hits.length === 0) {
		reasons.unshift(
			defaultNone
				? "default-src is 'none' and nothing unsafe is allowed."
				: "No 'unsafe-inline', 'unsafe-eval' or broad script sources."
		);
	}
	const pass = PASSING.has(result);
	if (pass && csp.duplicates) {
		reasons.push(`Repeated ${[...csp.duplicates].join(', ')} directives.`);
		return { result: 'csp-implemented-but-duplicate-directives', pass, csp, reasons };
	}
	return { result, pass, csp, reasons };
}

function insecure(source: string): boolean {
	return source.startsWith('http:') || source.startsWith('ftp:');
}

function fail(result: string, reasons: string[]): CspVerdict {
	return { result, pass: false, csp: null, reasons };
}
