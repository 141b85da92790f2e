// Reads `curl -siL https://host` for the checklist's security-header items. A pasted response
// shows every header, so a missing header is a fail. Verdicts follow the checklist's wording and
// what browsers do (is the header there, with the asked value); the Observatory's grade of the
// whole paste (headers, cookies, CORS, CORP, and the page's scripts when its HTML is there)
// rides along with its reasons and notes.
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
import { gradeObservatory, type HeaderGrade, type HeaderTest } from './observatory';
import { observatoryInput } from './observatory-site';
import { normaliseHost } from './read-redirect';
import { statusWords } from '../probes/describe-failure';

/** True when `command` asks curl for headers only (-I, --head), so no page body was printed. */
export function headOnly(command: string): boolean {
	return /(^|\s)(-[a-zA-Z]*I[a-zA-Z]*|--head)(?=\s|$)/.test(command);
}

/** Findings for the five header items, and the Observatory grade of the paste. */
export function headerFindings(
	curl: CurlOutput,
	host?: string,
	command = ''
): { findings: Finding[]; grade: HeaderGrade } {
	const last = curl.responses[curl.responses.length - 1];
	const asked = host ?? curl.request?.host;
	const bodyPasted = !headOnly(command) && (last.body !== '' || /(^|\s)-[a-zA-Z]*i/.test(command));
	const grade = gradeObservatory(
		observatoryInput({
			host: asked ? normaliseHost(asked) : null,
			https: curl.responses,
			bodyPasted
		})
	);
	// The checklist's verdicts follow browsers where they read a header otherwise.
	const test = (header: string) => {
		const t = grade.tests.find((x) => x.header === header) as HeaderTest;
		return t.browser
			? { ...t, result: t.browser.result, reasons: [t.browser.note, ...t.reasons] }
			: t;
	};
	const note = responseNote(last, curl.responses.length);
	const details = (t: HeaderTest) => {
		const observed = grade.tests.find((x) => x.header === t.header) as HeaderTest;
		return [
			...note,
			...t.reasons,
			t.header === 'x-xss-protection'
				? `Not scored by the Observatory any more; its former result name: ${t.result}.`
				: `Observatory result: ${observed.result} (${signed(observed.scoreModifier)}).`
		];
	};
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
