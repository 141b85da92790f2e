// The one door to storage: everything outside src/lib/db imports from here.
export { onDatabaseClosed, openDatabase, useDatabase } from './connection';
export { describeStorageError, isQuotaError, ReadOnlyError } from './errors';
export { setRecord, setRecords, watchRecords } from './records';
export {
	addEvidence,
	EXCERPT_LIMIT,
	loadEvidence,
	setEvidenceExcerpt,
	watchEvidence,
	type NewEvidence
} from './evidence';
export {
	createDeployment,
	deleteDeployment,
	duplicateDeployment,
	loadDeployment,
	recentTargets,
	restoreDeployment,
	updateDeployment,
	watchDeployment,
	watchDeployments,
	type DeletedDeployment,
	type DeploymentPatch,
	type DeploymentBundle,
	type TemplateInput
} from './deployments';
export type {
	DeploymentRecord,
	EvidenceRecord,
	Signature,
	SignOff,
	SnapshotRecord,
	StoredRecord
} from './schema';
export {
	ChangedWhileSigningError,
	reopenDeployment,
	signDeployment,
	type SigningInput
} from './signoff';
export {
	deleteTemplate,
	listTemplates,
	renameTemplate,
	restoreTemplate,
	saveTemplate,
	watchTemplates
} from './templates';
export type { TemplateRecord } from './schema';
