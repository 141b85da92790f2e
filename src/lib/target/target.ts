// Turns what the person typed into the base URL probes use, or says in words why it cannot.

/** A usable probe target, or the reason the input is not one. */
export type TargetResult =
	| { ok: true; base: string; origin: string; basePath: string; host: string }
	| { ok: false; error: string };

const EXAMPLE = 'https://your-app.fly.dev';

/** True for loopback hosts, which browsers let an https page request over plain http. */
export function isLoopback(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
	if (host === 'localhost' || host.endsWith('.localhost')) return true;
	if (host === '::1' || host === '0:0:0:0:0:0:0:1') return true;
	const v4 = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
	return v4 !== null && v4.slice(1).every((part) => Number(part) <= 255);
}

/** The base URL joined with a path that starts with '/'. */
export function joinUrl(base: string, path: string): string {
	return base.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
}

function withoutScheme(input: string): string {
	const host = input.replace(/^\/+/, '').split(/[/?#]/)[0];
	try {
		return `https://${new URL(`https://${host}`).host}`;
	} catch {
		return EXAMPLE;
	}
}

function pathProblem(basePath: string): string | null {
	if (/\/health(\/deep)?$/i.test(basePath))
		return `Leave out ${basePath.match(/\/health(\/deep)?$/i)?.[0]}: Shipshape adds /health and /health/deep itself, so enter the app's base address.`;
	const last = basePath.split('/').pop() ?? '';
	if (/\.[a-z][a-z0-9]{0,7}$/i.test(last))
		return `The address points at a file (${last}); enter the app's base address without it.`;
	return null;
}

/** Checks the typed target and returns its base URL (origin plus optional base path). */
export function parseTarget(input: string, pageProtocol?: string): TargetResult {
	const text = input.trim();
	if (text === '')
		return { ok: false, error: `Enter the address of the deployed app, for example ${EXAMPLE}.` };
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text);
	const isHostPort = scheme !== null && /^[^:/]+:\d+(?:[/?#]|$)/.test(text);
	if (scheme === null || isHostPort || text.startsWith('//'))
		return {
			ok: false,
			error: `Start the address with https://, for example ${withoutScheme(text)}.`
		};
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return { ok: false, error: `"${text}" is not a valid address; try something like ${EXAMPLE}.` };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		return {
			ok: false,
			error: `Probes use only http:// or https:// addresses, and this one starts with ${url.protocol}.`
		};
	if (url.username !== '' || url.password !== '')
		return {
			ok: false,
			error: 'Remove the user name and password from the address: probes never send credentials.'
		};
	if (url.search !== '' || url.hash !== '' || /[?#]/.test(text))
		return {
			ok: false,
			error: "Remove the ?query or #fragment: enter only the app's base address."
		};
	const basePath = url.pathname.replace(/\/+$/, '');
	const problem = pathProblem(basePath);
	if (problem !== null) return { ok: false, error: problem };
	if (pageProtocol === 'https:' && url.protocol === 'http:' && !isLoopback(url.hostname))
		return {
			ok: false,
			error: `This page is served over https, and browsers block its requests to http:// addresses; use https://${url.host} instead.`
		};
	return { ok: true, base: url.origin + basePath, origin: url.origin, basePath, host: url.host };
}
