import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildPdfFont, cjkRepertoire, gb2312, pdfFonts } from './vite-plugin-pdf-fonts.ts';

const FILES = ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'NotoSansSC-Regular.ttf'];

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const hook = (plugin: ReturnType<typeof pdfFonts>, name: string) =>
	(plugin as unknown as Record<string, Hook>)[name];

describe('the CJK repertoire', () => {
	it('has the 6,763 hanzi of GB2312 and its symbols, without private-use code points', () => {
		const chars = [...gb2312()];
		const hanzi = chars.filter((c) => /[\u4e00-\u9fff]/.test(c));
		expect(hanzi).toHaveLength(6763);
		expect(hanzi).toEqual(expect.arrayContaining(['李', '雷', '数', '据', '库']));
		expect(chars).toEqual(expect.arrayContaining(['、', '。', '《', 'あ', 'ア', 'Ω', 'Я', '①']));
		expect(chars.some((c) => /[\ue000-\uf8ff]/.test(c))).toBe(false);
	});

	it('adds kana, CJK punctuation, full-width forms and Latin, Greek and Cyrillic', () => {
		const all = cjkRepertoire();
		for (const c of ['ー', 'ヴ', '〜', '！', 'ｱ', 'é', 'Ł', 'ω', 'ж']) expect(all).toContain(c);
	});
});

describe('buildPdfFont', () => {
	it('subsets the CJK font to a bounded size and caches each font on disk', async () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'shipshape-fonts-'));
		const sizes = await Promise.all(
			FILES.map(async (f) => (await buildPdfFont(f, cacheDir)).length)
		);
		expect(sizes[0]).toBeLessThan(400_000);
		expect(sizes[2]).toBeGreaterThan(1_000_000);
		expect(sizes[2]).toBeLessThan(3_000_000);
		expect(readdirSync(cacheDir).filter((f) => f.endsWith('.ttf'))).toHaveLength(3);
		const again = await buildPdfFont(FILES[2], cacheDir);
		expect(again.length).toBe(sizes[2]);
		rmSync(cacheDir, { recursive: true, force: true });
	}, 60_000);

	it('refuses an unknown font name', async () => {
		await expect(buildPdfFont('Comic.ttf')).rejects.toThrow('Unknown PDF font Comic.ttf');
	});
});

describe('pdfFonts', () => {
	it('emits the three fonts under fonts/ with stable names in the client build only', async () => {
		for (const ssr of [false, true]) {
			const plugin = pdfFonts();
			hook(plugin, 'configResolved')({ command: 'build', base: '/', root: '.', build: { ssr } });
			const emitFile = vi.fn();
			await hook(plugin, 'generateBundle').call({ emitFile });
			const names = emitFile.mock.calls.map(([file]) => file.fileName);
			expect(names).toEqual(ssr ? [] : FILES.map((f) => `fonts/${f}`));
			if (!ssr) expect(emitFile.mock.calls[0][0]).toMatchObject({ type: 'asset' });
		}
	}, 60_000);

	it('serves the fonts under the base path in vite dev and passes other requests on', async () => {
		const plugin = pdfFonts();
		hook(
			plugin,
			'configResolved'
		)({
			command: 'serve',
			base: '/repo/',
			root: '.',
			build: { ssr: false }
		});
		let middleware: Hook = () => {};
		hook(plugin, 'configureServer')({ middlewares: { use: (fn: Hook) => (middleware = fn) } });
		const headers: Record<string, string> = {};
		const body = await new Promise<Buffer>((resolve, reject) => {
			const res = { setHeader: (k: string, v: string) => (headers[k] = v), end: resolve };
			middleware({ url: '/repo/fonts/NotoSans-Bold.ttf?v=1' }, res, reject);
		});
		expect(headers['Content-Type']).toBe('font/ttf');
		expect(body.length).toBe(Number(headers['Content-Length']));
		const next = vi.fn();
		middleware({ url: '/fonts/NotoSans-Bold.ttf' }, {}, next);
		middleware({ url: '/repo/fonts/other.ttf' }, {}, next);
		expect(next).toHaveBeenCalledTimes(2);
		expect(existsSync(join('node_modules', '.cache', 'shipshape-fonts'))).toBe(true);
	}, 60_000);
});

describe("the page's CJK fallback font in src/app.html", () => {
	const html = readFileSync('src/app.html', 'utf8');
	const face = /@font-face\s*{[^}]*'Shipshape CJK'[^}]*}/.exec(html)?.[0] ?? '';
	const ranges = [
		...(/unicode-range:([^;]+);/.exec(face)?.[1] ?? '').matchAll(/U\+(\w+)-(\w+)/g)
	].map(([, from, to]) => [parseInt(from, 16), parseInt(to, 16)] as const);

	it('is the emitted CJK subset, under the base path', () => {
		expect(face).toContain(`url('%sveltekit.assets%/fonts/${FILES[2]}')`);
	});

	it('covers every hanzi and kana the subset has, and only CJK blocks', () => {
		const covered = (cp: number) => ranges.some(([from, to]) => cp >= from && cp <= to);
		const cjk = [...cjkRepertoire()].filter((c) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(c));
		expect(cjk.length).toBeGreaterThan(6763);
		expect(cjk.filter((c) => !covered(c.codePointAt(0)!))).toEqual([]);
		// Latin, Greek, Cyrillic and general punctuation stay with the page's own fonts.
		for (const c of 'Aé·–“ΩЖ→✓') expect(covered(c.codePointAt(0)!)).toBe(false);
	});
});
