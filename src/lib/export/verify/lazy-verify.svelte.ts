// "Verify a report" as the home page holds it: nothing but this until a person picks a file,
// then the verification state and its result view load (most visits never verify).
import { tick, type Component } from 'svelte';
import type { VerifyState } from './verify-state.svelte';

export class LazyVerify {
	/** The verification state, once a file was picked. */
	state: VerifyState | null = $state(null);
	/** The result view, once loaded. */
	View: Component<{ verifier: VerifyState }> | null = $state(null);
	/** Why verifying could not even start (its code did not load), in words; '' when it did. */
	problem = $state('');

	get busy(): boolean {
		return this.state?.busy ?? false;
	}

	async verify(file: File): Promise<void> {
		try {
			if (!this.state) {
				const [state, view] = await Promise.all([
					import('./verify-state.svelte'),
					import('./VerifyResult.svelte')
				]);
				this.state = new state.VerifyState();
				this.View = view.default;
				// The result's live region is on the page before anything is said in it.
				await tick();
			}
			this.problem = '';
			await this.state.verify(file);
		} catch (e) {
			const why = e instanceof Error ? e.message : String(e);
			this.problem = `“${file.name}” could not be verified: ${why}. Reload the page to try again.`;
		}
	}
}
