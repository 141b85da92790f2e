// The invariants a read template must keep, whatever Markdown it came from: what the app, the
// exporter and the report importer rely on when they use the model's ids and offsets.
import { expect } from 'vitest';
import { safeHref } from '$lib/ui/safe-href';
import type { readTemplate } from '$lib/checklist/import';
import type { Checklist } from '$lib/checklist/model';
import { normalizeSource } from '$lib/checklist/source';
import { allFillables, allTasks } from '$lib/checklist/walk';
import { expectSentence } from './sentences';

type TemplateResult = ReturnType<typeof readTemplate>;

/** Every `id` in the model, wherever it sits (sections, items, cells, code, tables, notes). */
export function idsOf(value: unknown, into: string[] = []): string[] {
	if (Array.isArray(value)) for (const v of value) idsOf(v, into);
	else if (typeof value === 'object' && value !== null) {
		const record = value as Record<string, unknown>;
		if (typeof record.id === 'string') into.push(record.id);
		for (const [key, v] of Object.entries(record)) if (key !== 'diagnostics') idsOf(v, into);
	}
	return into;
}

/** Every link target in the model (links only: images render as text). */
function hrefsOf(value: unknown, into: string[] = []): string[] {
	if (Array.isArray(value)) for (const v of value) hrefsOf(v, into);
	else if (typeof value === 'object' && value !== null) {
		const record = value as Record<string, unknown>;
		if (record.t === 'link' && typeof record.href === 'string') into.push(record.href);
		for (const v of Object.values(record)) hrefsOf(v, into);
	}
	return into;
}

/** Asserts the model's offsets point where the exporter will write: marks, blanks and cells. */
export function expectSoundOffsets(source: string, model: Checklist): void {
	const spans: [number, number, string][] = [];
	for (const task of allTasks(model)) {
		expect(source[task.mark - 1], `task mark of “${task.text}”`).toBe('[');
		expect(source[task.mark + 1], `task mark of “${task.text}”`).toBe(']');
		expect(/[xX]/.test(source[task.mark])).toBe(task.checked);
		spans.push([task.mark, task.mark + 1, task.id]);
	}
	for (const item of allFillables(model)) {
		if (item.kind === 'task') continue;
		if (item.kind === 'notes') {
			expect(item.insertAt).toBeGreaterThanOrEqual(0);
			expect(item.insertAt).toBeLessThanOrEqual(source.length);
			continue;
		}
		const [start, end] = item.blank;
		expect(start, `blank of ${item.kind} “${item.label}”`).toBeGreaterThanOrEqual(0);
		expect(end).toBeGreaterThanOrEqual(start);
		expect(end).toBeLessThanOrEqual(source.length);
		const text = source.slice(start, end);
		if (item.kind === 'cell') expect(text).not.toContain('\n');
		else expect(text, `blank of ${item.kind} “${item.label}”`).toMatch(/^(?:_|\\_|&#95;)+$/);
		spans.push([start, end, item.id]);
	}
	spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	for (let i = 1; i < spans.length; i++) {
		const [prev, here] = [spans[i - 1], spans[i]];
		const same = here[0] === prev[0] && here[1] === prev[1];
		const apart = here[0] >= prev[1] && !same;
		expect(apart, `${prev[2]} and ${here[2]} share source offsets`).toBe(true);
	}
}

/** Asserts a readTemplate result is a usable template, or a refusal in words. */
export function expectTemplateResult(result: TemplateResult, input: string): void {
	if (!result.ok) {
		expectSentence(result.error);
		// The catch-all means an exception inside the reader: a bug, not a reason.
		expect(result.error).not.toMatch(/^This file could not be read as Markdown/);
		return;
	}
	const { source, model, summary } = result;
	expect(source).toBe(normalizeSource(input));
	expect(model.diagnostics.tasks).toBeGreaterThanOrEqual(1);
	expect(allTasks(model).length).toBeGreaterThanOrEqual(1);
	const ids = idsOf(model);
	expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
	expect(ids.every((id) => id.length > 0)).toBe(true);
	expectSoundOffsets(source, model);
	// What the page would link to: never javascript:, data:, vbscript: or file:.
	for (const href of hrefsOf(model)) {
		const shown = safeHref(href);
		if (shown !== null) expect(shown, href).toMatch(/^(https?:\/\/|mailto:)/);
	}
	expect(typeof model.title).toBe('string');
	expect(summary.length).toBeGreaterThan(0);
	for (const problem of model.diagnostics.problems ?? []) expectSentence(problem, /[.)]$/);
	// Stored in IndexedDB with each template and run: it must survive a structured clone.
	expect(structuredClone(model)).toEqual(model);
}
