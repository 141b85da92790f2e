// Open pages register how to wait for their unsaved changes, so that a reload (for an app
// update, say) can first make sure nothing typed is lost.

type Flush = () => Promise<void>;
const flushes = new Set<Flush>();

/** Registers a page's flush; returns the function that unregisters it. */
export function registerFlush(flush: Flush): () => void {
	flushes.add(flush);
	return () => flushes.delete(flush);
}

/** Waits until every registered page has stored its changes, or `timeoutMs` passes. */
export async function flushAll(timeoutMs = 5000): Promise<boolean> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<false>(
		(resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))
	);
	const done = Promise.all([...flushes].map((f) => f())).then(() => true as const);
	try {
		return await Promise.race([done, timeout]);
	} finally {
		clearTimeout(timer);
	}
}
