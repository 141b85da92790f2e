import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { checklistModules } from './scripts/vite-plugin-checklist.ts';
import { pdfFonts } from './scripts/vite-plugin-pdf-fonts.ts';

const base = process.env.BASE_PATH ?? '';

export default defineConfig({
	plugins: [
		checklistModules(),
		// Before sveltekit(), so its dev middleware answers /fonts/* first.
		pdfFonts(),
		sveltekit(),
		// The service worker precaches the whole built app and does nothing else: no runtime
		// caching rule exists, so requests to other origins (probes) always go to the network.
		SvelteKitPWA({
			strategies: 'generateSW',
			registerType: 'prompt',
			injectRegister: false,
			manifest: {
				name: 'Shipshape',
				short_name: 'Shipshape',
				description:
					'Production deployment checklists that work offline: tick, probe, score and sign off release day.',
				id: './',
				start_url: './',
				scope: './',
				display: 'standalone',
				orientation: 'any',
				lang: 'en',
				theme_color: '#1d5fd1',
				background_color: '#f7f8fa',
				categories: ['developer', 'productivity', 'utilities'],
				icons: [
					{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{
						src: 'icons/maskable-512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					}
				]
			},
			kit: {
				trailingSlash: 'always',
				adapterFallback: '404.html',
				spa: true,
				includeVersionFile: true
			},
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,woff2}',
					// The PDF fonts, so a PDF can be exported offline (fetched only when exporting).
					'client/fonts/*.ttf',
					'prerendered/**/*.{html,json}'
				],
				// The CJK font subset is 2.3 MB; Workbox skips files over 2 MiB unless told.
				maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
				// /run/?id=… is the precached /run/ page: the query only names the deployment.
				ignoreURLParametersMatching: [/.*/],
				navigateFallback: `${base}/404.html`,
				cleanupOutdatedCaches: true,
				clientsClaim: true,
				skipWaiting: false,
				runtimeCaching: []
			}
		})
	],
	resolve: {
		alias: {
			html2canvas: fileURLToPath(new URL('./src/lib/export/pdf/no-optional.ts', import.meta.url)),
			dompurify: fileURLToPath(new URL('./src/lib/export/pdf/no-optional.ts', import.meta.url)),
			canvg: fileURLToPath(new URL('./src/lib/export/pdf/no-optional.ts', import.meta.url))
		}
	},
	test: {
		include: [
			'src/**/*.spec.ts',
			'scripts/**/*.spec.ts',
			'tests/fixtures/**/*.spec.ts',
			'tests/property/**/*.spec.ts',
			'tests/architecture/**/*.spec.ts'
		],
		environment: 'node',
		// Property and fuzz tests run thousands of inputs; on a busy 2-core CI machine they need
		// more than the default 5 s. A hang still fails, at this limit.
		testTimeout: 60_000
	}
});
