// Test fixtures: the built-in checklist filled in with names in several scripts, ratings,
// sign-offs (one typed, one drawn), notes and evidence. Used by the specs beside it only.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import type { Checklist, EntryValue } from '$lib/checklist/model';
import { parseChecklist } from '$lib/checklist/parse';
import { normalizeSource } from '$lib/checklist/source';
import { allFillables, allTasks } from '$lib/checklist/walk';
import { decisions } from '$lib/record/decisions';
import type { ReportInput } from './report-data.ts';

/** The built-in template, parsed. */
export function builtinChecklist(): Checklist {
	const path = new URL('../../templates/production-deployment.md', import.meta.url);
	return parseChecklist(normalizeSource(readFileSync(path, 'utf8')));
}

/** The id of the fillable item with this label (field, cell, rating, notes) or task text. */
export function idOf(checklist: Checklist, name: string): string {
	const item = allFillables(checklist).find((f) =>
		f.kind === 'task' ? f.text === name : f.label === name
	);
	if (!item) throw new Error(`No item ${name}`);
	return item.id;
}

export const T0 = Date.UTC(2026, 10, 26, 9, 0);
export const FINGERPRINT = 'a3f1c2d4e5b697881234567890abcdef0fedcba0987654321a1b2c3d4e5f6a7b';

/** A filled-in deployment of the built-in checklist; `ticked` tasks are ticked a minute apart. */
export function filledInput(checklist = builtinChecklist(), ticked = 60): ReportInput {
	const values: Record<string, EntryValue> = {};
	const times: Record<string, number> = {};
	const set = (name: string, value: EntryValue, at = T0) => {
		const id = idOf(checklist, name);
		values[id] = value;
		times[id] = at;
	};
	allTasks(checklist)
		.slice(0, ticked)
		.forEach((t, i) => set(t.text, true, T0 + i * 60_000));
	set('Date', '2026-11-26');
	set('Deployed By', 'Zoë Łukasiewicz');
	set('Version', '1.4.2');
	['Security', 'Performance', 'Monitoring', 'Documentation', 'Team Readiness'].forEach((r, i) =>
		set(r, i === 0 ? 5 : 4)
	);
	set('Developer name', 'Zoë Łukasiewicz');
	set('Developer signature', 'Zoë Ł.');
	set('Developer date', '2026-11-26');
	set('Tech Lead name', '李雷');
	set('Tech Lead signature', signaturePng());
	set('Tech Lead date', '2026-11-26');
	set('DevOps name', 'Ωmega');
	set('On-Call Engineer', '李雷 +86 10 5555 0100');
	set(
		'Notes',
		'Rolled out behind a flag.\n第二阶段：明天迁移数据库。\nΩmega watched the error rate.'
	);
	const probe = (
		key: string,
		items: string[],
		verdict: 'pass' | 'fail' | 'unknown',
		summary: string
	) => ({
		itemIds: items.map((t) => idOf(checklist, t)),
		source: 'probe:health',
		key,
		verdict,
		summary,
		at: T0 + 3_600_000
	});
	return {
		run: {
			title: 'Release 1.4.2',
			templateName: checklist.title,
			target: 'https://shipshape-demo.fly.dev',
			status: 'draft',
			vars: { app: 'shipshape-demo' }
		},
		checklist,
		decisions: decisions({ values }),
		times,
		evidence: [
			probe('health:status', ['Health check returns 200 OK'], 'pass', 'GET /health answered 200.'),
			probe(
				'health:latency',
				['Health check response < 50ms'],
				'fail',
				'Median 84 ms over 10 samples.'
			),
			probe(
				'headers:csp',
				['content-security-policy header present'],
				'unknown',
				'The browser cannot see this header; paste curl -I output.'
			)
		],
		fingerprint: FINGERPRINT,
		includeCommands: true,
		now: T0 + 7_200_000
	};
}

/** A small drawn signature: a zig-zag stroke on a transparent 60×20 PNG, as a data URL. */
export function signaturePng(): string {
	const width = 60;
	const height = 20;
	const rows: number[] = [];
	for (let y = 0; y < height; y++) {
		rows.push(0); // filter: none
		for (let x = 0; x < width; x++) {
			const ink = Math.abs(y - (10 + Math.round(7 * Math.sin(x / 4)))) <= 1;
			rows.push(20, 40, 120, ink ? 255 : 0);
		}
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(width, 0);
	ihdr.writeUInt32BE(height, 4);
	ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
	const png = Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(Buffer.from(rows))),
		chunk('IEND', Buffer.alloc(0))
	]);
	return `data:image/png;base64,${png.toString('base64')}`;
}

function chunk(type: string, data: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'latin1');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
	return Buffer.concat([head, data, crc]);
}

function crc32(bytes: Buffer): number {
	let c = ~0;
	for (const b of bytes) {
		c ^= b;
		for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
	}
	return ~c >>> 0;
}
