// Where the MDN HTTP Observatory reads a header otherwise than browsers do, what browsers do. The
// grade stays the Observatory's (people compare the two); the checklist's verdicts and a note
// under the result follow browsers. Only readings that change the score or the pass are noted.
import { cspTest, type CspInput } from './csp';
import { scoreModifier } from './score';
import { SIX_MONTHS, type TestVerdict } from './header-tests';

/** What browsers make of a header the Observatory reads otherwise. */
export interface BrowserReading {
	result: string;
	note: string;
}

type Raw = [name: string, value: string][];

const values = (raw: Raw, name: string) =>
	raw.filter(([n]) => n.toLowerCase() === name).map(([, v]) => v);

function differs(observatory: TestVerdict, result: string): boolean {
	return (
		observatory.result !== result && scoreModifier(observatory.result) !== scoreModifier(result)
	);
}

/**
 * Strict-Transport-Security as RFC 6797 has browsers read it: max-age must be a number of
 * seconds (quotes allowed) given once, or the header is ignored. The Observatory takes
 * `parseInt` of it, so "abc" (NaN) passes as six months or more and "600abc" as 600.
 */
export function hstsReading(raw: Raw, observatory: TestVerdict): BrowserReading | undefined {
	const all = values(raw, 'strict-transport-security');
	const first = all[0];
	const only =
		all.length > 1 ? 'Browsers process only the first Strict-Transport-Security header: ' : '';
	if (first === undefined || first.includes(',')) return undefined;
	const ages = first
		.split(';')
		.map((d) => d.trim())
		.filter((d) => /^max-age=/i.test(d))
		.map((d) => d.slice(d.indexOf('=') + 1).trim());
	if (ages.length === 0) return undefined;
	const age = ages.length === 1 ? /^"?(\d+)"?$/.exec(ages[0]) : null;
	if (!age || ages[0].startsWith('"') !== ages[0].endsWith('"')) {
		const why =
			ages.length > 1
				? 'it is given twice'
				: ages[0] === ''
					? 'it is empty'
					: `“${ages[0]}” is not a number of seconds`;
		const reading = {
			result: 'hsts-header-invalid',
			note: `Browsers ignore this max-age (${why}): HSTS is not in effect.`
		};
		return observatory.result === 'hsts-header-invalid' ? undefined : reading;
	}
	const seconds = Number(age[1]);
	const result =
		seconds < SIX_MONTHS
			? 'hsts-implemented-max-age-less-than-six-months'
			: 'hsts-implemented-max-age-at-least-six-months';
	if (!differs(observatory, result)) return undefined;
	const span = seconds < SIX_MONTHS ? 'under' : 'at least';
	const note = only
		? `${only}max-age ${seconds} seconds, ${span} six months.`
		: `Browsers read max-age as ${seconds} seconds, ${span} six months.`;
	return { result, note };
}

/**
 * Content-Security-Policy as browsers enforce it. Every header, and every comma-separated part
 * of one, is a policy of its own, and a resource must pass them all (the Observatory gets repeats
 * joined into one policy): read that way, the strictest policy on its own holds at least. And
 * 'strict-dynamic' changes script sources only (the Observatory's fallback lists share one Set).
 */
export function cspReading(
	raw: Raw,
	input: CspInput,
	observatory: TestVerdict
): BrowserReading | undefined {
	const lines = values(raw, 'content-security-policy');
	const policies = lines
		.flatMap((line) => line.split(','))
		.map((p) => p.trim())
		.filter(Boolean);
	const others = input.headers.filter(([n]) => n.toLowerCase() !== 'content-security-policy');
	const alone = (list: string[]) =>
		cspTest(
			{
				...input,
				headers: [...others, ...list.map((p): [string, string] => ['content-security-policy', p])]
			},
			true
		);
	if (policies.length > 1) {
		const strictest = policies
			.map((p) => alone([p]))
			.reduce((best, r) => (scoreModifier(r.result) > scoreModifier(best.result) ? r : best));
		if (!differs(observatory, strictest.result)) return undefined;
		return {
			result: strictest.result,
			note: `Browsers enforce each of the ${policies.length} policies on its own, where the Observatory ${lines.length > 1 ? 'receives the repeated header joined into one policy' : 'reads the comma inside one policy'}; the strictest alone reads as ${strictest.result}.`
		};
	}
	const browser = alone(policies);
	if (!differs(observatory, browser.result)) return undefined;
	return {
		result: browser.result,
		note: `Browsers apply 'strict-dynamic' to scripts only, where the Observatory also drops those sources for objects and styles that fall back to default-src; read that way: ${browser.result}.`
	};
}

/**
 * X-Frame-Options as the HTML standard has browsers read it (repeats and commas make a set; any
 * conflict blocks framing; ALLOW-FROM is ignored), with frame-ancestors counting only from a
 * header, never from `<meta>`.
 */
export function frameReading(
	raw: Raw,
	ancestorsInHeader: boolean,
	observatory: TestVerdict
): BrowserReading | undefined {
	let result: string;
	let note: string;
	const set = new Set(
		values(raw, 'x-frame-options')
			.flatMap((v) => v.split(','))
			.map((v) => v.trim().toLowerCase())
			.filter(Boolean)
	);
	if (ancestorsInHeader) {
		result = 'x-frame-options-implemented-via-csp';
		note = 'Browsers follow the CSP frame-ancestors directive.';
	} else if (set.has('deny') || set.has('sameorigin')) {
		result = 'x-frame-options-sameorigin-or-deny';
		note =
			set.size > 1
				? `Browsers read X-Frame-Options “${[...set].join(', ')}” as a conflict and refuse all framing.`
				: `Browsers read X-Frame-Options as ${[...set][0].toUpperCase()}.`;
		if (observatory.result === 'x-frame-options-implemented-via-csp') {
			note = `Browsers ignore frame-ancestors in a <meta> policy; X-Frame-Options ${[...set][0].toUpperCase()} applies.`;
		}
	} else {
		result = 'x-frame-options-not-implemented';
		note =
			observatory.result === 'x-frame-options-implemented-via-csp'
				? 'Browsers ignore frame-ancestors in a <meta> policy: other sites may frame this page.'
				: 'Browsers ignore ALLOW-FROM: other sites may frame this page.';
	}
	return differs(observatory, result) ? { result, note } : undefined;
}

/** X-Content-Type-Options as the Fetch standard has browsers read it: the first value counts. */
export function nosniffReading(raw: Raw, observatory: TestVerdict): BrowserReading | undefined {
	const first = values(raw, 'x-content-type-options').join(',').split(',')[0]?.trim();
	if (
		first?.toLowerCase() !== 'nosniff' ||
		!differs(observatory, 'x-content-type-options-nosniff')
	) {
		return undefined;
	}
	return {
		result: 'x-content-type-options-nosniff',
		note: 'Browsers read the first value, nosniff: content sniffing is off.'
	};
}
