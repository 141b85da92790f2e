// What the MDN HTTP Observatory reads from a page's HTML: the `<meta http-equiv>` policies and
// `<meta name=referrer>` (retriever/utils.js parseHttpEquivHeaders, which parses the page as a
// fragment) and the `<script>` elements with their src as the element reflects it in a document
// at about:blank (subresource-integrity.js, through jsdom). The browser's own HTML parser does
// the parsing, into an inert document: nothing pasted is rendered or run. A page jsdom throws on
// (css.ts) yields no <meta> and no scripts, as in the Observatory.
import { styleCrashesJsdom } from './css';

/** The `<meta>` values the Observatory lifts from a page. */
export interface PageMeta {
	csp: string[];
	referrer: string[];
}

/** A `<script>` as the SRI test sees it: src as reflected ('' when absent), integrity. */
export interface PageScript {
	src: string;
	integrity: string | null;
}

const XHTML = 'http://www.w3.org/1999/xhtml';
const SVG = 'http://www.w3.org/2000/svg';

function inertDocument(html: string): Document | null {
	if (typeof DOMParser === 'undefined') return null;
	return new DOMParser().parseFromString(html, 'text/html');
}

/** True when this environment can parse HTML (a browser, or a test that provides DOMParser). */
export function canReadHtml(): boolean {
	return typeof DOMParser !== 'undefined';
}

/** True when jsdom would throw while building this tree (template contents included). */
function crashes(root: ParentNode): boolean {
	for (const element of root.querySelectorAll('*')) {
		const ns = element.namespaceURI;
		if (ns !== XHTML && ns !== SVG) continue;
		const style = element.getAttribute('style');
		if (style !== null && styleCrashesJsdom(style)) return true;
		if (ns === XHTML && element.localName === 'template') {
			if (crashes((element as HTMLTemplateElement).content)) return true;
		}
	}
	return false;
}

/** The CSP and referrer `<meta>` values of a page, as parseHttpEquivHeaders collects them. */
export function pageMeta(html: string): PageMeta {
	const meta: PageMeta = { csp: [], referrer: [] };
	const doc = inertDocument('');
	if (!doc) return meta;
	const template = doc.createElement('template');
	template.innerHTML = html;
	if (crashes(template.content)) return meta;
	for (const element of template.content.querySelectorAll('meta')) {
		if (element.hasAttribute('http-equiv') && element.hasAttribute('content')) {
			const equiv = element.getAttribute('http-equiv')?.toLowerCase().trim();
			const content = element.getAttribute('content');
			if (content && equiv === 'content-security-policy') meta.csp.push(content);
		} else if (element.getAttribute('name')?.toLowerCase().trim() === 'referrer') {
			const content = element.getAttribute('content');
			if (content) meta.referrer = [content];
		}
	}
	return meta;
}

function parseUrl(value: string, base: string): string | null {
	try {
		return new URL(value, base).href;
	} catch {
		return null;
	}
}

/**
 * The page's scripts, their src resolved as in a document at about:blank (or its `<base>`);
 * null when jsdom could not build the page (the Observatory's html-not-parseable).
 */
export function pageScripts(html: string): PageScript[] | null {
	const doc = inertDocument(html);
	if (!doc) return [];
	if (crashes(doc)) return null;
	const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
	const base = (baseHref != null && parseUrl(baseHref, 'about:blank')) || 'about:blank';
	return [...doc.querySelectorAll('script')].map((script) => {
		const src = script.namespaceURI === XHTML ? script.getAttribute('src') : null;
		return {
			src: src === null ? '' : (parseUrl(src, base) ?? src),
			integrity: script.getAttribute('integrity')
		};
	});
}
