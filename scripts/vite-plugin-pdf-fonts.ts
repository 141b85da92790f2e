// Builds the fonts the PDF export embeds and ships them as plain files under `${base}/fonts/`,
// fetched only when someone exports a PDF. The CJK font is cut down to a bounded repertoire
// (GB2312, kana, CJK punctuation, full-width forms) so the precache stays a few megabytes; each
// result is cached on disk by a hash of its input and recipe, so later builds only copy it.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import { PDF_FONT_FILES } from '../src/lib/export/pdf/font-files.ts';

const require = createRequire(import.meta.url);

type SubsetFont = (
	font: Buffer,
	text: string | null,
	options: { targetFormat: 'sfnt'; keepAllGlyphs?: boolean; dropTables?: string[] }
) => Promise<Buffer>;

/** Tables jsPDF never reads (it does no shaping and writes horizontal text only). */
const UNUSED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'STAT', 'vhea', 'vmtx'];

interface Recipe {
	source: string;
	/** The characters to keep; null keeps every glyph (only unused tables are dropped). */
	text: () => string | null;
}

/** How each emitted file (served as `${base}/fonts/<name>`) is made. */
export const PDF_FONTS: Record<string, Recipe> = {
	[PDF_FONT_FILES.regular]: {
		source: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
		text: () => null
	},
	[PDF_FONT_FILES.bold]: {
		source: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
		text: () => null
	},
	[PDF_FONT_FILES.cjk]: {
		source: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
		text: cjkRepertoire
	}
};

/** Characters of GB2312 (EUC-CN rows A1–A9 symbols, B0–F7 hanzi), decoded by the platform. */
export function gb2312(): string {
	const decoder = new TextDecoder('gb18030');
	const out: string[] = [];
	const rows = [...range(0xa1, 0xa9), ...range(0xb0, 0xf7)];
	for (const row of rows)
		for (const cell of range(0xa1, 0xfe)) {
			const ch = decoder.decode(new Uint8Array([row, cell]));
			const cp = ch.codePointAt(0) ?? 0xfffd;
			const privateUse = cp >= 0xe000 && cp <= 0xf8ff;
			const hanziRow = row >= 0xb0;
			if (ch.length !== 1 || cp === 0xfffd || privateUse) continue;
			if (hanziRow && !(cp >= 0x4e00 && cp <= 0x9fff)) continue;
			out.push(ch);
		}
	return out.join('');
}

/** Ranges kept besides GB2312: Latin, Greek, Cyrillic, punctuation, symbols, kana, full-width. */
const EXTRA_RANGES: [number, number][] = [
	[0x20, 0x7e],
	[0xa0, 0x52f],
	[0x1e00, 0x1eff],
	[0x2000, 0x27bf],
	[0x3000, 0x30ff],
	[0x3100, 0x312f],
	[0x31f0, 0x31ff],
	[0xfe30, 0xfe4f],
	[0xff00, 0xffef]
];

/** Everything the CJK subset keeps (code points the font lacks are simply left out). */
export function cjkRepertoire(): string {
	const extra = EXTRA_RANGES.flatMap(([from, to]) => range(from, to));
	return gb2312() + String.fromCodePoint(...extra);
}

function range(from: number, to: number): number[] {
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The default on-disk cache of built fonts. */
export const FONT_CACHE_DIR = path.resolve('node_modules/.cache/shipshape-fonts');

/** Builds one PDF font by name, from the disk cache when its input and recipe are unchanged. */
export async function buildPdfFont(name: string, cacheDir = FONT_CACHE_DIR): Promise<Buffer> {
	const recipe = PDF_FONTS[name];
	if (!recipe) throw new Error(`Unknown PDF font ${name}`);
	const source = await readFile(require.resolve(recipe.source));
	const text = recipe.text();
	const key = createHash('sha256')
		.update(source)
		.update(JSON.stringify({ text, drop: UNUSED_TABLES, subsetter: subsetterVersion() }))
		.digest('hex')
		.slice(0, 24);
	const cached = path.join(cacheDir, `${key}.ttf`);
	try {
		return await readFile(cached);
	} catch {
		// Not built yet: build below.
	}
	const subsetFont = require('subset-font') as SubsetFont;
	const font = await subsetFont(source, text ?? null, {
		targetFormat: 'sfnt',
		keepAllGlyphs: text === null,
		dropTables: UNUSED_TABLES
	});
	await mkdir(cacheDir, { recursive: true });
	const partial = `${cached}.${process.pid}.tmp`;
	await writeFile(partial, font);
	await rename(partial, cached);
	return font;
}

function subsetterVersion(): string {
	const pkg = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
	return `subset-font@${pkg('subset-font')}`;
}

/** Emits the PDF fonts into the client build and serves them in `vite dev`. */
export function pdfFonts(options: { cacheDir?: string } = {}): Plugin {
	const builds = new Map<string, Promise<Buffer>>();
	let cacheDir = options.cacheDir ?? FONT_CACHE_DIR;
	const font = (name: string) => {
		let build = builds.get(name);
		if (!build) builds.set(name, (build = buildPdfFont(name, cacheDir)));
		return build;
	};
	let emit = false;
	let base = '';
	return {
		name: 'shipshape-pdf-fonts',
		configResolved(config) {
			emit = config.command === 'build' && !config.build.ssr;
			base = config.base.startsWith('/') ? config.base.replace(/\/+$/, '') : '';
			cacheDir = options.cacheDir ?? path.join(config.root, 'node_modules/.cache/shipshape-fonts');
		},
		async generateBundle() {
			if (!emit) return;
			for (const name of Object.keys(PDF_FONTS))
				this.emitFile({ type: 'asset', fileName: `fonts/${name}`, source: await font(name) });
		},
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const url = (req.url ?? '').split('?')[0];
				const prefix = `${base}/fonts/`;
				const name = url.startsWith(prefix) ? url.slice(prefix.length) : '';
				if (!Object.hasOwn(PDF_FONTS, name)) return next();
				font(name).then(
					(data) => {
						res.setHeader('Content-Type', 'font/ttf');
						res.setHeader('Content-Length', String(data.length));
						res.end(data);
					},
					(error: unknown) => next(error)
				);
			});
		}
	};
}
