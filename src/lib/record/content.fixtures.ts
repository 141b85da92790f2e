// For specs that state a deployment's content with its decisions as a value map (legacy.ts), as
// links, backups and reports carry them: to typed content and back.
import type { EntryValue } from '$lib/checklist/model';
import type { DeploymentContent } from './fingerprint';
import { fromLegacyValues, toLegacyValues } from './legacy';

/** Content whose decisions are a value map. */
export type ValuesContent = Omit<DeploymentContent, 'decisions'> & {
	values: Record<string, EntryValue | undefined>;
};

/** The content with its value map read as typed decisions. */
export function typed({ values, ...rest }: ValuesContent): DeploymentContent {
	return { ...rest, decisions: fromLegacyValues(values) };
}

/** The content's decisions as a value map. */
export function valuesOf(
	content: Pick<DeploymentContent, 'decisions'>
): Record<string, EntryValue> {
	return toLegacyValues(content.decisions);
}

/** The ids older releases stored decisions under (legacy.ts reads them). */
export const naId = (taskId: string) => `na:${taskId}`;
export const waiverId = (exceptionKey: string) => `waiver:${exceptionKey}`;
export const signedId = (cellId: string) => `signed:${cellId}`;
export { legacyWaiverText as writeWaiver, readLegacyWaiver as readWaiver } from './legacy';
