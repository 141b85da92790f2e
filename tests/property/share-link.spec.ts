// Share links and reply links as hostile input: any deployment of any template goes round the
// link exactly (drawn signatures aside); generated and mutated fragments are either read whole
// or refused with a reason in words, never anything else; the filled seed fits a chat.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { allFillables } from '$lib/checklist/walk';
import { builtIn, fixtures } from '$lib/export/markdown/markdown.fixtures';
import {
	DRAWN_LEFT_OUT,
	LINK_BUDGET,
	linkFor,
	openFragment,
	shareFragment
} from '$lib/export/share/link';
import { PayloadError, type Payload } from '$lib/export/share/payload';
import { encodeReply, type Reply } from '$lib/export/share/reply';
import type { FingerprintEvidence } from '$lib/record/fingerprint';
import { contentFingerprint } from '$lib/verdict/content';
import { applyEdits, edit } from './mutate';
import { fuzzAsync, fuzzCounts, limit } from './run';
import { typed, valuesFor } from './values-gen';
import { typed as typedContent } from '$lib/record/content.fixtures';

afterAll(() => console.log(fuzzCounts()));

const builtinSource = builtIn.source;
const builtin = async () => builtinSource;

const evidenceArb: fc.Arbitrary<FingerprintEvidence[]> = fc.array(
	fc.record({
		source: fc.constantFrom('probe:health', 'probe:deep', 'paste:headers'),
		key: typed,
		verdict: fc.constantFrom('pass', 'fail', 'unknown', 'error'),
		summary: typed,
		details: fc.array(typed, { maxLength: 2 }),
		itemIds: fc.array(typed, { maxLength: 2 }),
		at: fc.integer({ min: 0, max: 4e12 })
	}),
	{ maxLength: 4 }
);

describe('share links', () => {
	it(
		'carry any deployment of every template fixture exactly',
		async () => {
			for (const template of [builtIn, ...fixtures]) {
				await fuzzAsync(
					`share link round trip: ${template.name}`,
					25,
					fc.asyncProperty(
						valuesFor(template.model),
						evidenceArb,
						typed,
						async (values, evidence, target) => {
							const payload: Payload = {
								content: typedContent({
									source: template.source,
									values,
									evidence,
									signatures: [],
									target,
									vars: { app: target }
								}),
								id: 'dep-1',
								title: target
							};
							const { fragment } = await shareFragment(payload, builtinSource);
							const opened = await openFragment(`#${fragment}`, builtin);
							expect(opened.kind).toBe('deployment');
							if (opened.kind !== 'deployment') return;
							expect(opened.payload.content).toEqual(payload.content);
							expect(opened.payload.id).toBe('dep-1');
						}
					)
				);
			}
		},
		limit(60_000)
	);

	it('leave drawn signatures out, saying so, and name the built-in checklist by its hash', async () => {
		const model = builtIn.model;
		const cell = allFillables(model).find((f) => f.kind === 'cell' && /signature/i.test(f.label))!;
		const payload: Payload = {
			content: typedContent({
				source: builtinSource,
				values: { [cell.id]: `data:image/png;base64,${'A'.repeat(12_000)}` },
				evidence: [],
				signatures: [],
				target: '',
				vars: {}
			})
		};
		const { fragment, leftOut } = await shareFragment(payload, builtinSource);
		expect(fragment.length).toBeLessThan(600);
		expect(leftOut).toEqual([expect.stringContaining('1 drawn signature')]);
		const opened = await openFragment(fragment, builtin);
		if (opened.kind !== 'deployment') throw new Error('not a deployment');
		expect(opened.payload.content.decisions.values[cell.id]).toBe(DRAWN_LEFT_OUT);
		expect(opened.payload.content.source).toBe(builtinSource);
		await expect(
			openFragment(fragment, async () => `${builtinSource}\n- [ ] one more`)
		).rejects.toThrow(/another version of the built-in checklist/);
	});

	it('the filled seed, with a probe run’s evidence, fits in 8,000 characters of URL', async () => {
		const model = parseChecklist(builtinSource);
		const values: Record<string, string | boolean | number> = {};
		for (const f of allFillables(model)) {
			if (f.kind === 'task') values[f.id] = true;
			else if (f.kind === 'rating') values[f.id] = 4;
			else if (f.kind === 'notes')
				values[f.id] = 'Released on time. Rollback plan rehearsed; 李雷 on call.';
			else values[f.id] = f.input === 'date' ? '2026-12-03' : 'Zoë Łukasiewicz';
		}
		// What one "Run probes" against a healthy app records: 16 findings.
		const tasks = allFillables(model).filter((f) => f.kind === 'task');
		const evidence: FingerprintEvidence[] = Array.from({ length: 16 }, (_, i) => ({
			source: ['probe:health', 'probe:headers', 'probe:deep', 'probe:latency', 'probe:page'][i % 5],
			key: `finding:${i}`,
			verdict: 'pass',
			summary: `GET /health answered 200 OK in ${40 + i} ms: status "ok", timestamp 2026-12-03T07:26:${String(i).padStart(2, '0')}Z.`,
			details: ['The server’s clock is 0.4 s ahead of this browser’s.'],
			itemIds: [tasks[i * 4].id],
			at: 1764746760000 + i * 250
		}));
		const content = typedContent({
			source: builtinSource,
			values,
			evidence,
			signatures: [],
			target: 'https://shop.example.com',
			vars: { app: 'shop', release: 'shop', module: 'Shop', migration: '20261203072600' }
		});
		const { fragment } = await shareFragment(
			{
				content,
				id: 'a1b2c3d4',
				title: 'shop 1.4.2 · 2026-12-03',
				templateName: 'Production Deployment Checklist',
				print: await contentFingerprint(model, content)
			},
			builtinSource
		);
		const url = linkFor('https://team.github.io', '/shipshape', fragment);
		console.log(`Filled seed share link: ${url.length} characters`);
		expect(url.length).toBeLessThanOrEqual(LINK_BUDGET);
	});
});

