import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { segmentsText, unfilled } from '$lib/ui/segments';
import { substitute, variableValues } from './substitute';
import { commandsOf, containsWord, variablesOf } from './variables';

const model = parseChecklist(
	readFileSync(new URL('../templates/production-deployment.md', import.meta.url), 'utf8')
);
const defs = variablesOf(model);
const target = { base: 'https://shop.example.com', host: 'shop.example.com' };

describe('variables of the built-in checklist', () => {
	it('are recognised from its placeholders', () => {
		expect(defs.map((d) => d.name)).toEqual([
			'base',
			'host',
			'app',
			'release',
			'module',
			'migration'
		]);
	});

	it('can be declared in front matter, for any template', () => {
		const custom = parseChecklist(
			'---\nvariables:\n  region:\n    label: Fly region\n    placeholder: iad\n  host: example.test\n---\n# X\n\n```sh\nfly scale count 2 --region iad\ncurl -I https://example.test\n```\n\n- [ ] ok\n'
		);
		expect(variablesOf(custom)).toEqual([
			{ name: 'region', label: 'Fly region', placeholders: ['iad'], source: 'typed' },
			{ name: 'host', label: 'host', placeholders: ['example.test'], source: 'target-host' }
		]);
	});

	it('report unreadable front matter instead of failing the import', () => {
		const broken = parseChecklist('---\nvariables: [unclosed\n---\n# X\n\n- [ ] ok\n');
		expect(broken.variables).toBeUndefined();
		expect(broken.diagnostics.problems?.[0]).toMatch(/not valid YAML/);
	});
});

describe('substitute', () => {
	it('fills every placeholder and marks what it filled', () => {
		const values = variableValues(
			defs,
			{ app: 'shop-prod', release: 'shop', module: 'Shop', migration: '20260101000000' },
			target
		);
		const rollback = commandsOf(model)[8];
		const segments = substitute(rollback, defs, values);
		expect(segmentsText(segments)).toBe(
			'fly ssh console\n/app/bin/shop eval "Shop.Release.rollback(Shop.Repo, 20260101000000)"'
		);
		expect(segments.filter((s) => s.t === 'var').map((s) => s.t === 'var' && s.name)).toEqual([
			'release',
			'module',
			'module',
			'migration'
		]);
		expect(unfilled(segments)).toEqual([]);
	});

	it('prefers the whole URL over the bare host and keeps unfilled placeholders visible', () => {
		const values = variableValues(defs, {}, target);
		const redirect = substitute(
			'curl -I http://your-app.fly.dev && curl https://your-app.fly.dev/health --app your-app-name',
			defs,
			values
		);
		expect(segmentsText(redirect)).toBe(
			'curl -I http://shop.example.com && curl https://shop.example.com/health --app your-app-name'
		);
		expect(unfilled(redirect)).toEqual(['App name']);
		expect(unfilled(substitute('fly deploy', defs, values))).toEqual([]);
	});

	it('leaves words that merely contain a placeholder alone', () => {
		expect(containsWord('dialectics', 'dialectic')).toBe(false);
		const values = variableValues(defs, { release: 'x' }, null);
		expect(segmentsText(substitute('dialectics /app/bin/dialectic', defs, values))).toBe(
			'dialectics /app/bin/x'
		);
	});

	it('without a Target URL, the URL placeholders stay unfilled', () => {
		const values = variableValues(defs, {}, null);
		expect(unfilled(substitute('curl https://your-app.fly.dev/health', defs, values))).toEqual([
			'Target URL'
		]);
	});
});
