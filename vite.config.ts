import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { checklistModules } from './scripts/vite-plugin-checklist.ts';
import { pdfFonts } from './scripts/vite-plugin-pdf-fonts.ts';
import { base, kitConfig, outDir } from './kit.config.js';
import { serviceWorker } from './scripts/vite-plugin-service-worker.ts';

export default defineConfig({
	plugins: [
		checklistModules(),
		// Before sveltekit(), so its dev middleware answers /fonts/* first.
		pdfFonts(),
		sveltekit(kitConfig),
		// After sveltekit(): it generates the service worker once the adapter has written the site.
		serviceWorker({ outDir, base })
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
