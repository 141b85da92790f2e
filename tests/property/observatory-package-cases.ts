// Harvests the @mdn/mdn-http-observatory package's own test cases: its analyzer test files
// (test/*.test.js) run unchanged, except that their imports of the analyzers, the CSP parser and
// the grader go through wrappers that report every call (its input as built by the test, and the
// package's answer) and their chai assertions are muted (some expect the downloaded preload
// list). Test files that need a database or the network are left out.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
/** The installed package's directory. */
export const PACKAGE_DIR = dirname(require.resolve('@mdn/mdn-http-observatory/package.json'));

/** One call the package's tests made: which module and function, with what, and its answer. */
export interface PackageCall {
	file: string;
	test: string;
	module: string;
	fn: string;
	args: unknown[];
	output?: unknown;
	error?: unknown;
}

type Hook = (call: PackageCall) => void;
type Body = () => unknown;
interface Suite {
	name: string;
	beforeEach: Body[];
	tests: { name: string; body: Body }[];
	suites: Suite[];
}

const ALLOWED =
	/^(chai|axios|tough-cookie|\.\/helpers\.js|\.\.\/src\/(analyzer|grader)\/.*|\.\.\/src\/types\.js)$/;
const WRAPPED =
	/^\.\.\/src\/(analyzer\/tests\/[\w-]+|analyzer\/cspParser|analyzer\/utils|grader\/grader)\.js$/;

/** The package's test files, split into those run here and those left out (and why). */
export function packageTestFiles(): { run: string[]; skipped: [file: string, why: string][] } {
	const run: string[] = [];
	const skipped: [string, string][] = [];
	for (const file of readdirSync(join(PACKAGE_DIR, 'test'))
		.filter((f) => f.endsWith('.test.js'))
		.sort()) {
		const imports = [
			...readFileSync(join(PACKAGE_DIR, 'test', file), 'utf8').matchAll(/from\s+"([^"]+)"/g)
		].map((m) => m[1]);
		const other = imports.find((i) => !ALLOWED.test(i));
		if (other) skipped.push([file, `imports ${other}`]);
		else run.push(file);
	}
	return { run, skipped };
}

/** Runs the package's analyzer test files, calling `hook` on every analyzer, parser and grader call. */
export async function runPackageTests(hook: Hook): Promise<string[]> {
	const { run } = packageTestFiles();
	const dir = mkdtempSync(join(tmpdir(), 'shipshape-observatory-'));
	// helpers.js reads its HTML fixtures from test/files relative to the working directory.
	const cwd = process.cwd();
	process.chdir(PACKAGE_DIR);
	const g = globalThis as unknown as Record<string, unknown>;
	let current = { file: '', test: '' };
	g.__observatoryCall = (
		module: string,
		fn: string,
		args: unknown[],
		output: unknown,
		error: unknown
	) => hook({ ...current, module, fn, args, output, error });
	try {
		writeFileSync(join(dir, 'chai.mjs'), MUTED_CHAI);
		const rewrite = (spec: string): string => {
			if (spec === 'chai') return join(dir, 'chai.mjs');
			if (spec === 'tough-cookie' || spec === 'axios')
				return createRequire(join(PACKAGE_DIR, 'package.json')).resolve(spec);
			const target = join(PACKAGE_DIR, 'test', spec);
			if (!WRAPPED.test(spec)) return target;
			const wrapper = join(dir, `${spec.replace(/^\.\.\/src\//, '').replace(/\//g, '_')}.mjs`);
			writeFileSync(
				wrapper,
				wrapperSource(spec.replace(/^\.\.\/src\//, '').replace(/\.js$/, ''), target)
			);
			return wrapper;
		};
		for (const file of run) {
			const root: Suite = { name: file, beforeEach: [], tests: [], suites: [] };
			let suite = root;
			g.describe = (name: string, body: () => void) => {
				const parent = suite;
				suite = { name, beforeEach: [...parent.beforeEach], tests: [], suites: [] };
				parent.suites.push(suite);
				body();
				suite = parent;
			};
			g.it = (name: string, body: Body) => suite.tests.push({ name, body });
			g.beforeEach = (body: Body) => suite.beforeEach.push(body);
			const source = readFileSync(join(PACKAGE_DIR, 'test', file), 'utf8').replace(
				/from\s+"([^"]+)"/g,
				(_, spec: string) => `from ${JSON.stringify(rewrite(spec))}`
			);
			const path = join(dir, file.replace(/\.js$/, '.mjs'));
			writeFileSync(path, source);
			await import(/* @vite-ignore */ path);
			const runSuite = async (s: Suite, names: string[]) => {
				for (const t of s.tests) {
					current = { file, test: [...names, s.name, t.name].slice(1).join(' › ') };
					for (const setup of s.beforeEach) await setup();
					await t.body();
				}
				for (const child of s.suites) await runSuite(child, [...names, s.name]);
			};
			await runSuite(root, []);
		}
		return run;
	} finally {
		process.chdir(cwd);
		for (const name of ['__observatoryCall', 'describe', 'it', 'beforeEach']) delete g[name];
		rmSync(dir, { recursive: true, force: true });
	}
}

// chai's assert, doing nothing: callable, and every property a function that does nothing.
const MUTED_CHAI = `const muted = new Proxy(function () {}, { get: () => muted, apply: () => undefined });
export const assert = muted;
`;

function wrapperSource(module: string, target: string): string {
	return `import * as original from ${JSON.stringify(target)};
export * from ${JSON.stringify(target)};
const wrap = (name) => (...args) => {
	let output;
	try {
		output = original[name](...args);
	} catch (error) {
		globalThis.__observatoryCall(${JSON.stringify(module)}, name, args, undefined, error);
		throw error;
	}
	globalThis.__observatoryCall(${JSON.stringify(module)}, name, args, output, undefined);
	return output;
};
${Object.keys(WRAPPED_EXPORTS[module] ?? {})
	.map((name) => `export const ${name} = wrap(${JSON.stringify(name)});`)
	.join('\n')}
`;
}

/** The functions each wrapped module exports (classes and constants pass through unwrapped). */
export let WRAPPED_EXPORTS: Record<string, Record<string, true>> = {};

/** Reads the wrapped modules' function exports, before runPackageTests. */
export async function readWrappedExports(): Promise<void> {
	const names = new Set<string>();
	for (const file of packageTestFiles().run) {
		for (const m of readFileSync(join(PACKAGE_DIR, 'test', file), 'utf8').matchAll(
			/from\s+"([^"]+)"/g
		)) {
			if (WRAPPED.test(m[1])) names.add(m[1].replace(/^\.\.\/src\//, '').replace(/\.js$/, ''));
		}
	}
	WRAPPED_EXPORTS = {};
	for (const module of names) {
		const exports = (await import(
			/* @vite-ignore */ join(PACKAGE_DIR, 'src', `${module}.js`)
		)) as Record<string, unknown>;
		WRAPPED_EXPORTS[module] = Object.fromEntries(
			Object.entries(exports)
				.filter(
					([name, value]) =>
						typeof value === 'function' && /^[a-z]/.test(name) && !/^class\b/.test(String(value))
				)
				.map(([name]) => [name, true])
		);
	}
}
