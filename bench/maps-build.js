// A second build of the app with source maps, made in a temporary copy of the project so the
// real build/ and .svelte-kit/ stay exactly as measured. Only the diagnosis uses it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const COPIED = [
	'src',
	'static',
	'scripts',
	'package.json',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json'
];

/**
 * Builds the project with `vite build --sourcemap` in a temporary folder; returns that folder
 * (its build/ holds the site with a .map beside every chunk).
 * @param {string} root
 */
export function buildWithMaps(root) {
	const dir = mkdtempSync(join(tmpdir(), 'shipshape-maps-'));
	for (const name of COPIED) cpSync(join(root, name), join(dir, name), { recursive: true });
	symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'));
	// The copy is no git checkout: give it the version string the measured build has.
	const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	const sha = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
	const result = spawnSync('npx', ['vite', 'build', '--sourcemap', '--logLevel', 'warn'], {
		cwd: dir,
		encoding: 'utf8',
		env: {
			...process.env,
			SHIPSHAPE_VERSION: process.env.SHIPSHAPE_VERSION ?? `${version}+${sha.stdout.trim()}`
		}
	});
	if (result.status !== 0) throw new Error(`The source-map build failed:\n${result.stderr}`);
	return dir;
}
