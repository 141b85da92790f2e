// "Show more" buttons: the keyboard goes on where the new items start, not back to the top.
import { tick } from 'svelte';

/**
 * After `reveal()` lists more items of `list`, moves focus to the first link of the first new
 * item (the button may be gone by then: the last page removes it).
 */
export async function revealAndFocus(list: HTMLElement | undefined, reveal: () => void) {
	const before = list?.children.length ?? 0;
	reveal();
	await tick();
	list?.children[before]?.querySelector<HTMLElement>('a[href]')?.focus();
}
