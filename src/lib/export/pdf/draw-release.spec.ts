import { describe, expect, it } from 'vitest';
import { releaseColor } from './draw-release.ts';
import { reportData } from './report-data.ts';
import { filledInput } from './pdf.fixtures.ts';
import { INK, VERDICT_COLOR } from './styles.ts';
import { noDecisions } from '$lib/record/decisions';

describe('the verdict on page 1 is coloured as the page colours it', () => {
	it('a new deployment is Not ready without red: only work is left to do', () => {
		const input = filledInput();
		const release = reportData({ ...input, decisions: noDecisions(), evidence: [] }).release;
		expect(release.state).toBe('not-ready');
		expect(release.tone).toBe('open');
		expect(releaseColor(release)).toEqual(INK);
	});

	it('a failing check makes it red', () => {
		const release = reportData(filledInput()).release;
		expect(release.tone).toBe('failing');
		expect(releaseColor(release)).toEqual(VERDICT_COLOR.fail);
	});

	it('ready is green, ready with waivers amber', () => {
		expect(releaseColor({ state: 'ready', tone: 'settled' })).toEqual(VERDICT_COLOR.pass);
		expect(releaseColor({ state: 'ready-with-waivers', tone: 'settled' })).toEqual(
			VERDICT_COLOR.unknown
		);
	});
});
