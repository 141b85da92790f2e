// Fuzzes the Markdown template importer (decodeTemplateFile, readTemplate) with generated
// checklist-like documents and byte-level mutations of the built-in template.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeTemplateFile, readTemplate } from '$lib/checklist/import';
import { builtIn } from '$lib/export/markdown/markdown.fixtures';
import { document, HOSTILE, oneBom } from './markdown-gen';
import { applyByteEdits, applyEdits, byteEdit, edit } from './mutate';
import { expectSentence } from './sentences';
import { expectTemplateResult } from './template-checks';
import { fuzz, fuzzCounts, limit } from './run';

const encoder = new TextEncoder();
const source = builtIn.source;
const lines = source.split('\n');

/** Snippets worth inserting into Markdown. */
const TOKENS = [
	...HOSTILE,
	'- [ ] ',
	'- [x] ',
	'\n- [ ] task\n',
	'\n  - [ ] nested\n',
	'```',
	'\n```\n',
	'~~~',
	'<!--',
	'-->',
	'<div>',
	'\n<details>\n',
	'\n---\n',
	'---\ntitle: x\n---\n',
	'| a | b |\n|---|---|\n| ____ | |\n',
	'\n# ',
	'\n#### ',
	'**Version**: ____',
	'\\_\\_\\_',
	'&#95;&#95;&#95;',
	' / 5',
	'[link](javascript:alert(1))',
	'\r\n',
	'\n\n',
	'    ',
	'x'.repeat(3000)
];
const token = fc.oneof(
	{ arbitrary: fc.constantFrom(...TOKENS), weight: 4 },
	{ arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
	{ arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 1 }
);

/** A run of whole lines of the built-in template: small enough to read a thousand times. */
const window = fc
	.tuple(fc.integer({ min: 0, max: lines.length - 1 }), fc.integer({ min: 1, max: 20 }))
	.map(([start, n]) => lines.slice(start, start + n).join('\n'));

const fileName = fc.constantFrom(undefined, 'checklist.md', 'Release “final”.md', '李雷.md', '');

afterAll(() => console.log(fuzzCounts()));

describe('decodeTemplateFile', () => {
	it(
		'turns any bytes into text or a sentence saying why not',
		() => {
			const bytes = fc.oneof(
				fc.uint8Array({ maxLength: 300 }),
				fc
					.tuple(window, fc.array(byteEdit(token), { maxLength: 6 }))
					.map(([w, edits]) => applyByteEdits(encoder.encode(w), edits)),
				fc
					.tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf], []), window)
					.map(([bom, w]) => Uint8Array.from([...bom, ...encoder.encode(w)]))
			);
			fuzz(
				'decodeTemplateFile: random bytes, mutated windows, BOMs',
				1000,
				fc.property(bytes, fileName, (b, name) => {
					const result = decodeTemplateFile(b, name);
					if (!result.ok) return expectSentence(result.error);
					expect(result.text.trim()).not.toBe('');
					expect(result.text).not.toMatch(/\r|^\uFEFF/);
				})
			);
		},
		limit(20_000)
	);
});

describe('readTemplate', () => {
	it(
		'reads generated checklist-like documents into a sound model, or refuses in words',
		() => {
			fuzz(
				'readTemplate: generated documents',
				600,
				fc.property(document, (text) => expectTemplateResult(readTemplate(text), text))
			);
		},
		limit(60_000)
	);

	it(
		'reads byte-mutated pieces of the built-in template, through decodeTemplateFile',
		() => {
			fuzz(
				'decodeTemplateFile + readTemplate: mutated windows of the built-in template',
				600,
				fc.property(
					window,
					fc.array(byteEdit(token), { minLength: 1, maxLength: 5 }),
					(w, edits) => {
						const decoded = decodeTemplateFile(applyByteEdits(encoder.encode(w), edits));
						if (!decoded.ok) return expectSentence(decoded.error);
						const text = oneBom(decoded.text);
						expectTemplateResult(readTemplate(text), text);
					}
				)
			);
		},
		limit(60_000)
	);

	it(
		'reads the whole built-in template with a few edits',
		() => {
			fuzz(
				'readTemplate: the whole built-in template, mutated',
				10,
				fc.property(fc.array(edit(token), { minLength: 1, maxLength: 4 }), (edits) => {
					const text = oneBom(applyEdits(source, edits));
					expectTemplateResult(readTemplate(text), text);
				})
			);
		},
		limit(30_000)
	);

	it('refuses text over the size limit, and a line of hostile characters, in words', () => {
		const huge = `- [ ] a\n${'x'.repeat(2 * 1024 * 1024)}`;
		expectTemplateResult(readTemplate(huge), huge);
		const hostile = `- [ ] ${HOSTILE.join(' ')}\n`;
		expectTemplateResult(readTemplate(hostile), hostile);
	});
});
