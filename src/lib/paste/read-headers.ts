// Reads `curl -I https://host` for the checklist's security-header items. A pasted response
// shows every header, so a missing header is a fail. Verdicts follow the checklist's wording
// (is the header there, with the asked value); the Observatory grade and its reasons ride along.
import type { Finding } from '$lib/evidence/finding';
import type { CurlOutput, CurlResponse } from './curl-output';
import {
	cspFinding,
	hstsFinding,
	signed,
	xctoFinding,
	xfoFinding,
	xxssFinding
} from './header-findings';
import { gradeHeaders, type HeaderGrade, type HeaderTest } from './observatory';
import { statusWords } from '../probes/describe-failure';

/** Findings for the five header items, and the Observatory grade of the last response. */
export function headerFindings(curl: CurlOutput): { findings: Finding[]; grade: HeaderGrade } {
	const last = curl.responses[curl.responses.length - 1];
	const grade = gradeHeaders(last.headers);
	const test = (header: string) => grade.tests.find((t) => t.header === header) as HeaderTest;
	const note = responseNote(last, curl.responses.length);
	const details = (t: HeaderTest) => [
		...note,
		...t.reasons,
		t.header === 'x-xss-protection'
			? `Not scored by the Observatory any more; its former result name: ${t.result}.`
			: `Observatory result: ${t.result} (${signed(t.scoreModifier)}).`
	];
	const findings: Finding[] = [
		hstsFinding(test('strict-transport-security'), last, details),
		cspFinding(test('content-security-policy'), last, details),
		xfoFinding(test('x-frame-options'), last, details),
		xctoFinding(test('x-content-type-options'), last, details),
		xxssFinding(test('x-xss-protection'), last, details)
	];
	return { findings, grade };
}

function responseNote(last: CurlResponse, count: number): string[] {
	const from = count > 1 ? ` (the last of ${count} responses)` : '';
	if (last.status >= 200 && last.status < 300) return [];
	return [
		`These headers come from a ${statusWords(last.status, last.reason)} answer${from}; the page itself may send others. Add -L to follow redirects.`
	];
}
