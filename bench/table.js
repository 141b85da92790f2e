// Lays the rows out: aligned text for the console, Markdown for bench/README.md.

/** @typedef {import('./rows.js').Row} Row */

const HEADERS = ['Measure', 'App', 'p95', 'Floor', 'App/Floor', 'Budget', ''];

/** @param {Row} row */
function cells(row) {
	const verdict = row.pass === undefined ? '' : row.pass ? 'pass' : 'FAIL';
	return [
		row.label,
		row.app,
		row.p95 ?? '',
		row.floor ?? '',
		row.ratio ?? '',
		row.budget ?? '',
		verdict
	];
}

/**
 * The table as aligned plain text, one block per section.
 * @param {Row[]} rows
 */
export function textTable(rows) {
	const all = [HEADERS, ...rows.map(cells)];
	const widths = HEADERS.map((_, i) => Math.max(...all.map((c) => c[i].length)));
	/** @param {string[]} c */
	const line = (c) =>
		c
			.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i])))
			.join('  ')
			.trimEnd();
	const out = [line(HEADERS)];
	let section = '';
	for (const row of rows) {
		if (row.section !== section) {
			section = row.section;
			out.push('', section);
		}
		out.push(line(cells(row)));
		if (row.note) out.push(`    ↳ ${row.note}`);
	}
	return out.join('\n');
}

/**
 * The table as Markdown (one table, sections as bold rows), notes in the last column.
 * @param {Row[]} rows
 */
export function markdownTable(rows) {
	const head = [...HEADERS.slice(0, 6), 'Result', 'Note'];
	const out = [
		`| ${head.join(' | ')} |`,
		`| ${head.map((_, i) => (i === 0 || i === 7 ? '---' : '--:')).join(' | ')} |`
	];
	let section = '';
	for (const row of rows) {
		if (row.section !== section) {
			section = row.section;
			out.push(`| **${section}** |  |  |  |  |  |  |  |`);
		}
		const c = cells(row);
		c[6] = c[6] === 'FAIL' ? '**FAIL**' : c[6];
		out.push(`| ${[...c, row.note ?? ''].map((v) => v.replace(/\|/g, '\\|')).join(' | ')} |`);
	}
	return out.join('\n');
}

/**
 * The lazily loaded chunks as aligned text.
 * @param {{ module: string, loadedBy: string[], contains: string[], raw: number, gzip: number }[]} chunks
 */
export function chunkTable(chunks) {
	const rows = chunks.map((c) => [
		c.module + (c.contains.length ? ` [${c.contains.join(', ')}]` : ''),
		`${(c.gzip / 1000).toFixed(1)} kB`,
		`${(c.raw / 1000).toFixed(1)} kB`,
		c.loadedBy.join('; ') || '–'
	]);
	const head = ['Lazy chunk [contains]', 'gzip', 'raw', 'loaded by'];
	const all = [head, ...rows];
	const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
	return all
		.map((r) =>
			r.map((v, i) => (i === 1 || i === 2 ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ')
		)
		.map((l) => l.trimEnd())
		.join('\n');
}

/**
 * The lazily loaded chunks as Markdown.
 * @param {{ module: string, loadedBy: string[], contains: string[], raw: number, gzip: number }[]} chunks
 */
export function chunkMarkdown(chunks) {
	return [
		'| Lazy chunk | Contains | gzip | raw | Loaded by |',
		'| --- | --- | --: | --: | --- |',
		...chunks.map(
			(c) =>
				`| \`${c.module}\` | ${c.contains.join(', ')} | ${(c.gzip / 1000).toFixed(1)} kB | ${(c.raw / 1000).toFixed(1)} kB | ${c.loadedBy.map((m) => `\`${m}\``).join(', ')} |`
		)
	].join('\n');
}
