// What SecretWarning and TaskEvidence load once a value could hold a secret (see lazy-checks).
export { describeSecrets, redactSecrets } from './redact';
export { findSecrets } from './scan';
