// Fills a command's placeholders with a deployment's values, keeping track of which parts were
// filled (shown marked) and which placeholders are still unfilled (copying them warns first).
import type { Segment } from '$lib/ui/segments';
import type { VariableDef } from './variables';
import { findWord } from './variables';

/** The value of each variable: typed ones from `vars`, target ones from the Target URL. */
export function variableValues(
	defs: VariableDef[],
	vars: Readonly<Record<string, string>>,
	target: { base: string; host: string } | null
): Record<string, string | null> {
	const values: Record<string, string | null> = {};
	for (const def of defs) {
		const typed = vars[def.name]?.trim() || null;
		values[def.name] =
			def.source === 'target-base'
				? (target?.base ?? null)
				: def.source === 'target-host'
					? (target?.host ?? null)
					: typed;
	}
	return values;
}

/** Splits `code` into plain text and placeholder segments, each placeholder with its value. */
export function substitute(
	code: string,
	defs: VariableDef[],
	values: Record<string, string | null>
): Segment[] {
	// Longest placeholders first, so https://your-app.fly.dev wins over your-app.fly.dev.
	const patterns = defs
		.flatMap((def) => def.placeholders.map((placeholder) => ({ def, placeholder })))
		.sort((a, b) => b.placeholder.length - a.placeholder.length);
	const segments: Segment[] = [];
	let pos = 0;
	while (pos < code.length) {
		let best: { index: number; def: VariableDef; placeholder: string } | null = null;
		for (const p of patterns) {
			const index = findWord(code, p.placeholder, pos);
			if (index >= 0 && (!best || index < best.index)) best = { index, ...p };
		}
		if (!best) break;
		if (best.index > pos) segments.push({ t: 'text', v: code.slice(pos, best.index) });
		const { def, placeholder } = best;
		segments.push({
			t: 'var',
			name: def.name,
			label: def.label,
			placeholder,
			value: values[def.name] ?? null
		});
		pos = best.index + placeholder.length;
	}
	if (pos < code.length) segments.push({ t: 'text', v: code.slice(pos) });
	return segments;
}
