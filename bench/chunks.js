// What the build ships, read from files rather than a browser: the service worker's precache
// (build/sw.js) and the chunks only dynamic imports reach (the Vite manifest SvelteKit writes),
// each with the source module whose import() loads it.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { VITE_MANIFEST } from './build.js';

/**
 * Raw and gzip size of a built file (gzip as scripts/serve.js sends it).
 * @param {string} path
 */
export function sizes(path) {
	const bytes = readFileSync(path);
	return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

/** Text a static host gzips (scripts/serve.js); fonts and images go as they are. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|webmanifest|svg|txt|md)$/;

/**
 * Every precached URL with its size on disk, raw and as transferred (gzip for text).
 * @param {string} root
 */
export function precache(root) {
	const sw = readFileSync(join(root, 'build/sw.js'), 'utf8');
	const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((m) => m[1]);
	if (urls.length === 0) throw new Error('No precache manifest found in build/sw.js');
	const files = urls.map((url) => {
		const path = join(root, 'build', url.endsWith('/') ? `${url}index.html` : url);
		const { raw, gzip } = sizes(path);
		return { url, raw, transfer: COMPRESSIBLE.test(path) ? gzip : raw };
	});
	const sum = (/** @type {(f: typeof files[number]) => boolean} */ pick) =>
		files
			.filter(pick)
			.reduce((t, f) => ({ raw: t.raw + f.raw, transfer: t.transfer + f.transfer }), {
				raw: 0,
				transfer: 0
			});
	return {
		entries: files.length,
		total: sum(() => true),
		fonts: sum((f) => f.url.startsWith('fonts/')),
		js: sum((f) => f.url.endsWith('.js')),
		files
	};
}

/**
 * Source files below a folder.
 * @param {string} dir
 * @returns {string[]}
 */
function sourceFiles(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(ts|js|svelte)$/.test(name) && !/\.spec\.ts$/.test(name) ? [path] : [];
	});
}

/**
 * The source module a dynamic import specifier names, relative to the project ('src/lib/x.ts'),
 * or the package name for a bare specifier.
 * @param {string} root
 * @param {string} from the importing file
 * @param {string} spec
 */
function resolveSpecifier(root, from, spec) {
	let base;
	if (spec.startsWith('$lib/')) base = join(root, 'src/lib', spec.slice(5));
	else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
	else return spec;
	for (const ext of ['', '.ts', '.js', '.svelte.ts', '/index.ts'])
		if (existsSync(base + ext) && statSync(base + ext).isFile()) return relative(root, base + ext);
	return relative(root, base);
}

/**
 * Which source modules load each module by import(): { 'src/lib/probes/run-probes.ts': [importer] }.
 * @param {string} root
 */
function dynamicImporters(root) {
	/** @type {Record<string, string[]>} */
	const by = {};
	for (const file of sourceFiles(join(root, 'src')))
		for (const m of readFileSync(file, 'utf8').matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
			const target = resolveSpecifier(root, file, m[1]);
			(by[target] ??= []).push(relative(root, file));
		}
	return by;
}

/** Strings that give a library away inside a minified chunk (hints, not proof). */
const SIGNATURES = [
	['Dexie', /\bDexie\b/],
	['micromark/mdast (GFM parser)', /\bgfm[A-Z]|mdast|micromark/],
	['yaml', /\bYAML/],
	['jsPDF', /\bjsPDF\b/],
	['workbox-window', /\bworkbox\b/],
	['SvelteKit runtime', /__sveltekit|\bsveltekit\b/],
	['Svelte runtime', /svelte\.dev\/e\//]
];

/**
 * The libraries a built chunk seems to contain, by signature strings.
 * @param {string} path
 */
export function libraryHints(path) {
	const text = readFileSync(path, 'utf8');
	return SIGNATURES.filter(([, re]) => /** @type {RegExp} */ (re).test(text)).map(([name]) => name);
}

/** A manifest key as a readable module name (node_modules paths shortened to the package). */
function moduleName(/** @type {string} */ key) {
	const pkg = key.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
	return pkg ? pkg[1] : key;
}

/**
 * The chunks only dynamic imports reach: each with its module, what imports it, and its size.
 * Entry chunks (SvelteKit's start/app and the route nodes) and everything they import
 * statically are the initial set; the rest loads only when some code calls import().
 * @param {string} root
 */
export function lazyChunks(root) {
	/** @type {Record<string, {file: string, src?: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[], dynamicImports?: string[]}>} */
	const manifest = JSON.parse(readFileSync(join(root, VITE_MANIFEST), 'utf8'));
	const initial = new Set();
	const visit = (/** @type {string} */ key) => {
		if (initial.has(key)) return;
		initial.add(key);
		for (const dep of manifest[key].imports ?? []) visit(dep);
	};
	for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

	const importers = dynamicImporters(root);
	/** Which dynamic entries pull a lazy shared chunk in statically. */
	/** @type {Record<string, string[]>} */
	const sharedBy = {};
	const lazyDeps = (/** @type {string} */ key, /** @type {Set<string>} */ seen) => {
		for (const dep of manifest[key].imports ?? []) {
			if (initial.has(dep) || seen.has(dep)) continue;
			seen.add(dep);
			lazyDeps(dep, seen);
		}
		return seen;
	};
	for (const [key, chunk] of Object.entries(manifest))
		if (chunk.isDynamicEntry)
			for (const dep of lazyDeps(key, new Set()))
				(sharedBy[dep] ??= []).push(moduleName(chunk.src ?? key));

	return Object.entries(manifest)
		.filter(([key, chunk]) => !initial.has(key) && chunk.file.endsWith('.js'))
		.map(([key, chunk]) => {
			const name = moduleName(chunk.src ?? key);
			const src = chunk.src ?? '';
			// The source modules that call import(); else the chunk whose code does (a library's, or
			// SvelteKit's generated app); a shared chunk comes along with the modules that need it.
			const fromChunks = Object.values(manifest)
				.filter((c) => c.dynamicImports?.includes(key))
				.map((c) => moduleName(c.src ?? c.file));
			const loadedBy = chunk.isDynamicEntry
				? (importers[src] ?? importers[name] ?? fromChunks)
				: (sharedBy[key] ?? []).map((m) => `with ${m}`);
			const path = join(root, 'build', chunk.file);
			return {
				module: chunk.isDynamicEntry ? name : `shared chunk ${chunk.file.split('/').pop()}`,
				file: chunk.file,
				loadedBy: [...new Set(loadedBy)],
				contains: libraryHints(path),
				...sizes(path)
			};
		})
		.sort((a, b) => b.gzip - a.gzip);
}

/**
 * The PDF fonts: not chunks, but fetched lazily (by src/lib/export/pdf/fonts.ts) on export.
 * @param {string} root
 */
export function lazyFonts(root) {
	const dir = join(root, 'build/fonts');
	if (!existsSync(dir)) return [];
	return readdirSync(dir).map((name) => ({
		module: `fonts/${name}`,
		file: `fonts/${name}`,
		loadedBy: ['src/lib/export/pdf/fonts.ts (fetch)'],
		contains: [],
		raw: statSync(join(dir, name)).size,
		// Fonts are not gzipped by the static server; listed raw.
		gzip: statSync(join(dir, name)).size
	}));
}
