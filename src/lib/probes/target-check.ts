// Whether what the person typed is a usable probe target, without the words: the deployment's
// name needs only its host (and is on every page), while the reasons in words (target.ts) are
// needed only where a target is typed or probed.

/** What is wrong with a typed target, with what its wording needs. */
export type TargetProblem =
	| { kind: 'empty' }
	| { kind: 'no-scheme'; text: string }
	| { kind: 'unparsable'; text: string }
	| { kind: 'protocol'; protocol: string }
	| { kind: 'credentials' }
	| { kind: 'query' }
	| { kind: 'health-route'; route: string }
	| { kind: 'file'; name: string }
	| { kind: 'mixed-content'; host: string };

/** A usable target's parts, or its problem. */
export type TargetCheck =
	| { ok: true; base: string; origin: string; basePath: string; host: string }
	| { ok: false; problem: TargetProblem };

/** True for loopback hosts, which browsers let an https page request over plain http. */
export function isLoopback(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
	if (host === 'localhost' || host.endsWith('.localhost')) return true;
	if (host === '::1' || host === '0:0:0:0:0:0:0:1') return true;
	const v4 = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
	return v4 !== null && v4.slice(1).every((part) => Number(part) <= 255);
}

function pathProblem(basePath: string): TargetProblem | null {
	const health = /\/health(\/deep)?$/i.exec(basePath);
	if (health) return { kind: 'health-route', route: health[0] };
	const last = basePath.split('/').pop() ?? '';
	if (/\.[a-z][a-z0-9]{0,7}$/i.test(last)) return { kind: 'file', name: last };
	return null;
}

/** Checks the typed target: its base URL (origin plus optional base path), or its problem. */
export function checkTarget(input: string, pageProtocol?: string): TargetCheck {
	const fail = (problem: TargetProblem): TargetCheck => ({ ok: false, problem });
	const text = input.trim();
	if (text === '') return fail({ kind: 'empty' });
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text);
	const isHostPort = scheme !== null && /^[^:/]+:\d+(?:[/?#]|$)/.test(text);
	if (scheme === null || isHostPort || text.startsWith('//'))
		return fail({ kind: 'no-scheme', text });
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return fail({ kind: 'unparsable', text });
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		return fail({ kind: 'protocol', protocol: url.protocol });
	if (url.username !== '' || url.password !== '') return fail({ kind: 'credentials' });
	if (url.search !== '' || url.hash !== '' || /[?#]/.test(text)) return fail({ kind: 'query' });
	const basePath = url.pathname.replace(/\/+$/, '');
	const problem = pathProblem(basePath);
	if (problem !== null) return fail(problem);
	if (pageProtocol === 'https:' && url.protocol === 'http:' && !isLoopback(url.hostname))
		return fail({ kind: 'mixed-content', host: url.host });
	return { ok: true, base: url.origin + basePath, origin: url.origin, basePath, host: url.host };
}

/** The host of a usable target; '' for none. */
export function targetHost(input: string): string {
	const checked = input.trim() ? checkTarget(input) : null;
	return checked?.ok ? checked.host : '';
}
