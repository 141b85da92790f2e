// Deferring work that no first screen needs until the browser has nothing better to do.

/** Runs `work` after the page has loaded and the browser is idle (at most 2 s later). */
export function whenIdle(work: () => void): void {
	const idle = () =>
		'requestIdleCallback' in window
			? requestIdleCallback(work, { timeout: 2000 })
			: setTimeout(work, 200);
	if (document.readyState === 'complete') idle();
	else addEventListener('load', idle, { once: true });
}
