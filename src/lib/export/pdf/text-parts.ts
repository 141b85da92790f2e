// The report's text from a checklist's inline content and stored values: plain text of a value,
// and a task's text as parts that keep code and strong emphasis for the PDF's fonts.
import type { Inline } from '$lib/checklist/model';
import type { TextPart } from './report-types.ts';

/** A stored value as text: strings trimmed of trailing space, anything else left out. */
export function text(value: unknown): string {
	return typeof value === 'string' ? value.trimEnd() : '';
}

/** Inline content as parts: code and strong text keep their emphasis, links keep their text. */
export function textParts(inline: readonly Inline[]): TextPart[] {
	const parts = collect(inline, false);
	if (parts.length) {
		parts[0].text = parts[0].text.trimStart();
		parts[parts.length - 1].text = parts[parts.length - 1].text.trimEnd();
	}
	return parts.filter((p) => p.text !== '');
}

/** The parts of inline content, adjacent ones of one style merged; `strong` inside strong text. */
function collect(inline: readonly Inline[], strong: boolean): TextPart[] {
	const parts: TextPart[] = [];
	const push = (text: string, code: boolean, bold: boolean) => {
		const last = parts[parts.length - 1];
		if (last && !!last.code === code && !!last.strong === bold) last.text += text;
		else parts.push({ text, ...(code ? { code } : {}), ...(bold ? { strong: bold } : {}) });
	};
	for (const item of inline) {
		if (item.t === 'text') push(item.v.replace(/\s+/g, ' '), false, strong);
		else if (item.t === 'code') push(item.v, true, strong);
		else if (item.t === 'br') push(' ', false, strong);
		else if (item.t === 'image') push(item.alt, false, strong);
		else
			for (const p of collect(item.c, strong || item.t === 'strong'))
				push(p.text, !!p.code, !!p.strong);
	}
	return parts;
}
