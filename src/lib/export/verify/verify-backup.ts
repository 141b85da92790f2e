// "Verify a report" for a backup file: for each signed deployment in it, recompute the
// fingerprint from its records and compare it with the one recorded at sign-off, and say which
// version each role signed.
import { parseBackup } from '$lib/record/backup-format';
import { deploymentContent, fingerprint, isFingerprintOf } from '$lib/record/fingerprint';
import { legacyDecision } from '$lib/record/legacy';
import { signatureWords } from './signatures';
import type { Verification } from './verify-report';

/** One verification per signed deployment, or a refusal in words. */
export async function verifyBackup(
	text: string
): Promise<{ ok: true; results: Verification[]; unsigned: number } | { ok: false; error: string }> {
	const parsed = parseBackup(text);
	if (!parsed.ok) return parsed;
	const { data } = parsed.file;
	const results: Verification[] = [];
	let unsigned = 0;
	for (const run of data.runs) {
		const signoff = run.status === 'signed' ? run.signoff : null;
		if (!signoff) {
			unsigned++;
			continue;
		}
		const snapshot = data.snapshots.find((s) => s.id === run.snapshotId)!;
		const content = deploymentContent(
			run,
			snapshot,
			data.entries.filter((e) => e.runId === run.id).map((e) => legacyDecision(e.itemId, e.value)),
			data.evidence.filter((e) => e.runId === run.id),
			signoff.signatures
		);
		const recomputed = await fingerprint(content);
		const ok = await isFingerprintOf(content, signoff.fingerprint);
		const who = signoff.signatures.map((s) => `${s.role} (${s.name})`).join(', ');
		results.push({
			ok,
			title: run.title,
			headline: ok
				? `Verified: its records match the fingerprint ${signoff.fingerprint.slice(0, 12)}… recorded at sign-off.`
				: `Its records do not match the fingerprint recorded at sign-off (${signoff.fingerprint.slice(0, 12)}…, now ${recomputed.slice(0, 12)}…): they were changed after signing.`,
			lines: [
				...(who ? [`Signed by ${who}.`] : []),
				...(await signatureWords(snapshot.model, content))
			]
		});
	}
	return { ok: true, results, unsigned };
}
