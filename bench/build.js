// Builds the site only when build/ is missing or older than its sources, so a benchmark run
// always measures the code in the working tree without paying for a build it does not need.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the build is made from, besides the build plugins in scripts/ (see `sources`). */
const SOURCES = ['src', 'static', 'svelte.config.js', 'vite.config.ts'];
export const VITE_MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

/**
 * The newest modification time (ms) of a file or of any file below a folder.
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
	if (!existsSync(path)) return 0;
	const info = statSync(path);
	if (!info.isDirectory()) return info.mtimeMs;
	let latest = 0;
	for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
	return latest;
}

/**
 * Why the build must run, or '' when build/ is current.
 * @param {string} root the project folder
 */
export function staleReason(root) {
	const index = join(root, 'build/index.html');
	if (!existsSync(index)) return 'build/ is missing';
	const manifest = join(root, VITE_MANIFEST);
	if (!existsSync(manifest)) return 'the Vite manifest is missing';
	const builtAt = statSync(index).mtimeMs;
	const plugins = readdirSync(join(root, 'scripts'))
		.filter((f) => /^vite-plugin-.*(?<!\.spec)\.ts$/.test(f))
		.map((f) => `scripts/${f}`);
	const changed = [...SOURCES, ...plugins].find((s) => newest(join(root, s)) > builtAt);
	if (changed) return `${changed} changed after the last build`;
	// The manifest must describe build/ (another build could have replaced one of the two).
	const chunks = Object.values(JSON.parse(readFileSync(manifest, 'utf8')));
	const missing = chunks.find((c) => !existsSync(join(root, 'build', c.file)));
	return missing ? `build/ lacks ${missing.file} from the Vite manifest` : '';
}

/**
 * Runs `npm run build` when needed; returns what happened, in words.
 * @param {string} root
 * @param {boolean} force
 */
export function ensureBuild(root, force) {
	const reason = force ? '--rebuild was given' : staleReason(root);
	if (!reason) return 'build/ is up to date';
	console.log(`Building: ${reason}…`);
	const started = Date.now();
	const result = spawnSync('npm', ['run', 'build'], {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (result.status !== 0) {
		console.error(`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-40).join('\n'));
		throw new Error(`npm run build failed (exit ${result.status})`);
	}
	return `built in ${((Date.now() - started) / 1000).toFixed(1)} s (${reason})`;
}
