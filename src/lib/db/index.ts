// The one door to storage: everything outside src/lib/db imports from here.
export { onDatabaseClosed, useDatabase } from './connection';
export { describeStorageError, isQuotaError, ReadOnlyError } from './errors';
export { setEntry, watchEntries } from './entries';
export {
	createRun,
	deleteRun,
	duplicateRun,
	loadRun,
	restoreRun,
	setRunTarget,
	watchRun,
	watchRuns,
	type DeletedRun,
	type RunBundle,
	type TemplateInput
} from './runs';
export type { EntryRecord, EvidenceRecord, RunRecord } from './schema';
