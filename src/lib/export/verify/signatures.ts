// Which version each role's signature was given to: the content fingerprint its `signed:<cell>`
// entry records, compared with the content's own (verdict/content.ts), in words.
import type { Checklist } from '$lib/checklist/model';
import type { DeploymentContent } from '$lib/record/fingerprint';
import { signoffRows } from '$lib/signoff/signatures';
import { contentFingerprint } from '$lib/verdict/content';
import { signedId } from '$lib/record/keys';

/** One line per role: "Tech Lead signed this version", "… an earlier version", "… has not signed". */
export async function signatureWords(
	model: Checklist,
	content: DeploymentContent
): Promise<string[]> {
	const rows = signoffRows(model);
	if (!rows.length) return [];
	const current = await contentFingerprint(model, content);
	return rows.map((row) => {
		const value = row.signatureId ? content.values[row.signatureId] : undefined;
		if (typeof value !== 'string' || !value.trim()) return `${row.role} has not signed.`;
		const bound = row.signatureId ? content.values[signedId(row.signatureId)] : undefined;
		if (typeof bound !== 'string' || !bound)
			return `${row.role} signed; which version was not recorded.`;
		return bound === current
			? `${row.role} signed this version.`
			: `${row.role} signed an earlier version (the content changed after they signed).`;
	});
}
