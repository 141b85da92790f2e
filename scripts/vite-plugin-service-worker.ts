// Generates the service worker with Workbox once SvelteKit's adapter has written the site, so it
// precaches exactly the files a host serves. It precaches the whole app and does nothing else: no
// runtime caching rule exists, so requests to other origins (probes) always go to the network.
// (@vite-pwa/sveltekit did this for SvelteKit 2; it finds no SSR bundle to hook into in 3.)
import { generateSW, type ManifestTransform } from 'workbox-build';
import type { Plugin } from 'vite';

export interface ServiceWorkerOptions {
	/** The folder the adapter writes (build/). */
	outDir: string;
	/** The base path the site is served under ('' or '/repo-name'). */
	base: string;
}

/** A prerendered page's file as the URL it is served at, relative to the worker: run/index.html → run/. */
export function pageUrl(file: string): string {
	if (file === 'index.html') return './';
	return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

const pagesAtTheirUrls: ManifestTransform = async (entries) => ({
	manifest: entries.map((e) => ({ ...e, url: pageUrl(e.url) })),
	warnings: []
});

export function serviceWorker({ outDir, base }: ServiceWorkerOptions): Plugin {
	return {
		name: 'shipshape-service-worker',
		apply: 'build',
		// After SvelteKit's own 'post' buildApp hook (it runs the adapter): plugins with the same
		// order run in the order they are listed, and this one is listed after sveltekit().
		buildApp: {
			order: 'post',
			async handler() {
				const { count, size, warnings } = await generateSW({
					globDirectory: outDir,
					swDest: `${outDir}/sw.js`,
					globPatterns: [
						'_app/**/*.{js,css,ico,png,svg,webp,woff2}',
						'_app/version.json',
						'*.{ico,png,svg,webmanifest}',
						'icons/*.png',
						// The PDF fonts, so a PDF can be exported offline (fetched only when exporting).
						'fonts/*.ttf',
						'**/*.html'
					],
					globIgnores: ['sw.js', 'workbox-*.js'],
					manifestTransforms: [pagesAtTheirUrls],
					// Content-hashed file names need no revision of their own.
					dontCacheBustURLsMatching: /^_app\/immutable\//,
					// The CJK font subset is 2.3 MB; Workbox skips files over 2 MiB unless told.
					maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
					// /run/?id=… is the precached /run/ page: the query only names the deployment.
					ignoreURLParametersMatching: [/.*/],
					navigateFallback: `${base}/404.html`,
					cleanupOutdatedCaches: true,
					clientsClaim: true,
					// A new version waits for the person's word (src/lib/pwa/).
					skipWaiting: false,
					sourcemap: false
				});
				for (const warning of warnings) console.warn(`Service worker: ${warning}`);
				console.log(
					`Service worker: ${count} files precached (${(size / 1024).toFixed(0)} KiB), ${outDir}/sw.js`
				);
			}
		}
	};
}
