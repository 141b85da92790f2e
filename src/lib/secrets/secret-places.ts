// The values of a deployment that look like secrets, and redacting them before anything is shared.
import type { EvidenceRecord } from '$lib/db';
import type { Decisions } from '$lib/record/decisions';
import { findSecrets, type SecretMatch } from './scan';

/**
 * Where a secret-looking value sits: an item's value, the reason a task is not applicable or an
 * exception waived, or a pasted output kept as evidence.
 */
export interface SecretPlace {
	itemId?: string;
	naTask?: string;
	waiverKey?: string;
	evidenceId?: string;
	/** What the person calls that place, e.g. "Notes" or "pasted output (rate limit)". */
	where: string;
	matches: SecretMatch[];
}

/** Every value and pasted excerpt of a run that holds something looking like a secret. */
export function secretPlaces(
	decisions: Pick<Decisions, 'values' | 'na' | 'waivers'>,
	evidence: readonly EvidenceRecord[],
	labelOf: (itemId: string) => string
): SecretPlace[] {
	const places: SecretPlace[] = [];
	for (const [itemId, value] of Object.entries(decisions.values)) {
		// Drawn signatures are images, not text.
		if (typeof value !== 'string' || value.startsWith('data:image/')) continue;
		const matches = findSecrets(value);
		if (matches.length) places.push({ itemId, where: labelOf(itemId), matches });
	}
	for (const [naTask, reason] of Object.entries(decisions.na)) {
		const matches = typeof reason === 'string' ? findSecrets(reason) : [];
		if (matches.length)
			places.push({ naTask, where: `why ${labelOf(naTask)} is not applicable`, matches });
	}
	for (const [waiverKey, w] of Object.entries(decisions.waivers)) {
		const matches = w ? findSecrets(w.reason) : [];
		if (matches.length) places.push({ waiverKey, where: 'a waiver’s reason', matches });
	}
	for (const e of evidence) {
		if (!e.source.startsWith('paste:') || !e.excerpt) continue;
		const matches = findSecrets(e.excerpt);
		if (matches.length)
			places.push({ evidenceId: e.id, where: `pasted output (${e.source.slice(6)})`, matches });
	}
	return places;
}
