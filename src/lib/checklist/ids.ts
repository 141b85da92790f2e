// Stable item ids: the same template text gives the same ids, and moving an item within its
// section keeps its id, because an id depends only on the section path and the item's own text.

/** A 32-bit FNV-1a hash of the string's UTF-16 code units, as 7 base-36 digits. */
export function shortHash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(36).padStart(7, '0');
}

/** A readable URL-safe slug of at most `max` characters ("" for text with no letters or digits). */
export function slug(text: string, max = 32): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, max)
		.replace(/-+$/, '');
}

/** Collapses whitespace and normalises Unicode so cosmetic edits do not change an id. */
function canonical(text: string): string {
	return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Hands out ids that are unique within one template. */
export class IdAllocator {
	#seen = new Map<string, number>();

	/** An id for an item of `kind` with `text`, under the section titles in `path`. */
	id(kind: string, path: readonly string[], text: string): string {
		const key = [...path, text].map(canonical).join('\u001f');
		const base = `${kind}-${slug(text) || 'item'}-${shortHash(key)}`;
		const n = (this.#seen.get(base) ?? 0) + 1;
		this.#seen.set(base, n);
		return n === 1 ? base : `${base}~${n}`;
	}
}
