// One question at a time for a whole page, answered in one ConfirmDialog (see Ask.svelte), so a
// component that sometimes asks need not carry its own dialog (a checklist has a hundred tasks).
import { getContext, setContext } from 'svelte';

/** A question and the words of its confirming answer. */
export interface Question {
	title: string;
	message: string;
	confirmLabel: string;
	danger?: boolean;
}

export class Asker {
	/** The question being asked, or null. */
	current = $state.raw<Question | null>(null);
	#answer: ((yes: boolean) => void) | null = null;

	/** Asks, and resolves to the answer (false when another question replaces this one). */
	ask(question: Question): Promise<boolean> {
		this.#answer?.(false);
		this.current = question;
		return new Promise((resolve) => (this.#answer = resolve));
	}

	/** Called by the dialog. */
	answer(yes: boolean): void {
		const answer = this.#answer;
		this.#answer = null;
		this.current = null;
		answer?.(yes);
	}
}

const key = Symbol('asker');

/** Gives the page's components one Asker. */
export function setAsker(asker: Asker): Asker {
	return setContext(key, asker);
}

export function getAsker(): Asker {
	const asker = getContext<Asker | undefined>(key);
	if (!asker) throw new Error('getAsker() called outside a page that asks');
	return asker;
}
