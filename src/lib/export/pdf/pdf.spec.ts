// Renders the filled-in built-in checklist and reads the PDF back with poppler's pdftotext.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allTasks } from '$lib/checklist/walk';
import { parentProgress } from '$lib/verdict/parent-progress';
import { naId, waiverId, writeWaiver } from '$lib/record/content.fixtures';
import { valuesOf } from '$lib/record/content.fixtures';
import { fromLegacyValues } from '$lib/record/legacy';
import { formatWithZone } from '$lib/util/dates';
import { buildPdfFont } from '../../../../scripts/vite-plugin-pdf-fonts.ts';
import type { PdfFontData } from './font-set.ts';
import { PDF_FONT_FILES } from './font-files.ts';
import { pageSizeFor, renderPdf } from './pdf.ts';
import { reportData, type ReportInput } from './report-data.ts';
import { FINGERPRINT, T0, builtinChecklist, filledInput, idOf } from './pdf.fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'shipshape-pdf-'));
let fonts: PdfFontData;

/** Runs a poppler-utils tool; fails (never skips) in one line when poppler-utils is missing. */
function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdfimages', args: string[]): string {
	const run = spawnSync(tool, args, { encoding: 'utf8' });
	if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT')
		throw new Error(`${tool} not found: install poppler-utils (apt-get install poppler-utils).`);
	if (run.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${run.stderr}`);
	return run.stdout;
}

async function render(input: ReportInput, pageSize: 'a4' | 'letter' = 'a4') {
	const bytes = await renderPdf(reportData(input), { pageSize, fonts });
	const file = join(dir, `report-${Math.random().toString(36).slice(2)}.pdf`);
	writeFileSync(file, bytes);
	return { bytes, file };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(async () => {
	const base64 = async (name: string) => (await buildPdfFont(name)).toString('base64');
	fonts = {
		regular: await base64(PDF_FONT_FILES.regular),
		bold: await base64(PDF_FONT_FILES.bold),
		cjk: await base64(PDF_FONT_FILES.cjk)
	};
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderPdf', () => {
	const input = filledInput();
	let file: string;
	let layoutText = '';
	const text = () => (layoutText ||= poppler('pdftotext', ['-layout', file, '-']));

	beforeAll(async () => {
		file = (await render(input)).file;
	});

	it('shows every task with its state in words: done with its tick time and zone, a parent’s progress, or open', () => {
		const lines = text().split('\n');
		for (const task of allTasks(input.checklist)) {
			const progress = parentProgress(task, input.decisions);
			const state =
				input.decisions.values[task.id] === true
					? 'done · 2026-11-2\\d \\d\\d:\\d\\d UTC[+-]\\d\\d:\\d\\d'
					: progress
						? `${progress.done}/${progress.total}`
						: 'open';
			// The task naming the target shows the deployment's, as the page does.
			const shown = task.text.replace('https://your-app.fly.dev', input.run.target);
			const pattern = new RegExp(`^\\s*${escape(shown)}\\s{2,}${state}\\s*$`);
			expect(
				lines.some((l) => pattern.test(l)),
				`${task.text} (${state})`
			).toBe(true);
		}
	});

	it('keeps names in Latin, Greek and Chinese script intact', () => {
		for (const name of ['Zoë Łukasiewicz', '李雷', 'Ωmega', '第二阶段：明天迁移数据库。'])
			expect(text()).toContain(name);
	});

	it('states the score against the pass mark with Pass or Fail', () => {
		expect(text()).toMatch(/Overall Score\s+21 \/ 25\s+Pass/);
		expect(text()).toContain('pass mark 20 / 25');
	});

	it('prints the fingerprint and the page number on every page', () => {
		const pages = text()
			.split('\f')
			.filter((p) => p.trim()).length;
		expect(pages).toBeGreaterThan(2);
		for (let n = 1; n <= pages; n++) {
			const page = poppler('pdftotext', ['-f', `${n}`, '-l', `${n}`, '-layout', file, '-']);
			expect(page).toContain(FINGERPRINT);
			expect(page).toContain(`Page ${n} of ${pages}`);
		}
	});

	it('embeds the drawn signature as an image and writes the typed one', () => {
		expect(poppler('pdfinfo', [file])).toMatch(/Page size:\s+595\.28 x 841\.89/);
		expect(text()).toMatch(/Developer\s+Zoë Łukasiewicz\s+Zoë Ł\.\s+2026-11-26/);
		const images = poppler('pdfimages', ['-list', file]);
		expect(images).toMatch(/\b60\s+20\b/);
	});

	it('lists commands with the deployment values and the evidence with verdicts', () => {
		expect(text()).toContain('fly ssh console --app shipshape-demo');
		expect(text()).toMatch(/fail\s+Latency|fail\s+Health/);
		expect(text()).toContain('Median 84 ms over 10 samples.');
	});
});

describe('renderPdf page 1: the release verdict', () => {
	const input = filledInput();
	const latency = idOf(input.checklist, 'Health check response < 50ms');
	const google = idOf(input.checklist, 'GOOGLE_API_KEY (if using Google/Gemini)');
	const waived = idOf(input.checklist, 'Database created and accessible');
	const lines = Array.from({ length: 52 }, (_, i) => `x-header-${i}: value ${i}`);
	const values = {
		...valuesOf(input),
		[google]: false,
		[naId(google)]: 'We use OpenAI only',
		[waived]: false,
		[idOf(input.checklist, 'LLM provider API key set:')]: false,
		[idOf(input.checklist, 'LLM_PROVIDER set correctly')]: false,
		[waiverId(`open:${waived}`)]: writeWaiver({
			reason: 'The database is managed by the platform team.',
			by: 'Ωmega',
			at: T0
		})
	};
	const evidence = [
		...input.evidence,
		{
			itemIds: [],
			source: 'paste:headers',
			key: 'header:csp',
			verdict: 'pass' as const,
			summary: 'CSP present.',
			at: T0 + 4_000_000,
			excerpt: lines.join('\n')
		}
	];
	let file: string;
	const page = (n: number) =>
		poppler('pdftotext', ['-f', `${n}`, '-l', `${n}`, '-layout', file, '-']).replace(/\s+/g, ' ');
	const all = () => poppler('pdftotext', ['-layout', file, '-']).replace(/\s+/g, ' ');

	beforeAll(async () => {
		file = (await render({ ...input, decisions: fromLegacyValues(values), evidence })).file;
	});

	it('leads with the verdict and lists the failing probe before the first section', () => {
		const first = page(1);
		expect(first).toContain('Release verdict: Not ready');
		const failing = first.indexOf(
			'Failing check: Health check response < 50ms — Failed: Median 84 ms over 10 samples.'
		);
		expect(failing).toBeGreaterThan(0);
		const section = all().indexOf('Code & Dependencies');
		expect(failing).toBeLessThan(section);
		expect(latency).toBeTruthy();
	});

	it('lists the waiver with its reason, who and when (with the zone), and how to verify', () => {
		const first = page(1);
		expect(first).toContain('Waivers (1)');
		expect(first).toContain('Reason: The database is managed by the platform team.');
		expect(first).toContain(`Waived by Ωmega, ${formatWithZone(T0)}`);
		expect(first).toContain('Verify a report');
	});

	it('prints an N/A task as N/A with its reason, and a partly done parent with its progress', () => {
		const text = all();
		expect(text).toMatch(
			/GOOGLE_API_KEY \(if using Google\/Gemini\) — not applicable: We use (N\/A )?OpenAI only/
		);
		expect(text).toMatch(/Gemini\).{0,40}N\/A/);
		expect(text).toMatch(/LLM provider API key set: 2\/3/);
	});

	it('shows pasted output in the appendix, cut to 40 lines with a note', () => {
		const text = all();
		expect(text).toContain('Pasted headers (curl -sI)');
		expect(text).toContain('x-header-39: value 39');
		expect(text).not.toContain('x-header-40');
		expect(text).toContain('(cut: 12 more lines)');
	});
});

describe('renderPdf with long and unusual text', () => {
	const long = 'Staged rollout across regions with a canary first and checks after each step. ';
	const checklist = builtinChecklist();
	const list = checklist.sections[0].sections[0].sections[0].blocks.find((b) => b.kind === 'list');
	if (list?.kind !== 'list') throw new Error('expected a task list');
	list.items.push({
		kind: 'task',
		id: 'task-long',
		text: long.repeat(12).trim(),
		inline: [{ t: 'text', v: long.repeat(12).trim() }],
		checked: false,
		mark: 0,
		blocks: [],
		children: []
	});
	const input = filledInput(checklist);
	const notes = idOf(checklist, 'Notes');
	const contact = idOf(checklist, 'Database Admin');
	const url = `https://example.com/${'a1b2c3d4'.repeat(40)}`;
	const values = {
		...valuesOf(input),
		'task-long': true,
		[contact]: url,
		[notes]: `Rocket 🚀 and 한국어 and \u0007 bell, then the rest of the line.\n${'数据库迁移已完成，监控正常。'.repeat(30)}`
	};
	let file: string;
	let layoutText = '';
	const text = () => (layoutText ||= poppler('pdftotext', ['-layout', file, '-']));

	beforeAll(async () => {
		file = (
			await render({
				...input,
				decisions: fromLegacyValues(values),
				times: { ...input.times, 'task-long': T0 }
			})
		).file;
	});

	it('keeps every word inside the page margins', () => {
		const bbox = poppler('pdftotext', ['-bbox', file, '-']);
		const words = [
			...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/g)
		];
		expect(words.length).toBeGreaterThan(500);
		for (const [, x0, y0, x1, y1] of words) {
			expect(Number(x0)).toBeGreaterThanOrEqual(49);
			expect(Number(x1)).toBeLessThanOrEqual(595.28 - 49);
			expect(Number(y0)).toBeGreaterThanOrEqual(40);
			expect(Number(y1)).toBeLessThanOrEqual(841.89 - 20);
		}
	});

	it('wraps a long task, a long address and Chinese text without losing any of it', () => {
		const flat = text().replace(/\s+/g, ' ');
		expect(flat).toContain(long.repeat(12).trim().slice(0, 200));
		expect(text().replace(/\s+/g, '')).toContain(url);
		expect(text().replace(/\s+/g, '')).toContain('数据库迁移已完成，监控正常。'.repeat(30));
	});

	it('shows what no font has as a replacement mark and keeps the rest of the line', () => {
		expect(text()).toMatch(/Rocket \S+ and \S+ and +bell, then the rest of the line\./);
	});
});

