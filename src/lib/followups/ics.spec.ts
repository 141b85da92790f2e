import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { FollowUp } from '$lib/verdict/followups';
import { buildIcs, escapeText, foldLine } from './ics';

const task = (id: string, text: string, done = false) => ({ id, text, done });

const followUps: FollowUp[] = [
	{
		sectionId: 'sec-first-24-h',
		title: 'Post-Deployment Tasks (First 24 Hours)',
		period: 'First 24 hours',
		due: '2024-02-29',
		tasks: [task('t1', 'Monitor error rates', true), task('t2', 'Review logs; then, triage')],
		open: 1
	},
	{
		sectionId: 'sec-first-week',
		title: 'Post-Deployment Tasks (First Week)',
		period: 'First week',
		due: '2024-12-31',
		tasks: [task('t3', 'Verify backups are working')],
		open: 1
	},
	{
		sectionId: 'sec-first-month',
		title: 'Post-Deployment Tasks (First Month)',
		period: 'First month',
		due: '2025-01-31',
		tasks: [task('t4', 'Conduct post-mortem meeting', true)],
		open: 0
	}
];

const title = 'Déploiement 1.4.2, «prod»; 李雷 🚀\nsecond line \\ backslash';
const now = new Date('2024-02-28T13:45:07.123Z');

function events(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('buildIcs', () => {
	const text = buildIcs({ runId: 'run-42', title, followUps, now });

	it('writes a publishable calendar with one all-day event per follow-up', () => {
		const { calendar, events: list } = events(text);
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('prodid')).toBe(
			'-//Shipshape//Deployment follow-ups//EN'
		);
		expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
		expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
		expect(list.map((e) => e.uid)).toEqual([
			'run-42-sec-first-24-h@shipshape',
			'run-42-sec-first-week@shipshape',
			'run-42-sec-first-month@shipshape'
		]);
		expect(
			list.map((e) => [e.startDate.isDate, e.startDate.toString(), e.endDate.toString()])
		).toEqual([
			[true, '2024-02-29', '2024-03-01'],
			[true, '2024-12-31', '2025-01-01'],
			[true, '2025-01-31', '2025-02-01']
		]);
		const stamp = list[0].component.getFirstPropertyValue('dtstamp') as ICAL.Time;
		expect(stamp.toString()).toBe('2024-02-28T13:45:07Z');
	});

	it('keeps Unicode, commas, semicolons, backslashes and newlines in the title', () => {
		const { events: list } = events(text);
		expect(list[1].summary).toBe(`Follow-up: First week after ${title}`);
		expect(list[0].description).toBe(
			'1 of 2 tasks open in “Post-Deployment Tasks (First 24 Hours)”:\n- Review logs; then, triage'
		);
		expect(list[2].description).toBe(
			'All tasks of “Post-Deployment Tasks (First Month)” are done.'
		);
	});

	it('reminds at 09:00 on the day', () => {
		const alarm = events(text).events[0].component.getFirstSubcomponent('valarm')!;
		expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
		expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('PT9H');
	});

	it('ends every line with CRLF and keeps each within 75 octets', () => {
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		const lines = text.split('\r\n').slice(0, -1);
		for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(lines.some((line) => line.startsWith(' '))).toBe(true);
	});

	it('is the same text for the same input (stable UIDs and stamp)', () => {
		expect(buildIcs({ runId: 'run-42', title, followUps, now })).toBe(text);
	});

	it('names the app in PRODID when given', () => {
		const named = buildIcs({ runId: 'r', title: 't', appName: 'Acme, Ship', followUps: [], now });
		expect(events(named).calendar.getFirstPropertyValue('prodid')).toBe(
			'-//Acme, Ship//Deployment follow-ups//EN'
		);
		expect(events(named).events).toEqual([]);
	});
});

describe('foldLine', () => {
	it('never splits a multi-byte character and unfolds to the original', () => {
		for (const filler of ['a', 'é', '李', '🚀', 'a😀é李']) {
			for (let lead = 0; lead < 4; lead++) {
				const line = 'SUMMARY:' + 'x'.repeat(lead) + filler.repeat(60);
				const folded = foldLine(line);
				const physical = folded.split('\r\n');
				for (const p of physical) {
					expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
					expect(p).not.toMatch(/[\ud800-\udbff]$|^ ?[\udc00-\udfff]/);
				}
				expect(folded.replace(/\r\n /g, '')).toBe(line);
			}
		}
	});

	it('leaves a short line alone', () => {
		expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
		expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
		expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
	});
});

describe('escapeText', () => {
	it('escapes backslash, semicolon, comma and every kind of line break', () => {
		expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
	});
});
