// The one door to storage: everything outside src/lib/db imports from here.
export { onDatabaseClosed, useDatabase } from './connection';
export { describeStorageError, isQuotaError, ReadOnlyError } from './errors';
export { setEntry, watchEntries } from './entries';
export { addEvidence, EXCERPT_LIMIT, watchEvidence, type NewEvidence } from './evidence';
export {
	createRun,
	deleteRun,
	duplicateRun,
	loadRun,
	recentTargets,
	restoreRun,
	updateRun,
	watchRun,
	watchRuns,
	type DeletedRun,
	type RunPatch,
	type RunBundle,
	type TemplateInput
} from './runs';
export type { EntryRecord, EvidenceRecord, RunRecord, Signature, SignOff } from './schema';
