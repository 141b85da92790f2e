import { expect, it } from 'vitest';
import { onePer } from './per-object';

it('makes one value per object and reuses it', () => {
	let made = 0;
	const viewOf = onePer((o: { n: number }) => ({ n: o.n, made: ++made }));
	const a = { n: 1 };
	const b = { n: 2 };
	expect(viewOf(a)).toBe(viewOf(a));
	expect(viewOf(b)).not.toBe(viewOf(a));
	expect(made).toBe(2);
});
