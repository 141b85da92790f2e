import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChecklist } from '$lib/checklist/parse';
import { normalizeSource } from '$lib/checklist/source';
import { addDays, addMonths, daysBetween, isCalendarDate } from './calendar';
import { dueStatus, followUps } from './followups';
import { addPeriod, parsePeriod } from './periods';

const source = normalizeSource(
	readFileSync(new URL('../templates/production-deployment.md', import.meta.url), 'utf8')
);
const model = parseChecklist(source);
const [dateId] = model.header;

describe('calendar arithmetic', () => {
	it('adds days across month ends, year ends and leap days', () => {
		expect(addDays('2024-01-31', 1)).toBe('2024-02-01');
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
		expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
		expect(addDays('2024-02-25', 7)).toBe('2024-03-03');
		expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
		expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
		expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
	});

	it('adds months on the same day, clamped to the month end', () => {
		expect(addMonths('2024-01-15', 1)).toBe('2024-02-15');
		expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
		expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
		expect(addMonths('2024-03-31', 1)).toBe('2024-04-30');
		expect(addMonths('2024-12-31', 1)).toBe('2025-01-31');
		expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
		expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
	});

	it('turns periods into dates: hours round up to days, a week is 7 days', () => {
		expect(addPeriod('2024-02-28', { count: 24, unit: 'hour' })).toBe('2024-02-29');
		expect(addPeriod('2024-02-28', { count: 36, unit: 'hour' })).toBe('2024-03-01');
		expect(addPeriod('2024-02-28', { count: 3, unit: 'day' })).toBe('2024-03-02');
		expect(addPeriod('2024-02-28', { count: 2, unit: 'week' })).toBe('2024-03-13');
		expect(addPeriod('2024-01-30', { count: 1, unit: 'month' })).toBe('2024-02-29');
	});

	it('counts the days it added (any date, any offset)', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }),
				fc.integer({ min: -800, max: 800 }),
				(date, n) => {
					const start = date.toISOString().slice(0, 10);
					expect(daysBetween(start, addDays(start, n))).toBe(n);
				}
			)
		);
	});

	it('knows real calendar dates', () => {
		expect(isCalendarDate('2024-02-29')).toBe(true);
		expect(isCalendarDate('2023-02-29')).toBe(false);
		expect(isCalendarDate('2024-13-01')).toBe(false);
		expect(isCalendarDate('2024-1-01')).toBe(false);
		expect(isCalendarDate('')).toBe(false);
		expect(() => addDays('someday', 1)).toThrow(/calendar date/);
	});
});

describe('parsePeriod', () => {
	it.each([
		['Post-Deployment Tasks (First 24 Hours)', { count: 24, unit: 'hour' }],
		['Post-Deployment Tasks (First Week)', { count: 1, unit: 'week' }],
		['(First 2 Weeks)', { count: 2, unit: 'week' }],
		['Post-Deployment Tasks (First Month)', { count: 1, unit: 'month' }],
		['First 3 days', { count: 3, unit: 'day' }],
		['after go-live: first three months', { count: 3, unit: 'month' }],
		['FIRST DAY', { count: 1, unit: 'day' }]
	])('reads %s', (title, period) => {
		expect(parsePeriod(title)).toEqual(period);
	});

	it.each(['Sign-Off', 'First steps', 'Weekly review', 'First many weeks', 'Firstly, a day'])(
		'ignores %s',
		(title) => expect(parsePeriod(title)).toBeNull()
	);
});

describe('followUps', () => {
	it('dates the three post-deployment sections from the header Date', () => {
		const list = followUps(model, { [dateId]: '2024-01-31' }, '2000-01-01');
		expect(list.map(({ title, period, due, open }) => ({ title, period, due, open }))).toEqual([
			{
				title: 'Post-Deployment Tasks (First 24 Hours)',
				period: 'First 24 hours',
				due: '2024-02-01',
				open: 7
			},
			{
				title: 'Post-Deployment Tasks (First Week)',
				period: 'First week',
				due: '2024-02-07',
				open: 7
			},
			{
				title: 'Post-Deployment Tasks (First Month)',
				period: 'First month',
				due: '2024-02-29',
				open: 7
			}
		]);
		expect(list[0].tasks[0]).toEqual({
			id: expect.stringMatching(/^task-monitor-error-rates/),
			text: 'Monitor error rates',
			done: false
		});
	});

	it('marks ticked tasks done and counts the open ones', () => {
		const [first] = followUps(model, {}, '2024-01-31');
		const values = {
			[first.tasks[0].id]: true,
			[first.tasks[1].id]: 'yes',
			[first.tasks[2].id]: true
		};
		const [again] = followUps(model, values, '2024-01-31');
		expect(again.tasks.map((t) => t.done).slice(0, 3)).toEqual([true, false, true]);
		expect(again.open).toBe(5);
	});

	it('falls back to the given date when the header Date is empty or not a date', () => {
		for (const value of [undefined, '', '2023-02-29', 'next Tuesday', 4]) {
			const list = followUps(model, { [dateId]: value }, '2023-01-31');
			expect(list.map((f) => f.due)).toEqual(['2023-02-01', '2023-02-07', '2023-02-28']);
		}
	});

	it('finds periods in any section that has tasks, nested ones on their own', () => {
		const custom = parseChecklist(
			[
				'# Release',
				'',
				'**Date**: ____',
				'',
				'## After release (first 3 days)',
				'',
				'- [ ] Watch errors',
				'  - [ ] Page on-call if needed',
				'',
				'### Later: First 2 Weeks',
				'',
				'- [ ] Review costs',
				'',
				'### Extra checks',
				'',
				'- [ ] Read feedback',
				'',
				'## First month',
				'',
				'No tasks here.',
				''
			].join('\n')
		);
		const list = followUps(custom, { [custom.header[0]]: '2024-02-27' }, '2000-01-01');
		expect(list.map((f) => [f.period, f.due, f.tasks.map((t) => t.text)])).toEqual([
			['First 3 days', '2024-03-01', ['Watch errors', 'Page on-call if needed', 'Read feedback']],
			['First 2 weeks', '2024-03-12', ['Review costs']]
		]);
	});
});

describe('dueStatus', () => {
	it.each([
		['2024-02-28', 'overdue'],
		['2024-02-29', 'due-today'],
		['2024-03-01', 'due-soon'],
		['2024-03-02', 'due-soon'],
		['2024-03-03', 'later']
	] as const)('%s is %s on 2024-02-29', (due, status) => {
		expect(dueStatus(due, '2024-02-29')).toBe(status);
	});
});
