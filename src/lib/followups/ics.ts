// Follow-ups as an iCalendar file (RFC 5545), so the post-deployment tasks land in the
// calendar people already watch. One all-day event per follow-up, with a reminder that morning.
import { addDays } from '$lib/verdict/calendar';
import type { FollowUp } from '$lib/verdict/followups';

/** What a calendar file is made from. */
export interface IcsInput {
	runId: string;
	/** The deployment's name, e.g. "Production Deployment Checklist 1.4.2". */
	title: string;
	appName?: string;
	followUps: FollowUp[];
	/** The moment the file is made (DTSTAMP). */
	now: Date;
}

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into physical lines of at most 75 octets, never inside a character. */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		// Continuation lines start with a space, which counts towards their 75 octets.
		if (octets + size > MAX_OCTETS) {
			parts.push(current);
			current = ' ';
			octets = 1;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n');
}

function compactDate(date: string): string {
	return date.replace(/-/g, '');
}

function utcStamp(now: Date): string {
	return now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

function describe(followUp: FollowUp): string {
	const open = followUp.tasks.filter((t) => !t.done);
	const total = followUp.tasks.length;
	if (!open.length) return `All tasks of “${followUp.title}” are done.`;
	const tasks = total === 1 ? 'task' : 'tasks';
	const heading = `${open.length} of ${total} ${tasks} open in “${followUp.title}”:`;
	return [heading, ...open.map((t) => `- ${t.text}`)].join('\n');
}

function event(input: IcsInput, followUp: FollowUp, stamp: string): string[] {
	const summary = `Follow-up: ${followUp.period} after ${input.title}`;
	return [
		'BEGIN:VEVENT',
		`UID:${escapeText(`${input.runId}-${followUp.sectionId}@shipshape`)}`,
		`DTSTAMP:${stamp}`,
		`DTSTART;VALUE=DATE:${compactDate(followUp.due)}`,
		`DTEND;VALUE=DATE:${compactDate(addDays(followUp.due, 1))}`,
		`SUMMARY:${escapeText(summary)}`,
		`DESCRIPTION:${escapeText(describe(followUp))}`,
		'TRANSP:TRANSPARENT',
		'BEGIN:VALARM',
		'ACTION:DISPLAY',
		`DESCRIPTION:${escapeText(summary)}`,
		// An all-day event starts at local midnight, so nine hours later is 09:00 that day.
		'TRIGGER;RELATED=START:PT9H',
		'END:VALARM',
		'END:VEVENT'
	];
}

/** An iCalendar file with one all-day event (and a 09:00 reminder) per follow-up. */
export function buildIcs(input: IcsInput): string {
	const app = input.appName ?? 'Shipshape';
	const stamp = utcStamp(input.now);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:-//${escapeText(app)}//Deployment follow-ups//EN`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		...input.followUps.flatMap((f) => event(input, f, stamp)),
		'END:VCALENDAR'
	];
	return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
