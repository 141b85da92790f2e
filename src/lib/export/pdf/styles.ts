// The report's type scale and colours, one object per style (spans of the same style merge).
import type { Verdict } from '$lib/evidence/finding';
import type { Color, Style } from './wrap.ts';

export const INK: Color = [26, 31, 41];
export const MUTED: Color = [91, 100, 114];
export const RULE: Color = [200, 205, 214];
export const SHADE: Color = [243, 245, 248];
export const CODE_BG: Color = [240, 242, 246];

export const VERDICT_COLOR: Record<Verdict, Color> = {
	pass: [26, 127, 55],
	fail: [198, 40, 40],
	unknown: [154, 103, 0],
	error: [130, 80, 223]
};

export const TITLE: Style = { face: 'bold', size: 18, color: INK };
export const HEADINGS: Record<number, Style> = {
	1: { face: 'bold', size: 14, color: INK },
	2: { face: 'bold', size: 13, color: INK },
	3: { face: 'bold', size: 11, color: INK },
	4: { face: 'bold', size: 10, color: INK }
};
export const BODY: Style = { face: 'regular', size: 9.5, color: INK };
export const BODY_BOLD: Style = { face: 'bold', size: 9.5, color: INK };
export const BODY_CODE: Style = { face: 'mono', size: 9, color: INK };
export const SMALL: Style = { face: 'regular', size: 8, color: MUTED };
export const SMALL_BOLD: Style = { face: 'bold', size: 8, color: INK };
export const LABEL: Style = { face: 'regular', size: 8.5, color: MUTED };
export const CODE: Style = { face: 'mono', size: 8, color: INK };
export const FOOTER: Style = { face: 'regular', size: 7, color: MUTED };
export const FOOTER_MONO: Style = { face: 'mono', size: 7, color: MUTED };
export const PASS: Style = { face: 'bold', size: 9.5, color: VERDICT_COLOR.pass };
export const FAIL: Style = { face: 'bold', size: 9.5, color: VERDICT_COLOR.fail };

/** A bold small style in a verdict's colour. */
export const VERDICT_STYLE: Record<Verdict, Style> = {
	pass: { face: 'bold', size: 8, color: VERDICT_COLOR.pass },
	fail: { face: 'bold', size: 8, color: VERDICT_COLOR.fail },
	unknown: { face: 'bold', size: 8, color: VERDICT_COLOR.unknown },
	error: { face: 'bold', size: 8, color: VERDICT_COLOR.error }
};

/** The line height for text of a size. */
export const leading = (size: number) => size * 1.32;
