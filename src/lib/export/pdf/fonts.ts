// Fetches the PDF fonts (emitted by scripts/vite-plugin-pdf-fonts.ts, precached by the service
// worker) only when a PDF is exported, and keeps them base64-encoded in memory for the next one.
import type { PdfFontData } from './font-set.ts';
import { PDF_FONT_FILES } from './font-files.ts';

const loaded = new Map<string, Promise<PdfFontData>>();

/** The three PDF fonts as base64 TTF, fetched once per base path; fails with a reason in words. */
export function loadPdfFonts(base: string): Promise<PdfFontData> {
	let fonts = loaded.get(base);
	if (!fonts) {
		fonts = fetchAll(base);
		loaded.set(base, fonts);
		fonts.catch(() => loaded.delete(base));
	}
	return fonts;
}

async function fetchAll(base: string): Promise<PdfFontData> {
	const [regular, bold, cjk] = await Promise.all(
		[PDF_FONT_FILES.regular, PDF_FONT_FILES.bold, PDF_FONT_FILES.cjk].map((name) =>
			fetchFont(base, name)
		)
	);
	return { regular, bold, cjk };
}

async function fetchFont(base: string, name: string): Promise<string> {
	const url = `${base.replace(/\/+$/, '')}/fonts/${name}`;
	let response: Response;
	try {
		response = await fetch(url);
	} catch {
		throw new Error(
			`Could not load the font ${name} for the PDF: the network is unreachable and the app has not finished saving itself for offline use. Connect once, reload, and export again.`
		);
	}
	if (!response.ok)
		throw new Error(
			`Could not load the font ${name} for the PDF (HTTP ${response.status}). Reload the app and export again.`
		);
	return toBase64(new Uint8Array(await response.arrayBuffer()));
}

const ALPHABET = new TextEncoder().encode(
	'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
);

/** Base64 of bytes: the built-in encoder where the browser has one, else a table-driven loop. */
export function toBase64(bytes: Uint8Array): string {
	const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
	if (typeof native === 'function') return native.call(bytes);
	const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
	let o = 0;
	let i = 0;
	for (; i + 2 < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
		out[o++] = ALPHABET[n >> 18];
		out[o++] = ALPHABET[(n >> 12) & 63];
		out[o++] = ALPHABET[(n >> 6) & 63];
		out[o++] = ALPHABET[n & 63];
	}
	if (i < bytes.length) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8);
		out[o] = ALPHABET[n >> 18];
		out[o + 1] = ALPHABET[(n >> 12) & 63];
		out[o + 2] = i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : 61; // '='
		out[o + 3] = 61;
	}
	return new TextDecoder().decode(out);
}
