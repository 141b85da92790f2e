// The release verdict, not-applicable marks, waivers, filled commands and pasted output through
// a Markdown export and "Import a filled report".
import { describe, expect, it } from 'vitest';
import type { EntryValue } from '$lib/checklist/model';
import { parseMarkdownTree } from '$lib/checklist/parse';
import { allFillables, allTasks, headerFields } from '$lib/checklist/walk';
import { signaturePng } from '$lib/export/pdf/pdf.fixtures';
import { decodePayload, encodePayload } from '$lib/export/share/payload';
import { formatWithZone } from '$lib/util/dates';
import { releaseGate } from '$lib/verdict/gate';
import { naId, waiverId, writeWaiver } from '$lib/record/content.fixtures';
import { typed } from '$lib/record/content.fixtures';
import { type EvidenceEntry } from './markdown';
import { builtIn, exportValues, importValues } from './markdown.fixtures';
import { readReport } from './report-import';

const { source, model } = builtIn;
const tasks = allTasks(model);
const task = (text: string) => tasks.find((t) => t.text === text)!;
const item = (label: string) =>
	allFillables(model).find((f) => f.kind !== 'task' && f.label === label)!;
const AT = Date.UTC(2026, 11, 3, 6, 26);
const redirect = task('HTTP redirects to HTTPS');
const google = task('GOOGLE_API_KEY (if using Google/Gemini)');
const sentry = task('Database created and accessible');
const urlTask = task('URL: https://your-app.fly.dev/health');

/** A seed deployment that is done but for one failing check, two N/A tasks and a drawn signature. */
function filled(): Record<string, EntryValue> {
	const values: Record<string, EntryValue> = {};
	for (const f of headerFields(model)) values[f.id] = f.input === 'date' ? '2026-12-03' : 'Zoë';
	for (const t of releaseGate(model).tasks) values[t.id] = true;
	for (const r of allFillables(model).filter((f) => f.kind === 'rating')) values[r.id] = 4;
	values[google.id] = false;
	values[naId(google.id)] = 'We use *OpenAI* | not Google';
	values[sentry.id] = false;
	values[naId(sentry.id)] = '';
	values[urlTask.id] = true;
	values[item('Tech Lead signature').id] = signaturePng();
	values[item('Tech Lead name').id] = '李雷';
	values[item('Notes').id] = 'Rolled out behind a flag.\nSecond line.';
	return values;
}

const failing: EvidenceEntry = {
	source: 'probe:headers',
	key: 'https-redirect',
	verdict: 'fail',
	summary: 'http:// answered 200, no redirect.',
	at: AT,
	itemIds: [redirect.id]
};
const target = 'https://shipshape-demo.fly.dev';
const vars = { app: 'shipshape-demo' };

async function exported(values: Record<string, EntryValue>, evidence = [failing]) {
	const payload = await encodePayload({
		content: typed({ source, values, evidence: [], signatures: [], target, vars })
	});
	return exportValues({
		source,
		model,
		values,
		evidence,
		target,
		vars,
		report: { signoff: null, payload }
	});
}

async function reimport(text: string) {
	const parts = readReport(text);
	const content = (await decodePayload(parts.content!)).content;
	return importValues(parts, builtIn, content);
}

describe('the verdict block at the top of a report', () => {
	it('leads with the verdict, the failing check before the first section, and not signed', async () => {
		const out = await exported(filled());
		expect(
			out.startsWith(
				'<!-- shipshape-verdict -->\n> [!CAUTION]\n> **Release verdict: Not ready** — 1 failing check.'
			)
		).toBe(true);
		const exceptions = out.indexOf(
			'Failing check: **HTTP redirects to HTTPS** — Failed: http\\://'
		);
		expect(exceptions).toBeGreaterThan(0);
		expect(exceptions).toBeLessThan(out.indexOf('## Pre-Deployment Checklist'));
		expect(out).toContain('> **Sign-off**: not signed (draft)');
		const [comment, quote] = parseMarkdownTree(out).children;
		expect([comment.type, quote.type]).toEqual(['html', 'blockquote']);
	});

	it('lists a waiver with its reason, who and when (with the zone), and turns the verdict', async () => {
		const values = filled();
		values[waiverId(`failing:${redirect.id}`)] = writeWaiver({
			reason: 'The CDN redirects; checked by hand <b>twice</b>.',
			by: 'Zoë Łukasiewicz',
			at: AT
		});
		const out = await exported(values);
		expect(out).toMatch(
			/^<!-- shipshape-verdict -->\n> \[!WARNING\]\n> \*\*Release verdict: Ready with waivers\*\*\n/
		);
		expect(out).toContain('>   - Reason: The CDN redirects; checked by hand \\<b>twice\\</b>.');
		expect(out).toContain(
			`>   - By: Zoë Łukasiewicz, ${formatWithZone(AT)} <!-- waiver failing:${redirect.id} ${AT} -->`
		);
		expect(formatWithZone(AT)).toMatch(/^2026-12-0\d \d\d:\d\d UTC[+-]\d\d:\d\d$/);
	});

	it('prints the fingerprint and how to verify it when signed', () => {
		const out = exportValues({
			source,
			model,
			values: {},
			report: {
				signoff: { at: AT, fingerprint: 'ab'.repeat(32), roles: ['Developer'] },
				payload: null
			}
		});
		expect(out).toContain(`> **Sign-off**: signed ${formatWithZone(AT)} by Developer.`);
		expect(out).toContain(`> **Fingerprint** (SHA-256): \`${'ab'.repeat(32)}\``);
		expect(out).toContain('Verify a report');
	});
});

