// Ids that group evidence recorded together (one probe run, one paste).

/** A new batch id: time-ordered, random suffix. */
export function newBatchId(): string {
	return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
