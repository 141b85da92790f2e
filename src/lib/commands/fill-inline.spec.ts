import { expect, it } from 'vitest';
import type { VariableDef } from '$lib/checklist/model';
import { fillInline, fillText } from './fill-inline';

const defs: VariableDef[] = [
	{
		name: 'base',
		label: 'Target URL',
		placeholders: ['https://your-app.fly.dev'],
		source: 'target-base'
	},
	{ name: 'app', label: 'App name', placeholders: ['dialectic'], source: 'typed' }
];

it('fills the target into a task text, and never a typed value', () => {
	const values = { base: 'https://shop.example', app: 'shop' };
	expect(fillText('URL: https://your-app.fly.dev/health (dialectic)', defs, values)).toBe(
		'URL: https://shop.example/health (dialectic)'
	);
	expect(
		fillInline([{ t: 'strong', c: [{ t: 'code', v: 'https://your-app.fly.dev/x' }] }], defs, values)
	).toEqual([{ t: 'strong', c: [{ t: 'code', v: 'https://shop.example/x' }] }]);
});

it('leaves the text as it is while there is no target', () => {
	const inline = [{ t: 'text' as const, v: 'URL: https://your-app.fly.dev/health' }];
	expect(fillInline(inline, defs, { base: null, app: null })).toBe(inline);
});
