import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Plain files for any static host. Every page is prerendered; a deployment is opened by
		// query string (/run/?id=…), so deep links and hard reloads need no server rewrite.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		// Hosting under a sub-path (GitHub Pages): BASE_PATH=/repo-name npm run build
		paths: { base: process.env.BASE_PATH ?? '', relative: false },
		serviceWorker: { register: false }
	}
};

export default config;
