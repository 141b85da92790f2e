// The open deployment's sign-off table: its roles and cells, whether each signature was given to
// the content as it is now, and who has still to sign (or sign again).
import type { DeploymentState } from '$lib/deployment/deployment-state.svelte';
import { onePer } from '$lib/util/per-object';
import { contentFingerprint, signatureState, signedContent } from './content';
import { signoffRows, unsignedRoles } from './signatures';

class SignoffView {
	#deployment: DeploymentState;
	/** The sign-off table's roles and their cells. */
	rows = $derived.by(() => (this.#deployment.model ? signoffRows(this.#deployment.model) : []));
	/** The fingerprint of the content as it is now (see content.ts); null until first worked out. */
	contentPrint = $state<string | null>(null);
	/** The same in the first format, which bindings made before typed records hold. */
	legacyPrint = $state<string | null>(null);
	/** Each role's signature: unsigned, given to this content, or to an earlier one. */
	states = $derived.by(() => {
		const prints = [this.contentPrint, this.legacyPrint];
		return this.rows.map((row) => signatureState(row, this.#deployment.decisions, prints));
	});
	/** Roles still missing something before sign-off, in words ("Tech Lead (signature)"). */
	unsigned = $derived.by(() => {
		const missing = unsignedRoles(this.rows, this.#deployment.values);
		const earlier = this.rows
			.filter((_, i) => this.states[i] === 'earlier')
			.map((r) => `${r.role} (signed an earlier version)`);
		return [...missing, ...earlier];
	});

	constructor(deployment: DeploymentState) {
		this.#deployment = deployment;
	}

	/** The content as it is now; reading it inside an effect makes the effect follow every change. */
	contentNow() {
		const { model, source, decisions, evidence, target, vars } = this.#deployment;
		return model ? signedContent(model, { source, decisions, evidence, target, vars }) : null;
	}

	/**
	 * Works out `contentPrint` for content read by contentNow(). With no signature given there is
	 * nothing to compare it with, so the hashing code is not even loaded.
	 */
	async settle(content: ReturnType<SignoffView['contentNow']>): Promise<void> {
		const values = this.#deployment.values;
		const signed = this.rows.some((r) => {
			const signature = r.signatureId ? values[r.signatureId] : '';
			return typeof signature === 'string' && signature.trim() !== '';
		});
		if (!content || !signed) return;
		const { fingerprint, fingerprintIn } = await import('$lib/record/fingerprint');
		this.contentPrint = await fingerprint(content);
		this.legacyPrint = await fingerprintIn(1, content);
	}

	/**
	 * Records what a signature cell's new value is given to: the content as it is now, or nothing
	 * when the signature was cleared.
	 */
	async bind(signatureCellId: string, value: string): Promise<void> {
		const deployment = this.#deployment;
		const unbind = { kind: 'signature', cell: signatureCellId, print: null } as const;
		if (!value.trim()) return deployment.decide(unbind);
		const { model, source, decisions, evidence, target, vars } = deployment;
		if (!model) return;
		const print = await contentFingerprint(model, { source, decisions, evidence, target, vars });
		deployment.decide({ ...unbind, print });
		this.contentPrint = print;
	}
}

/** The sign-off view of a deployment (one per deployment, shared). */
export const signoffView = onePer((deployment: DeploymentState) => new SignoffView(deployment));
