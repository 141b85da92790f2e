// The one door to storage: everything outside src/lib/db imports from here.
export { onDatabaseClosed, openDatabase, useDatabase } from './connection';
export { describeStorageError, isQuotaError, ReadOnlyError } from './errors';
export { setEntry, watchEntries } from './entries';
export {
	addEvidence,
	EXCERPT_LIMIT,
	setEvidenceExcerpt,
	watchEvidence,
	type NewEvidence
} from './evidence';
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
export { ChangedWhileSigningError, reopenRun, signRun, type SigningInput } from './signoff';
export {
	deleteTemplate,
	listTemplates,
	renameTemplate,
	restoreTemplate,
	saveTemplate,
	watchTemplates
} from './templates';
export type { TemplateRecord } from './schema';
