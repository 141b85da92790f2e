// Turns what the person typed into the base URL probes use, or says in words why it cannot
// (the rules themselves are in target-check.ts).
import { checkTarget, type TargetProblem } from './target-check';

export { isLoopback } from './target-check';

/** A usable probe target, or the reason the input is not one. */
export type TargetResult =
	| { ok: true; base: string; origin: string; basePath: string; host: string }
	| { ok: false; error: string };

const EXAMPLE = 'https://your-app.fly.dev';

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

/** Checks the typed target and returns its base URL (origin plus optional base path). */
export function parseTarget(input: string, pageProtocol?: string): TargetResult {
	const checked = checkTarget(input, pageProtocol);
	return checked.ok ? checked : { ok: false, error: words(checked.problem) };
}

/** A target's problem in words, with an example of what would do. */
function words(problem: TargetProblem): string {
	switch (problem.kind) {
		case 'empty':
			return `Enter the address of the deployed app, for example ${EXAMPLE}.`;
		case 'no-scheme':
			return `Start the address with https://, for example ${withoutScheme(problem.text)}.`;
		case 'unparsable':
			return `"${problem.text}" is not a valid address; try something like ${EXAMPLE}.`;
		case 'protocol':
			return `Probes use only http:// or https:// addresses, and this one starts with ${problem.protocol}.`;
		case 'credentials':
			return 'Remove the user name and password from the address: probes never send credentials.';
		case 'query':
			return "Remove the ?query or #fragment: enter only the app's base address.";
		case 'health-route':
			return `Leave out ${problem.route}: Shipshape adds /health and /health/deep itself, so enter the app's base address.`;
		case 'file':
			return `The address points at a file (${problem.name}); enter the app's base address without it.`;
		case 'mixed-content':
			return `This page is served over https, and browsers block its requests to http:// addresses; use https://${problem.host} instead.`;
	}
}
