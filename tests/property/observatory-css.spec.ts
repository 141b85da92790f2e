// Shipshape replays when jsdom (the Observatory's HTML reader) throws on a style attribute;
// checked here against jsdom itself on style attributes built from CSS's own punctuation.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { styleCrashesJsdom } from '$lib/observatory/css';

const { document } = new JSDOM('').window as unknown as { document: Document };

function jsdomThrows(style: string): boolean {
	try {
		document.createElement('div').setAttribute('style', style);
		return false;
	} catch {
		return true;
	}
}

const piece = fc.constantFrom(
	'@media screen',
	'@supports (display:grid)',
	'@container x',
	'@layer base',
	'@font-face',
	'@keyframes spin',
	'@-webkit-keyframes k',
	'@import url(x.css)',
	'@host',
	'@starting-style',
	'@-moz-document url-prefix()',
	'@page',
	'@x',
	'{',
	'}',
	';',
	':',
	'color',
	'red',
	' ',
	'(',
	')',
	'"a;b"',
	"'c}'",
	'/* c */',
	'!important',
	'a{b:c}',
	'url(http://a.example/x.jpg)'
);

describe('styleCrashesJsdom', () => {
	it('knows the Observatory’s own “invalid HTML” fragment and plain styles', () => {
		expect(styleCrashesJsdom('@media only screen{background-image: url(http://a.com/a.jpg)')).toBe(
			true
		);
		expect(styleCrashesJsdom('color: red; margin: 0')).toBe(false);
		expect(styleCrashesJsdom('@media x{a:b}')).toBe(false);
	});

	it('agrees with jsdom on 3000 generated style attributes', () => {
		const styles = fc.sample(
			fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
			{ numRuns: 3000, seed: 20261203 }
		);
		const differences = styles.filter((s) => styleCrashesJsdom(s) !== jsdomThrows(s));
		expect(differences).toEqual([]);
		expect(styles.filter(jsdomThrows).length).toBeGreaterThan(100);
	});
});
