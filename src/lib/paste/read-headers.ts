// Reads `curl -siL https://host` for the checklist's security-header items. A pasted response
// shows every header, so a missing header is a fail. Verdicts and words come from the shared
// header rules ($lib/evidence/header-rules), as for the live probe, true to what browsers do;
// the Observatory's grade of the whole paste (headers, cookies, CORS, CORP, and the page's
// scripts when its HTML is there) rides along with its reasons and notes and never changes a
// verdict.
import type { Finding } from '$lib/evidence/finding';
import { HEADER_RULES } from '$lib/evidence/header-rules';
import { statusWords } from '$lib/evidence/words';
import { headerValues, type CurlOutput, type CurlResponse } from './curl-output';
import {
	gradeObservatory,
	observatoryInput,
	type HeaderGrade,
	type HeaderTest
} from '$lib/observatory';
import { normaliseHost } from './read-redirect';

/** True when `command` asks curl for headers only (-I, --head), so no page body was printed. */
export function headOnly(command: string): boolean {
	return /(^|\s)(-[a-zA-Z]*I[a-zA-Z]*|--head)(?=\s|$)/.test(command);
}

/** "+5", "−20", "0". */
function signed(n: number): string {
	return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
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
	const note = responseNote(last, curl.responses.length);
	// As a browser reads them: repeats of a header joined by ", ".
	const seen = (name: string) => {
		const values = headerValues(last, name);
		return values.length > 0 ? values.join(', ') : undefined;
	};
	const findings = HEADER_RULES.map((rule): Finding => {
		const { verdict, summary, details } = rule.judge(seen);
		const repeats = headerValues(last, rule.name).length;
		const test = grade.tests.find((t) => t.header === rule.name);
		const lines = [
			...note,
			...details,
			...(repeats > 1 ? [`The header is sent ${repeats} times.`] : []),
			...(test ? observatoryLines(test) : [])
		];
		return { key: rule.key, items: rule.items, verdict, summary, details: [...new Set(lines)] };
	});
	return { findings, grade };
}

/** The Observatory's reasons and result for one header, with the browser's reading when it differs. */
function observatoryLines(t: HeaderTest): string[] {
	return [
		...(t.browser ? [t.browser.note] : []),
		...t.reasons,
		t.header === 'x-xss-protection'
			? `Not scored by the Observatory any more; its former result name: ${t.result}.`
			: `Observatory result: ${t.result} (${signed(t.scoreModifier)}).`
	];
}

function responseNote(last: CurlResponse, count: number): string[] {
	const from = count > 1 ? ` (the last of ${count} responses)` : '';
	if (last.status >= 200 && last.status < 300) return [];
	return [
		`These headers come from a ${statusWords(last.status, last.reason)} answer${from}; the page itself may send others. Add -L to follow redirects.`
	];
}
