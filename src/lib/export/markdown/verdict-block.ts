// The top of an exported report: a GitHub alert with the release verdict, the exceptions still
// open, the waivers (reason, who, when) and the sign-off with its fingerprint. An invisible
// `<!-- shipshape-verdict -->` line before it lets the importer find and skip it; each waiver's
// "By" line ends with `<!-- waiver <key> <ms> -->`, so waivers read back exactly.
import type { Checklist } from '$lib/checklist/model';
import { allFillables } from '$lib/checklist/walk';
import { formatWithZone } from '$lib/util/dates';
import {
	exceptions,
	type Exception,
	type ExceptionKind,
	type Failing
} from '$lib/verdict/exceptions';
import { waiversOf, type Decisions, type Waiver } from '$lib/record/decisions';
import { KIND_WORDS, RELEASE_WORDS, countWords, releaseVerdict } from '$lib/verdict/release';
import { escapeInline } from './escape';

/** The invisible line that opens the block. */
export const VERDICT_COMMENT = '<!-- shipshape-verdict -->';
const ALERT = { 'not-ready': 'CAUTION', 'ready-with-waivers': 'WARNING', ready: 'NOTE' } as const;

/** What the block says about the sign-off. */
export interface SignoffInfo {
	at: number;
	fingerprint: string;
	roles: string[];
}

/** The block, from its comment line to its last quoted line. */
export function verdictBlock(
	model: Checklist,
	decisions: Decisions,
	failing: Failing,
	signoff: SignoffInfo | null,
	fill: (text: string) => string = (text) => text
): string {
	// Titles name tasks as the page shows them: a task naming the target is filled.
	const list = exceptions(model, decisions, failing).map((e) => ({ ...e, title: fill(e.title) }));
	const verdict = releaseVerdict(list, waiversOf(decisions));
	const counts = verdict.counts.map((c) => countWords(c.kind, c.count)).join(', ');
	const lines = [
		`[!${ALERT[verdict.state]}]`,
		`**Release verdict: ${RELEASE_WORDS[verdict.state]}**${counts ? ` — ${counts}.` : ''}`
	];
	if (verdict.open.length) {
		lines.push('', '**Exceptions**', '');
		for (const e of verdict.open) lines.push(`- ${exceptionLine(e)}`);
	}
	const waived = new Map(verdict.waived.map((w) => [w.exception.key, w.exception]));
	const waivers = [...waiversOf(decisions)];
	if (waivers.length) {
		lines.push('', '**Waivers**', '');
		for (const [key, waiver] of waivers) {
			const e = waived.get(key);
			const title = e
				? exceptionLine(e)
				: `${keyTitle(model, key, fill)} (resolved since; waiver kept)`;
			lines.push(`- ${title}`, ...waiverLines(key, waiver));
		}
	}
	lines.push('', ...signoffLines(signoff));
	return [VERDICT_COMMENT, ...lines.map((l) => (l ? `> ${l}` : '>'))].join('\n');
}

function capital(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Failing check: **HTTP redirects to HTTPS** — Failed: …" (open tasks and fields without detail). */
function exceptionLine(e: Exception): string {
	const kind = capital(KIND_WORDS[e.kind][0]);
	const generic: ExceptionKind[] = ['open', 'field'];
	const detail = generic.includes(e.kind) ? '' : ` — ${escapeInline(e.detail)}`;
	return `${kind}: **${escapeInline(e.title)}**${detail}`;
}

function waiverLines(key: string, w: Waiver): string[] {
	return [
		`  - Reason: ${escapeInline(w.reason)}`,
		`  - By: ${escapeInline(w.by)}, ${formatWithZone(w.at)} <!-- waiver ${key} ${w.at} -->`
	];
}

/** Names what a stored waiver's key is about when its exception is gone. */
function keyTitle(model: Checklist, key: string, fill: (text: string) => string): string {
	const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
	const item = allFillables(model).find((f) => f.id === id);
	const name = item ? (item.kind === 'task' ? fill(item.text) : item.label) : id;
	const words = KIND_WORDS[kind as ExceptionKind]?.[0];
	if (key === 'score') return capital(KIND_WORDS.score[0]);
	return `${words ? capital(words) : 'Exception'}: **${escapeInline(name)}**`;
}

function signoffLines(signoff: SignoffInfo | null): string[] {
	if (!signoff)
		return ['**Sign-off**: not signed (draft); no fingerprint vouches for this report yet.'];
	const roles = signoff.roles.length ? ` by ${escapeInline(signoff.roles.join(', '))}` : '';
	return [
		`**Sign-off**: signed ${formatWithZone(signoff.at)}${roles}.`,
		'',
		`**Fingerprint** (SHA-256): \`${signoff.fingerprint}\``,
		'',
		'To verify it, open Shipshape → “Verify a report” with this file, or recompute it as its format describes (`shipshape-fingerprint/2`; sign-offs made before December 2026 use `/1`; the content is embedded at the end of this file).'
	];
}
