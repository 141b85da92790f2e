// Which version each role's signature was given to: the content fingerprint its binding records,
// compared with the content's own (verdict/content.ts), in words.
import type { Checklist } from '$lib/checklist/model';
import type { DeploymentContent } from '$lib/record/fingerprint';
import { signoffRows } from '$lib/signoff/signatures';
import { isContentPrint } from '$lib/verdict/content';

/** One line per role: "Tech Lead signed this version", "… an earlier version", "… has not signed". */
export async function signatureWords(
	model: Checklist,
	content: DeploymentContent
): Promise<string[]> {
	const rows = signoffRows(model);
	if (!rows.length) return [];
	const { values, signed } = content.decisions;
	const words = rows.map(async (row) => {
		const value = row.signatureId ? values[row.signatureId] : undefined;
		if (typeof value !== 'string' || !value.trim()) return `${row.role} has not signed.`;
		const bound = row.signatureId ? signed[row.signatureId] : undefined;
		if (typeof bound !== 'string' || !bound)
			return `${row.role} signed; which version was not recorded.`;
		return (await isContentPrint(model, content, bound))
			? `${row.role} signed this version.`
			: `${row.role} signed an earlier version (the content changed after they signed).`;
	});
	return Promise.all(words);
}