describe('reply links', () => {
	const reply: Reply = {
		id: 'dep-1',
		title: 'shop 1.4.2',
		role: 'Tech Lead',
		name: '李雷',
		signature: 'L. Lei',
		date: '2026-12-03',
		print: 'a'.repeat(64),
		at: 1764746760000
	};

	it('go round exactly and stay short', async () => {
		const text = await encodeReply(reply);
		expect(text.length).toBeLessThan(400);
		expect(await openFragment(`#${text}`, builtin)).toEqual({ kind: 'reply', reply });
	});

	it('are refused in words when damaged, cut short, foreign or newer', async () => {
		const text = await encodeReply(reply);
		for (const bad of [
			text.slice(0, -8),
			`${text.slice(0, 10)}!${text.slice(11)}`,
			'sr9.abc',
			'hello'
		])
			await expect(openFragment(`#${bad}`, builtin)).rejects.toBeInstanceOf(PayloadError);
		await expect(openFragment('#sr9.abc', builtin)).rejects.toThrow(/newer version/);
		await expect(openFragment('#', builtin)).rejects.toThrow(/cut short/);
	});
});

describe('any fragment at all', () => {
	it(
		'is read whole or refused in words (generated and mutated links)',
		async () => {
			const payload: Payload = {
				content: typedContent({
					source: builtinSource,
					values: { a: true, b: 'x' },
					evidence: [],
					signatures: [],
					target: 't',
					vars: {}
				})
			};
			const good = (await shareFragment(payload, builtinSource)).fragment;
			const goodReply = await encodeReply({
				id: 'x',
				title: 't',
				role: 'Dev',
				name: 'n',
				signature: 's',
				date: 'd',
				print: 'b'.repeat(64),
				at: 1
			});
			const fragments = fc.oneof(
				fc
					.constantFrom(good, goodReply)
					.chain((seed) =>
						fc
							.array(edit(fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 4 })
							.map((edits) => applyEdits(seed, edits))
					),
				fc.string({ maxLength: 400 }).map((s) => `ss1.${s}`),
				fc.string({ maxLength: 400 }).map((s) => `sr1.${s}`),
				fc.string({ maxLength: 200 })
			);
			await fuzzAsync(
				'share link decoder: generated and mutated fragments',
				1200,
				fc.asyncProperty(fragments, async (fragment) => {
					try {
						const opened = await openFragment(`#${fragment}`, builtin);
						expect(['deployment', 'reply']).toContain(opened.kind);
					} catch (error) {
						expect(error).toBeInstanceOf(PayloadError);
						expect((error as Error).message.length).toBeGreaterThan(10);
					}
				})
			);
		},
		limit(60_000)
	);
});
