// Tells a component whether a box's content is wider than the box, so it can show a visible
// "scroll →" cue. Measured only after the browser has laid the box out, never forcing layout of a
// section that is still off-screen (content-visibility), and again when its size or text changes.
import type { Attachment } from 'svelte/attachments';

/** Attaches to a sideways-scrolling element; `onchange` hears whether it overflows. */
export function scrollCue(onchange: (overflowing: boolean) => void): Attachment {
	return (element) => {
		let last: boolean | null = null;
		const update = () => {
			const overflowing = element.scrollWidth > element.clientWidth + 1;
			if (overflowing !== last) onchange((last = overflowing));
		};
		const resizes = new ResizeObserver(update);
		resizes.observe(element);
		const edits = new MutationObserver(update);
		edits.observe(element, { childList: true, subtree: true, characterData: true });
		return () => {
			resizes.disconnect();
			edits.disconnect();
		};
	};
}
