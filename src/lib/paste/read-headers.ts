// Reads `curl -I https://host` for the checklist's security-header items. A pasted response
// shows every header, so a missing header is a fail. Verdicts and words come from the shared
// header rules ($lib/evidence/header-rules), as for the live probe; the Observatory's grade and
// reasons ride along as details and never change a verdict.
import type { Finding } from '$lib/evidence/finding';
import { HEADER_RULES } from '$lib/evidence/header-rules';
import { statusWords } from '$lib/evidence/words';
import { headerValues, type CurlOutput, type CurlResponse } from './curl-output';
import { gradeHeaders, type HeaderGrade, type HeaderTest } from './observatory';

/** "+5", "−20", "0". */
function signed(n: number): string {
	return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}

/** Findings for the five header items, and the Observatory grade of the last response. */
export function headerFindings(curl: CurlOutput): { findings: Finding[]; grade: HeaderGrade } {
	const last = curl.responses[curl.responses.length - 1];
	const grade = gradeHeaders(last.headers);
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

function observatoryLines(t: HeaderTest): string[] {
	return [
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
