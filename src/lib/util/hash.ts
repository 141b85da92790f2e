// A fast, stable, non-cryptographic hash for naming content: equal texts get equal names.

/** A 53-bit hash (cyrb53) of a text, in base 36. */
function cyrb53(text: string, seed = 0): string {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The name of a text's content: its hash and its length, both in base 36. Stored snapshot ids
 * and exported report markers are made of it, so it must never change.
 */
export function contentHash(text: string): string {
	return `${cyrb53(text)}-${text.length.toString(36)}`;
}
