// Turns the measured results into the rows of the table, with each budget judged next to the
// figure it applies to. One place decides what the table shows; the renderers only lay it out.
import { BUDGETS } from './budgets.js';

/**
 * @typedef {object} Row
 * @property {string} section
 * @property {string} label
 * @property {string} app the app's figure (median for timings)
 * @property {string} [p95]
 * @property {string} [floor]
 * @property {string} [ratio] app / floor
 * @property {string} [budget]
 * @property {boolean} [pass]
 * @property {string} [note]
 */

/** @param {number | null | undefined} ms */
export const ms = (ms) =>
	ms == null ? '–' : ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
/** @param {number} bytes */
export const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

/**
 * @param {Row[]} rows
 * @param {Row} row
 * @param {keyof typeof BUDGETS} [budget]
 * @param {number} [value] the number the budget judges
 */
function add(rows, row, budget, value) {
	if (budget && value !== undefined) {
		row.budget = BUDGETS[budget].text;
		row.pass = BUDGETS[budget].pass(value);
	}
	rows.push(row);
}

/**
 * @param {any} r the results of every section that ran
 * @returns {Row[]}
 */
export function buildRows(r) {
	/** @type {Row[]} */
	const rows = [];
	if (r.bytes) {
		const section = 'Bytes (gzip, first visit: no cache, no service worker)';
		for (const [key, name] of /** @type {const} */ ([
			['home', 'Home'],
			['run', 'Deployment page']
		])) {
			const page = r.bytes[key];
			const js = page.files.filter((/** @type {any} */ f) => f.kind === 'js').length;
			add(
				rows,
				{
					section,
					label: `${name}: JavaScript (${js} files)`,
					app: kb(page.js.gzip),
					note: `${kb(page.js.raw)} raw; ${kb(page.js.gzip - page.jsBeforeReady.gzip)} of it arrived after ready`
				},
				'initialJs',
				page.js.gzip
			);
			rows.push({ section, label: `${name}: CSS`, app: kb(page.css.gzip) });
			rows.push({
				section,
				label: `${name}: everything (HTML, JS, CSS, images)`,
				app: kb(page.all.gzip),
				floor: kb(r.floor.gzip),
				ratio: (page.all.gzip / r.floor.gzip).toFixed(1)
			});
		}
	}
	if (r.precache) {
		const section = 'Bytes (gzip, first visit: no cache, no service worker)';
		const p = r.precache;
		rows.push({
			section,
			label: `Precache: ${p.entries} files, transferred (raw ${mb(p.total.raw)})`,
			app: mb(p.total.transfer),
			note: `fonts ${mb(p.fonts.transfer)}, JS ${kb(p.js.transfer)}`
		});
	}
	if (r.load) {
		const section = 'Load (median; ready = data shown and checkboxes respond)';
		for (const [mode, modeName] of [
			['online', 'online'],
			['offline', 'offline']
		])
			for (const [page, pageName] of [
				['home', 'Home'],
				['run', 'Deployment page']
			]) {
				const m = r.load[mode][page];
				const fcpRatio = m.app.fcp.median / m.floor.fcp.median;
				rows.push({
					section,
					label: `${pageName}, ${modeName}: first contentful paint`,
					app: ms(m.app.fcp.median),
					p95: ms(m.app.fcp.p95),
					floor: ms(m.floor.fcp.median),
					ratio: fcpRatio.toFixed(2)
				});
				const ratio = m.app.ready.median / m.floor.ready.median;
				add(
					rows,
					{
						section,
						label: `${pageName}, ${modeName}: ready`,
						app: ms(m.app.ready.median),
						p95: ms(m.app.ready.p95),
						floor: ms(m.floor.ready.median),
						ratio: ratio.toFixed(2),
						note: `floor ready = ${m.floor.readyBy} (the later of FCP and domInteractive)`
					},
					'readyRatio',
					ratio
				);
				if (m.app.complete)
					rows.push({
						section,
						label: `${pageName}, ${modeName}: every section rendered`,
						app: ms(m.app.complete.median),
						p95: ms(m.app.complete.p95),
						note: 'the page renders its first sections, then the rest a few per frame'
					});
			}
	}
	if (r.interaction) {
		const section = 'Interaction';
		const t = r.interaction.ticks;
		add(
			rows,
			{
				section,
				label: `Tick → durable (${t.count} ticks)`,
				app: ms(t.durable.median),
				p95: ms(t.durable.p95)
			},
			'tickP95',
			t.durable.p95
		);
		rows.push({
			section,
			label: 'Tick: click → next paint (Event Timing, clicks ≥ 16 ms)',
			app: ms(t.slowEvents.duration?.median),
			p95: ms(t.slowEvents.duration?.p95),
			note: `${t.slowEvents.count} of ${t.count} clicks took 16 ms or more`
		});
		const ty = r.interaction.typing;
		rows.push({
			section,
			label: `Typing ${ty.characters} characters: first key → stored`,
			app: ms(ty.total.median),
			p95: ms(ty.total.p95),
			note: `${ms(ty.perKey.median)} per key, including the driver's key dispatch`
		});
		rows.push({
			section,
			label: 'Typing: last key → stored',
			app: ms(ty.tail.median),
			p95: ms(ty.tail.p95)
		});
		rows.push({
			section,
			label: 'Typing: input delay per keystroke',
			app: ms(ty.inputDelay.median),
			p95: ms(ty.inputDelay.p95),
			note: `${ty.inputDelay.n} keystrokes; max ${ms(ty.inputDelay.max)}`
		});
		rows.push({
			section,
			label: 'Typing: keystrokes with input → paint ≥ 16 ms (Event Timing)',
			app: `${Math.round(ty.slowKeystrokes.perRun.median)} of ${ty.characters}`,
			note: `their duration: median ${ms(ty.slowKeystrokes.duration?.median)}, p95 ${ms(ty.slowKeystrokes.duration?.p95)}`
		});
	}
	if (r.scale) {
		const section = 'Scale';
		const s = r.scale;
		rows.push({
			section,
			label: 'Home ready, 1 deployment (reference, service worker on)',
			app: ms(s.homeOne.median),
			p95: ms(s.homeOne.p95)
		});
		add(
			rows,
			{
				section,
				label: `Home ready, ${s.deployments.stored} deployments`,
				app: ms(s.homeMany.median),
				p95: ms(s.homeMany.p95)
			},
			'homeMany',
			s.homeMany.median
		);
		add(
			rows,
			{
				section,
				label: 'Import 1,000 tasks: Preview → preview shown (first on the page)',
				app: ms(s.import.preview.median),
				p95: ms(s.import.preview.p95)
			},
			'importMs',
			s.import.preview.median
		);
		add(
			rows,
			{
				section,
				label: 'Import 1,000 tasks: Save template → stored and listed',
				app: ms(s.import.save.median),
				p95: ms(s.import.save.p95)
			},
			'importMs',
			s.import.save.median
		);
		rows.push({
			section,
			label: 'Import 1,000 tasks: Preview again',
			app: ms(s.import.previewAgain.median),
			p95: ms(s.import.previewAgain.p95)
		});
		rows.push({
			section,
			label: `Open: New deployment from … → ready (${s.open.tasks} tasks)`,
			app: ms(s.open.fromTemplates.median),
			p95: ms(s.open.fromTemplates.p95)
		});
		if (s.open.complete)
			rows.push({
				section,
				label: 'Open: New deployment from … → every section rendered',
				app: ms(s.open.complete.median),
				p95: ms(s.open.complete.p95)
			});
		rows.push({
			section,
			label: 'Open: load of that deployment → ready',
			app: ms(s.open.reload.median),
			p95: ms(s.open.reload.p95)
		});
	}
	if (r.export) {
		const section = `Export (filled seed checklist, ${r.export.tasks} tasks)`;
		for (const [kind, name] of [
			['pdf', 'PDF'],
			['markdown', 'Markdown']
		]) {
			const e = r.export[kind];
			for (const [when, whenName] of [
				['first', 'first on the page'],
				['repeated', 'repeated']
			])
				add(
					rows,
					{
						section,
						label: `${name}, ${whenName}`,
						app: ms(e[when].median),
						p95: ms(e[when].p95),
						note:
							when === 'first'
								? `${kb(e.file.size)} file${e.missingDownloads ? `; ${e.missingDownloads} exports started no download` : ''}`
								: undefined
					},
					kind === 'pdf' ? 'pdfMs' : undefined,
					kind === 'pdf' ? e[when].median : undefined
				);
		}
	}
	if (r.probes) {
		const section = `Probes (${r.probes.samplesPerRun} latency samples, ${r.probes.injectedMs} ms injected)`;
		const p = r.probes;
		rows.push({
			section,
			label: 'Latency median the app reports',
			app: ms(p.median.median),
			p95: ms(p.median.p95),
			note: `server held /health ${ms(p.serverHeld.median)} (median)${p.phases ? `; first byte ${ms(p.phases.ttfb)}` : ''}`
		});
		const error = Math.abs(p.median.median - p.injectedMs);
		add(
			rows,
			{ section, label: 'Latency error (|median − injected|)', app: ms(error) },
			'probeError',
			error
		);
	}
	return rows;
}
