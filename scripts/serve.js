#!/usr/bin/env node
// Serves build/ the way a static host does: files as they are, `dir/` → `dir/index.html`,
// gzip for text, `404.html` for anything missing, and revalidation for HTML and sw.js.
// Usage: node scripts/serve.js [--port 4173] [--dir build] [--host 127.0.0.1] [--base /sub-path]
// The benchmark also mounts a second folder under a path prefix (its no-JavaScript floor page).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf'
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;

/**
 * @typedef {object} ServeOptions
 * @property {number} [port] 0 picks a free port
 * @property {string | (() => string)} [dir] the built site; a function is read on every request
 * @property {string} [host]
 * @property {string} [base] the sub-path the site lives under, e.g. "/shipshape"
 * @property {Mount} [mount] a second folder served under its own path prefix
 */

/**
 * @typedef {object} Mount
 * @property {string} prefix e.g. "/__floor/"; requests below it are served from `dir` only
 * @property {string} dir
 * @property {string} [cacheControl] sent for every file of the mount (default: the usual rules)
 */

/**
 * Options from the command line.
 * @param {string[]} argv
 */
function parseArgs(argv) {
	const args = { port: 4173, dir: 'build', host: '127.0.0.1', base: '' };
	for (let i = 0; i < argv.length; i += 2) {
		const key = argv[i].replace(/^--/, '');
		const value = argv[i + 1] ?? '';
		if (key === 'port') args.port = Number(value);
		else if (key === 'dir' || key === 'host' || key === 'base') args[key] = value;
		else throw new Error(`Unknown option ${argv[i]}`);
	}
	return args;
}

/** @param {string} path */
async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/**
 * The file a URL path maps to, or null.
 * @param {string} root
 * @param {string} pathname
 */
async function locate(root, pathname) {
	const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const path = join(root, safe);
	if (!path.startsWith(root)) return null;
	for (const candidate of pathname.endsWith('/')
		? [join(path, 'index.html')]
		: [path, `${path}.html`])
		if (await isFile(candidate)) return candidate;
	return null;
}

/**
 * Cache rules a static host should send: hashed assets forever, the rest revalidated.
 * @param {string} path
 */
function cacheControl(path) {
	if (path.includes(`${join('_app', 'immutable')}`)) return 'public, max-age=31536000, immutable';
	return 'no-cache';
}

/**
 * Starts the server; resolves with it once listening. `dir` may be a function, read on every
 * request, so a test can switch the server to another build (an app update).
 * @param {ServeOptions} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export async function serve({
	port = 4173,
	dir = 'build',
	host = '127.0.0.1',
	base = '',
	mount
} = {}) {
	const rootOf = () => resolve(typeof dir === 'function' ? dir() : dir);
	if (!(await isFile(join(rootOf(), 'index.html'))))
		throw new Error(`${rootOf()}/index.html is missing: run \`npm run build\` first.`);
	const server = createServer(async (req, res) => {
		let root = rootOf();
		try {
			const url = new URL(req.url ?? '/', 'http://localhost');
			const mounted = mount && url.pathname.startsWith(mount.prefix) ? mount : null;
			if (mounted) {
				root = resolve(mounted.dir);
				url.pathname = `/${url.pathname.slice(mounted.prefix.length)}`;
			}
			// Hosted under a sub-path (GitHub Pages project sites): only that path exists.
			if (base && !mounted) {
				if (!url.pathname.startsWith(`${base}/`)) {
					res.writeHead(url.pathname === base ? 308 : 404, { location: `${base}/` }).end();
					return;
				}
				url.pathname = url.pathname.slice(base.length);
			}
			if (req.method !== 'GET' && req.method !== 'HEAD') {
				res.writeHead(405, { allow: 'GET, HEAD' }).end();
				return;
			}
			// A directory without its trailing slash redirects, as static hosts do.
			if (
				!url.pathname.endsWith('/') &&
				!extname(url.pathname) &&
				(await isFile(join(root, url.pathname, 'index.html')))
			) {
				const prefix = mounted ? mounted.prefix.replace(/\/$/, '') : base;
				res.writeHead(308, { location: `${prefix}${url.pathname}/${url.search}` }).end();
				return;
			}
			let file = await locate(root, url.pathname);
			let status = 200;
			if (!file && mounted) {
				res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
				return;
			}
			if (!file) {
				file = join(root, '404.html');
				status = 404;
			}
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			let body = await readFile(file);
			/** @type {Record<string, string | number>} */
			const headers = {
				'content-type': type,
				'cache-control': mounted?.cacheControl ?? cacheControl(file),
				'x-content-type-options': 'nosniff',
				vary: 'accept-encoding'
			};
			if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
				body = gzipSync(body);
				headers['content-encoding'] = 'gzip';
			}
			headers['content-length'] = body.length;
			res.writeHead(status, headers);
			res.end(req.method === 'HEAD' ? undefined : body);
		} catch (error) {
			res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
		}
	});
	await new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => ok(undefined));
	});
	return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = parseArgs(process.argv.slice(2));
	serve(args).then(
		() => console.log(`Shipshape is served from ${args.dir}/ at http://localhost:${args.port}/`),
		(/** @type {Error} */ error) => {
			console.error(error.message);
			process.exit(1);
		}
	);
}
