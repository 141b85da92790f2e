// The values of a deployment that look like secrets, and redacting them before anything is shared.
import type { EntryValue } from '$lib/checklist/model';
import type { EvidenceRecord } from '$lib/db';
import { isSignatureBindingId } from '$lib/record/keys';
import { findSecrets, type SecretMatch } from './scan';

/** Where a secret-looking value sits: an item's value or a pasted output kept as evidence. */
export interface SecretPlace {
	itemId?: string;
	evidenceId?: string;
	/** What the person calls that place, e.g. "Notes" or "pasted output (rate limit)". */
	where: string;
	matches: SecretMatch[];
}

/** Every value and pasted excerpt of a run that holds something looking like a secret. */
export function secretPlaces(
	values: Readonly<Record<string, EntryValue | undefined>>,
	evidence: readonly EvidenceRecord[],
	labelOf: (itemId: string) => string
): SecretPlace[] {
	const places: SecretPlace[] = [];
	for (const [itemId, value] of Object.entries(values)) {
		// Drawn signatures are images, not text.
		if (typeof value !== 'string' || value.startsWith('data:image/')) continue;
		// A signature binding is a fingerprint (hex), not something a person typed.
		if (isSignatureBindingId(itemId)) continue;
		const matches = findSecrets(value);
		if (matches.length) places.push({ itemId, where: labelOf(itemId), matches });
	}
	for (const e of evidence) {
		if (!e.source.startsWith('paste:') || !e.excerpt) continue;
		const matches = findSecrets(e.excerpt);
		if (matches.length)
			places.push({ evidenceId: e.id, where: `pasted output (${e.source.slice(6)})`, matches });
	}
	return places;
}
