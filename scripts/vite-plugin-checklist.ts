// Parses bundled checklist templates at build time: `import t from './x.md?checklist'` gives
// `{ source, model }`, so the Markdown parser never ships on the path of opening a page.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { parseChecklist } from '../src/lib/checklist/parse.ts';
import { normalizeSource } from '../src/lib/checklist/source.ts';

const SUFFIX = '?checklist';

export function checklistModules(): Plugin {
	return {
		name: 'shipshape-checklist',
		enforce: 'pre',
		async load(id) {
			if (!id.endsWith(SUFFIX)) return null;
			const file = id.slice(0, -SUFFIX.length);
			this.addWatchFile(file);
			const source = normalizeSource(await readFile(file, 'utf8'));
			const model = parseChecklist(source);
			return `export default ${JSON.stringify({ source, model })};`;
		}
	};
}
