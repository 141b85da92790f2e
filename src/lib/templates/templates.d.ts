// Bundled templates are parsed at build time by scripts/vite-plugin-checklist.ts.
declare module '*.md?checklist' {
	const template: { source: string; model: import('$lib/checklist/model').Checklist };
	export default template;
}
