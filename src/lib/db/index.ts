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
export { createDeployment, duplicateDeployment, type TemplateInput } from './create-deployment';
export {
	loadDeployment,
	recentTargets,
	updateDeployment,
	watchDeployment,
	watchDeployments,
	type DeploymentPatch,
	type DeploymentBundle
} from './deployments';
export { deleteDeployment, restoreDeployment, type DeletedDeployment } from './delete-deployment';
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
