import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
/** Where the static site is written; tests build a second version elsewhere. */
const outDir = process.env.SHIPSHAPE_BUILD_DIR ?? 'build';

/** The package version plus the commit, when built from a git checkout. */
function buildVersion() {
	try {
		const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			stdio: ['ignore', 'pipe', 'ignore']
		});
		return `${pkg.version}+${sha.toString().trim()}`;
	} catch {
		return pkg.version;
	}
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Every component of ours is in runes mode, with or without a rune in it: a legacy-mode one
	// would pull Svelte's legacy lifecycle code into the shared runtime every page loads.
	vitePlugin: {
		dynamicCompileOptions: ({ filename }) =>
			filename.includes('node_modules') ? undefined : { runes: true }
	},
	kit: {
		// Plain files for any static host. Every page is prerendered; a deployment is opened by
		// query string (/run/?id=…), so deep links and hard reloads need no server rewrite.
		adapter: adapter({ pages: outDir, assets: outDir, fallback: '404.html', strict: true }),
		// Hosting under a sub-path (GitHub Pages): BASE_PATH=/repo-name npm run build
		paths: { base: process.env.BASE_PATH ?? '', relative: false },
		// A strict policy in a <meta> tag (a static host cannot be relied on for headers); see
		// docs/security.md. Scripts only from this origin or by hash.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte sets a few inline style attributes (progress bars); styles cannot run code.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// Probes call the target the person typed: any https origin, or http on loopback.
				'connect-src': ['self', 'https:', 'http://localhost:*', 'http://127.0.0.1:*'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-src': ['none']
			}
		},
		// The service worker comes from @vite-pwa/sveltekit and is registered by src/lib/pwa/.
		serviceWorker: { register: false },
		// Shown in the footer. It must be deterministic: the config is read more than once a build.
		version: { name: process.env.SHIPSHAPE_VERSION ?? buildVersion() }
	}
};

export default config;
