// Runs fast-check properties with a fixed seed, so a failure replays exactly, and counts the
// inputs each property tried, so docs/security.md can say how many inputs were fuzzed.
// FUZZ_SEED=<n> in the environment tries another seed (the seed is printed on every failure);
// FUZZ_SCALE=<k> runs k times as many inputs, for a longer hunt.
import fc from 'fast-check';

/** The seed every property starts from (each property adds its own offset). */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261126);

/** How many times the usual number of inputs each property tries. */
export const FUZZ_SCALE = Math.max(0.01, Number(process.env.FUZZ_SCALE ?? 1));

/** A test's time limit for a property of the usual size, scaled with FUZZ_SCALE. */
export function limit(ms: number): number {
	return Math.ceil(ms * Math.max(1, FUZZ_SCALE));
}

const counts = new Map<string, number>();

/** Each property's own seed: FUZZ_SEED plus a hash of its name, the same however tests are run. */
function params(name: string, numRuns: number) {
	let hash = 0;
	for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
	return { numRuns: Math.max(1, Math.round(numRuns * FUZZ_SCALE)), seed: (FUZZ_SEED + hash) | 0 };
}

function record(name: string, tried: number): void {
	counts.set(name, (counts.get(name) ?? 0) + tried);
}

function failure<T>(name: string, out: fc.RunDetails<T>, seed: number): Error {
	const cause = out.errorInstance instanceof Error ? out.errorInstance.message : '';
	const message =
		`Fuzz property “${name}” failed (seed ${seed}; replay with FUZZ_SEED=${FUZZ_SEED}).\n` +
		`${fc.defaultReportMessage(out) ?? ''}\n${cause.slice(0, 2000)}`;
	console.error(message);
	return new Error(message);
}

/** Checks a synchronous property on `numRuns` generated inputs; throws with the seed on failure. */
export function fuzz<T>(name: string, numRuns: number, property: fc.IProperty<T>): void {
	const settings = params(name, numRuns);
	const out = fc.check(property, settings);
	record(name, out.numRuns);
	if (out.failed) throw failure(name, out, settings.seed);
}

/** Checks an asynchronous property on `numRuns` generated inputs; throws with the seed on failure. */
export async function fuzzAsync<T>(
	name: string,
	numRuns: number,
	property: fc.IAsyncProperty<T>
): Promise<void> {
	const settings = params(name, numRuns);
	const out = await fc.check(property, settings);
	record(name, out.numRuns);
	if (out.failed) throw failure(name, out, settings.seed);
}

/** How many inputs each property of this file tried, as lines for the test log. */
export function fuzzCounts(): string {
	const lines = [...counts].map(([name, n]) => `  ${String(n).padStart(6)}  ${name}`);
	const total = [...counts.values()].reduce((a, b) => a + b, 0);
	return [
		`Fuzzed inputs (seed ${FUZZ_SEED}):`,
		...lines,
		`  ${String(total).padStart(6)}  in all`
	].join('\n');
}
