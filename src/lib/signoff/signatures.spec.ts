import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { isDrawnSignature, signoffRows, unsignedRoles } from './signatures';

const model = parseChecklist(
	readFileSync(new URL('../templates/production-deployment.md', import.meta.url), 'utf8')
);
const rows = signoffRows(model);

describe('sign-off rows', () => {
	it('are the four roles of the built-in table with their cells', () => {
		expect(rows.map((r) => r.role)).toEqual(['Developer', 'Tech Lead', 'DevOps', 'Security']);
		expect(rows.every((r) => r.nameId && r.signatureId && r.dateId)).toBe(true);
	});

	it('say which roles still miss what', () => {
		const values: Record<string, string> = {};
		for (const r of rows)
			Object.assign(values, { [r.nameId!]: 'A', [r.signatureId!]: 'A', [r.dateId!]: '2026-11-26' });
		expect(unsignedRoles(rows, values)).toEqual([]);
		values[rows[1].signatureId!] = ' ';
		delete values[rows[3].dateId!];
		expect(unsignedRoles(rows, values)).toEqual(['Tech Lead (signature)', 'Security (date)']);
	});

	it('tell drawn from typed signatures', () => {
		expect(isDrawnSignature('data:image/png;base64,iVBOR')).toBe(true);
		expect(isDrawnSignature('data:text/html,<b>')).toBe(false);
		expect(isDrawnSignature('Zoë')).toBe(false);
	});

	it('are empty for a checklist without a sign-off table', () => {
		expect(signoffRows(parseChecklist('# X\n\n- [ ] a\n'))).toEqual([]);
	});
});
