// The top section renders its first subsection at once (below the verdict and the setup bar it
// is all the first screen has room for) and the rest a few per frame, so the first screen (with
// its stored ticks) shows and responds without waiting for the rest.
import { onMount } from 'svelte';
import { renderingInParts, whenPageReady } from '$lib/util/perf';

const FIRST = 1;
const PER_FRAME = 2;

/**
 * How many of a section's `total()` subsections to render: all of them, or for the top section
 * one at first and more each frame once the page is ready. Call it while a component starts.
 */
export function shownInParts(top: boolean, total: () => number): { readonly count: number } {
	let shown = $state(top ? FIRST : Infinity);
	onMount(() => {
		if (shown >= total()) return;
		const done = renderingInParts();
		let frame = 0;
		let stopped = false;
		const more = () => {
			if (stopped) return;
			shown += PER_FRAME;
			if (shown < total()) frame = requestAnimationFrame(() => setTimeout(more, 0));
			else done();
		};
		// The rest begins once the first screen is shown (the page's ready mark).
		whenPageReady(() => (frame = requestAnimationFrame(() => setTimeout(more, 0))));
		return () => {
			stopped = true;
			cancelAnimationFrame(frame);
			done();
		};
	});
	return {
		get count() {
			return shown;
		}
	};
}