describe('renderPdf output', () => {
	it('is the same for the same data and changes when a value changes', async () => {
		const input = filledInput();
		const a = await render(input);
		const b = await render(input);
		expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
		const version = idOf(input.checklist, 'Version');
		const changed = await render({
			...input,
			decisions: fromLegacyValues({ ...valuesOf(input), [version]: '1.4.3' })
		});
		expect(Buffer.from(changed.bytes).equals(Buffer.from(a.bytes))).toBe(false);
		expect(poppler('pdftotext', ['-layout', changed.file, '-'])).toContain('1.4.3');
	});

	it('lays out US Letter pages', async () => {
		const { file } = await render(filledInput(builtinChecklist(), 0), 'letter');
		expect(poppler('pdfinfo', [file])).toMatch(/Page size:\s+612 x 792/);
	});
});

describe('pageSizeFor', () => {
	it('gives Letter for the US, Canada, Mexico, the Philippines and Letter countries of Latin America', () => {
		for (const locale of ['en-US', 'en', 'fr-CA', 'es-MX', 'fil-PH', 'es-CL', 'es-CO', 'es-VE'])
			expect(pageSizeFor(locale), locale).toBe('letter');
	});

	it('gives A4 elsewhere and for what it cannot read', () => {
		for (const locale of ['en-GB', 'de-DE', 'zh-CN', 'ja', 'es', 'pt-BR', 'not a locale'])
			expect(pageSizeFor(locale), locale).toBe('a4');
	});
});
