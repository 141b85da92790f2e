// The floor: the built-in checklist as one plain HTML page with no JavaScript, rendered at bench
// time. It is the fastest a page showing this checklist can be, so the app is compared with it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export const TEMPLATE = 'src/lib/templates/production-deployment.md';

/**
 * The floor page's HTML: GFM rendered by micromark, task boxes enabled, the first one ticked.
 * @param {string} markdown
 */
export function floorHtml(markdown) {
	const body = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
	let first = true;
	// micromark writes `<input type="checkbox" disabled="" />`, with `checked=""` for [x].
	const enabled = body.replace(/<input type="checkbox" disabled=""( checked="")? \/>/g, () => {
		const box = `<input type="checkbox"${first ? ' checked=""' : ''} />`;
		first = false;
		return box;
	});
	if (first) throw new Error('The floor page has no task checkbox to tick.');
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Production deployment checklist (floor)</title>
</head>
<body>
${enabled}</body>
</html>
`;
}

/**
 * Writes the floor page into `dir` as index.html; returns its size, raw and gzip.
 * @param {string} root the project folder
 * @param {string} dir
 */
export function writeFloor(root, dir) {
	const html = floorHtml(readFileSync(join(root, TEMPLATE), 'utf8'));
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'index.html'), html);
	return { raw: Buffer.byteLength(html), gzip: gzipSync(html).length };
}
