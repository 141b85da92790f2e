// The registrable-domain reading the Observatory's cookie and SRI tests rely on, checked against
// tldts itself (the package's dependency) on every rule of the list and on hosts around them.
import { getDomain, parse } from 'tldts';
import tldtsPackage from 'tldts/package.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { EXCEPTIONS, RULES, SOURCE } from '$lib/observatory/public-suffix-list';
import { registrableDomain } from '$lib/observatory/public-suffix';

/** Every rule in an encoded list, as a dotted name. */
function names(text: string): string[] {
	const out: string[] = [];
	const path: string[] = [];
	let label = '';
	let last = '';
	const close = () => {
		if (label) out.push([label.replace(/^[+-]/, ''), ...path].join('.'));
		last = label.replace(/^[+-]/, '') || last;
		label = '';
	};
	for (const ch of text) {
		if (ch === '(') {
			close();
			path.unshift(last);
		} else if (ch === ',' || ch === ')') {
			close();
			if (ch === ')') path.shift();
		} else label += ch;
	}
	close();
	return out;
}

const rules = names(RULES);
const exceptions = names(EXCEPTIONS);
const odd = [
	'localhost',
	'example',
	'example.com.',
	'EXAMPLE.COM',
	'www.Example.co.uk',
	'a..example.com',
	'.example.com',
	'-bad.example.com',
	'bad-.example.com',
	'under_score.example.com',
	'192.168.1.10',
	'10.0.0.1.example',
	'1.2.3',
	'example.123',
	'::1',
	'[::1]',
	'0x7f.1',
	'münchen.de',
	'xn--mnchen-3ya.de',
	'a'.repeat(64) + '.com',
	'staging.my-app.fly.dev',
	'my-app.herokuapp.com',
	'user.github.io',
	'foo.s3.amazonaws.com',
	'com',
	'co.uk',
	''
];

describe('registrableDomain', () => {
	it('is taken from the tldts the Observatory uses', () => {
		expect(SOURCE).toBe(`tldts ${tldtsPackage.version}`);
		expect(rules.length).toBeGreaterThan(9000);
	});

	it('agrees with tldts on every rule and the hosts around it, ICANN and private', () => {
		const hosts = [
			...odd,
			...exceptions.flatMap((e) => [e, `a.${e}`]),
			...rules.flatMap((r) => {
				const rule = r.replace(/\*/g, 'w');
				return [rule, `x.${rule}`, `a.b.${rule}`];
			})
		];
		const differences = hosts.filter(
			(h) =>
				registrableDomain(h) !== getDomain(h) ||
				registrableDomain(h, true) !== getDomain(h, { allowPrivateDomains: true })
		);
		expect(differences).toEqual([]);
		expect(hosts.length).toBeGreaterThan(30000);
	});

	it('agrees with tldts on the hosts of script URLs', () => {
		const urls = [...odd, ...rules.slice(0, 3000).map((r) => `cdn.${r.replace(/\*/g, 'w')}`)]
			.filter((h) => h && !h.includes('[') && !h.startsWith('.'))
			.flatMap((h) => [`https://${h}/app.js`, `http://${h}:8080/x?y=1`])
			.filter((u) => URL.canParse(u))
			.map((u) => new URL(u).href);
		const differences = urls.filter((u) => registrableDomain(u) !== parse(u).domain);
		expect(differences).toEqual([]);
	});
});
