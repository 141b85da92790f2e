// Persistent storage: ask the browser not to evict Shipshape's data, and report usage.

export interface StorageStatus {
	/** Whether the browser promised to keep the data; null when it cannot say. */
	persisted: boolean | null;
	usage: number | null;
	quota: number | null;
}

/** Asks for persistent storage unless already granted; resolves to whether it is persistent. */
export async function requestPersistence(): Promise<boolean> {
	try {
		if (!navigator.storage?.persist) return false;
		if (await navigator.storage.persisted()) return true;
		return await navigator.storage.persist();
	} catch {
		return false;
	}
}

/** Reads whether storage is persistent and how much of the quota is used. */
export async function storageStatus(): Promise<StorageStatus> {
	const status: StorageStatus = { persisted: null, usage: null, quota: null };
	try {
		if (navigator.storage?.persisted) status.persisted = await navigator.storage.persisted();
		if (navigator.storage?.estimate) {
			const { usage, quota } = await navigator.storage.estimate();
			status.usage = usage ?? null;
			status.quota = quota ?? null;
		}
	} catch {
		// Some browsers refuse these in private windows: report what is unknown as unknown.
	}
	return status;
}
