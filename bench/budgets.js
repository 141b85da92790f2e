// The budgets: goals the app should meet on this kind of machine. A miss is reported, not
// fatal: the benchmark exits 0 either way (it fails only when it cannot measure).

/**
 * @typedef {object} Budget
 * @property {string} id
 * @property {string} text how the limit reads in the table, e.g. "≤ 70 kB"
 * @property {(value: number) => boolean} pass
 */

/** @type {Record<string, Budget>} */
export const BUDGETS = {
	initialJs: { id: 'initialJs', text: '≤ 70 kB', pass: (bytes) => bytes <= 70_000 },
	readyRatio: { id: 'readyRatio', text: '≤ 1.5 × floor', pass: (ratio) => ratio <= 1.5 },
	tickP95: { id: 'tickP95', text: 'p95 ≤ 16 ms', pass: (ms) => ms <= 16 },
	homeMany: { id: 'homeMany', text: '≤ 300 ms', pass: (ms) => ms <= 300 },
	importMs: { id: 'importMs', text: '≤ 200 ms', pass: (ms) => ms <= 200 },
	pdfMs: { id: 'pdfMs', text: '≤ 500 ms', pass: (ms) => ms <= 500 },
	probeError: { id: 'probeError', text: '≤ 5 ms', pass: (ms) => ms <= 5 }
};