describe('a report of a deployment with N/A tasks, waivers and a drawn signature', () => {
	it('holds no data: URL; the signature is named in words', async () => {
		const out = await exported(filled());
		expect(out).not.toContain('data:');
		expect(out).toContain('| Tech Lead | 李雷 | (drawn signature, see PDF) |');
	});

	it('keeps N/A tasks unticked and says N/A and why', async () => {
		const out = await exported(filled());
		expect(out).toContain(
			'- [ ] `GOOGLE_API_KEY` (if using Google/Gemini) — **N/A**: We use \\*OpenAI\\* \\| not Google\n'
		);
		expect(out).toContain('- [ ] Database created and accessible — **N/A**\n');
	});

	it('fills commands and the task naming the target with the deployment’s values', async () => {
		const out = await exported(filled());
		expect(out).not.toContain('your-app-name');
		expect(out).not.toContain('https://your-app.fly.dev');
		expect(out).toContain('fly ssh console --app shipshape-demo');
		expect(out).toContain('curl https://shipshape-demo.fly.dev/health\n');
		expect(out).toContain('  - [x] URL: `https://shipshape-demo.fly.dev/health`');
		const fresh = await exported({}, []);
		expect(fresh).toContain('Open task: **URL: https\\://shipshape-demo.fly.dev/health**');
		expect(fresh).not.toContain('your-app');
	});

	it('writes the notes, not the prompt', async () => {
		const out = await exported(filled());
		expect(out).toContain('## Notes\n\nRolled out behind a flag.\\\nSecond line.\n');
		expect(out).not.toContain('_Use this space');
	});

	it('reads back every value, N/A mark and waiver, and the drawn signature from the content', async () => {
		const values = filled();
		values[waiverId(`failing:${redirect.id}`)] = writeWaiver({
			reason: 'CDN | *x*',
			by: 'Ω',
			at: AT
		});
		values[waiverId('score')] = writeWaiver({ reason: 'kept', by: 'A', at: AT + 1 });
		const back = await reimport(await exported(values));
		expect(back.problems).toEqual([]);
		expect(back.matched).toBe(back.total);
		const expected = Object.fromEntries(
			Object.entries(values).filter(
				([id]) => allFillables(model).some((f) => f.id === id) || id.includes(':')
			)
		);
		for (const t of tasks) expected[t.id] ??= false;
		expect(back.values).toMatchObject(expected);
		expect(back.values[naId(google.id)]).toBe('We use *OpenAI* | not Google');
		expect(back.values[naId(sentry.id)]).toBe('');
		expect(back.values[urlTask.id]).toBe(true);
		expect(
			Object.keys(back.values)
				.filter((k) => k.startsWith('waiver:'))
				.sort()
		).toEqual([waiverId(`failing:${redirect.id}`), waiverId('score')].sort());
	});

	it('reads a report without its verdict block and content as before (N/A marks still read)', async () => {
		const values = filled();
		const plain = exportValues({ source, model, values });
		const back = importValues(plain, builtIn);
		expect(back.values[naId(google.id)]).toBe('We use *OpenAI* | not Google');
		expect(back.values[item('Notes').id]).toBe('Rolled out behind a flag.\nSecond line.');
	});

	it('reads notes written after the prompt, as older reports have them', () => {
		const notes = item('Notes');
		const old = `${source.replace('standard process._\n', 'standard process._\n\nFrom an older app.\n')}`;
		expect(importValues(old, builtIn).values[notes.id]).toBe('From an older app.');
	});
});

describe('pasted output in the Evidence appendix', () => {
	const paste = (excerpt: string): EvidenceEntry => ({
		source: 'paste:headers',
		key: 'header:csp',
		verdict: 'pass',
		summary: 'CSP present.',
		at: AT,
		itemIds: [],
		excerpt
	});

	it('shows what was pasted as code, cut to 40 lines with a note', async () => {
		const lines = Array.from({ length: 52 }, (_, i) => `x-header-${i}: value ${i}`);
		const out = await exported({}, [paste(lines.join('\n'))]);
		expect(out).toContain('Pasted headers (curl -sI): CSP present.');
		expect(out).toContain('    x-header-39: value 39\n    ```\n\n    (cut: 12 more lines)');
		expect(out).not.toContain('x-header-40');
	});

	it('shows one paste once, though it gave several findings', async () => {
		const excerpt = 'HTTP/2 200\nx-frame-options: DENY';
		const out = await exported({}, [paste(excerpt), { ...paste(excerpt), key: 'header:xfo' }]);
		expect(out.split('x-frame-options: DENY')).toHaveLength(2);
		expect(out.split('Pasted headers (curl -sI): CSP present.')).toHaveLength(3);
	});

	it('never lets pasted text close its code block or become HTML', async () => {
		const out = await exported({}, [
			paste('HTTP/2 200\n```\n<script>x</script>\n- [ ] not a task')
		]);
		const code = parseMarkdownTree(out).children.flatMap(function visit(n): string[] {
			if (n.type === 'code') return [n.value];
			return 'children' in n ? n.children.flatMap(visit) : [];
		});
		expect(code).toContain('HTTP/2 200\n```\n<script>x</script>\n- [ ] not a task');
		expect((await reimport(out)).problems).toEqual([]);
	});
});

describe('a partly done parent', () => {
	const parent = task('LLM provider API key set:');

	it('ends its line with its progress, as the page shows it, and reads back', async () => {
		const values: Record<string, EntryValue> = {
			[parent.children[0].id]: true,
			[naId(parent.children[1].id)]: 'Not used'
		};
		const out = await exported(values, []);
		expect(out).toContain('- [ ] LLM provider API key set: — 2/3 done\n');
		const back = await reimport(out);
		expect(back.problems).toEqual([]);
		expect(back.values[parent.id]).toBe(false);
		expect(back.values[naId(parent.children[1].id)]).toBe('Not used');
	});
});
