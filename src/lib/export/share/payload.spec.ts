import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { typed, valuesOf, type ValuesContent } from '$lib/record/content.fixtures';
import { canonicalDeployment } from '$lib/record/fingerprint';
import { builtIn } from '../markdown/markdown.fixtures';
import {
	MAX_JSON_BYTES,
	PAYLOAD_PREFIX,
	PayloadError,
	decodePayload,
	encodePayload
} from './payload';

const legacy: ValuesContent = {
	source: '# T\n\n- [ ] A\n',
	values: { a: true, b: null, c: 'Zoë 李雷 🚀', d: 3, 'na:a': '', __proto__x: 'p' },
	evidence: [
		{
			source: 'probe:health',
			key: 'health:status',
			verdict: 'pass',
			summary: '200 OK',
			details: ['d'],
			itemIds: ['a'],
			at: 1
		}
	],
	signatures: [{ role: 'Dev', name: 'N', signature: 'S', date: '2026-01-02' }],
	target: 'https://t.example',
	vars: { app: 'x' }
};
const content = typed(legacy);

/** A payload made by hand from any JSON, as a hostile file could hold. */
const raw = (json: string) =>
	PAYLOAD_PREFIX + deflateRawSync(Buffer.from(json)).toString('base64url');

const refusal = async (text: string) => {
	const error = await decodePayload(text).catch((e: unknown) => e);
	expect(error).toBeInstanceOf(PayloadError);
	return (error as Error).message;
};

describe('encodePayload and decodePayload', () => {
	it('round-trip the content exactly (same canonical text), with title and sign-off', async () => {
		const text = await encodePayload({
			content,
			title: 'Release 1',
			signoff: { at: 5, fingerprint: 'a'.repeat(64) }
		});
		expect(text).toMatch(/^ss1\.[A-Za-z0-9_-]+$/);
		const back = await decodePayload(text);
		expect(canonicalDeployment(back.content)).toBe(canonicalDeployment(content));
		expect(back).toMatchObject({ title: 'Release 1', signoff: { at: 5 } });
	});

	it('keeps an id named __proto__ a plain value', async () => {
		const values = JSON.parse('{"__proto__":"x","a":true}');
		const back = await decodePayload(
			await encodePayload({ content: typed({ ...legacy, values }) })
		);
		expect(Object.keys(valuesOf(back.content))).toEqual(['__proto__', 'a']);
		expect(Object.getPrototypeOf(back.content.decisions.values)).toBe(Object.prototype);
	});

	it('ignores whitespace (line-wrapped payloads) and drops members the schema does not name', async () => {
		const text = raw(JSON.stringify({ v: 1, ...legacy, extra: 'x', evil: { a: 1 } }));
		const wrapped = text.replace(/.{20}/g, '$&\n  ');
		const back = await decodePayload(wrapped);
		expect(back).not.toHaveProperty('extra');
		expect(back.content.vars).toEqual({ app: 'x' });
	});

	it('round-trips any content (property)', async () => {
		const entry = fc.oneof(fc.boolean(), fc.string(), fc.integer(), fc.constant(null));
		await fc.assert(
			fc.asyncProperty(fc.dictionary(fc.string(), entry), fc.string(), async (values, source) => {
				const c = typed({ ...legacy, values, source });
				const back = await decodePayload(await encodePayload({ content: c }));
				expect(canonicalDeployment(back.content)).toBe(canonicalDeployment(c));
			}),
			{ numRuns: 60 }
		);
	});

	it('is small for the filled built-in template', async () => {
		const values = Object.fromEntries(
			builtIn.source.split('\n').map((line, i) => [`item-${i}`, line.length % 2 === 0])
		);
		const text = await encodePayload({
			content: typed({ ...legacy, source: builtIn.source, values })
		});
		expect(text.length).toBeLessThan(8000);
	});
});

describe('decodePayload refuses bad input in words', () => {
	it('names text that is not a payload, or one from a newer version', async () => {
		expect(await refusal('hello')).toMatch(/not Shipshape content/);
		expect(await refusal('ss2.abc')).toMatch(/newer version/);
	});

	it('refuses characters base64url has not, and bytes that are not deflate', async () => {
		expect(await refusal('ss1.ab+/')).toMatch(/characters base64url has not/);
		expect(await refusal(`ss1.${Buffer.from('not deflate at all').toString('base64url')}`)).toMatch(
			/could not be decompressed/
		);
	});

	it('refuses JSON that is not the schema, naming what is wrong', async () => {
		expect(await refusal(raw('[1]'))).toMatch(/not an object/);
		expect(await refusal(raw('{"v":2}'))).toMatch(/version is 2/);
		const good = { v: 1, ...legacy };
		expect(await refusal(raw(JSON.stringify({ ...good, values: { a: {} } })))).toMatch(
			/values “a” has a value of the wrong kind/
		);
		expect(await refusal(raw(JSON.stringify({ ...good, evidence: [{ source: 1 }] })))).toMatch(
			/evidence 1 has no text “source”/
		);
		expect(
			await refusal(raw(JSON.stringify({ ...good, signoff: { at: 1, fingerprint: 'x' } })))
		).toMatch(/64 hex digits/);
		expect(await refusal(raw('{not json'))).toMatch(/not readable JSON/);
	});

	it('stops decompressing a bomb at the size cap', async () => {
		const bomb = raw(`{"v":1,"source":"${'a'.repeat(MAX_JSON_BYTES + 10)}"}`);
		expect(bomb.length).toBeLessThan(20_000);
		expect(await refusal(bomb)).toMatch(/unpacks to more than/);
	});

	it('refuses text longer than the cap before decoding it', async () => {
		expect(await refusal(`ss1.${'A'.repeat(2_000_001)}`)).toMatch(/too long/);
	});
});
