// Hands an exported file to the person: the system share sheet where the browser can share
// files (phones, some desktops), otherwise a download.
/**
 * "deploy-shop-prod-1.4.2-2026-11-26.pdf": the name a person gave the deployment, or app, version
 * and date, each made file-name safe.
 */
export function exportFileName(
	parts: { name?: string; app?: string; version?: string; date?: string },
	ext: string
): string {
	const clean = (s: string | undefined, max = 40) =>
		(s ?? '')
			.normalize('NFKC')
			.replace(/[^\p{L}\p{N}._-]+/gu, '-')
			.replace(/\.{2,}/g, '.')
			.slice(0, max)
			.replace(/^[-.]+|[-.]+$/g, '');
	const pieces = [
		'deploy',
		clean(parts.name, 80),
		clean(parts.app),
		clean(parts.version),
		clean(parts.date)
	].filter(Boolean);
	return `${pieces.join('-')}.${ext}`;
}

/** Saves a file through the browser's download. */
export function download(file: File): void {
	const url = URL.createObjectURL(file);
	const a = document.createElement('a');
	a.href = url;
	a.download = file.name;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// Give the download a moment to start before the URL goes away.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Whether this browser can share this file through the system share sheet. */
export function canShareFile(file: File): boolean {
	return typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
}

/** Shares the file where possible, else downloads it. */
export async function deliver(
	file: File,
	title: string
): Promise<'shared' | 'downloaded' | 'cancelled'> {
	if (canShareFile(file)) {
		try {
			await navigator.share({ files: [file], title });
			return 'shared';
		} catch (error) {
			// The person closed the share sheet: nothing to do. Anything else: fall back to a download.
			if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
		}
	}
	download(file);
	return 'downloaded';
}
