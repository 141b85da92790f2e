// Finding your place on the deployment page: which sections are folded (kept per deployment),
// whether every section is rendered yet (the page renders the first ones, then the rest), and
// moving the keyboard and the view to an item, unfolding what hides it.
import { getContext, setContext, tick } from 'svelte';
import type { Checklist } from '$lib/checklist/model';
import { readPref, writePref } from '$lib/storage/prefs';
import { sectionPaths } from './section-tasks';

export class PageNav {
	#key: string;
	#paths: ReadonlyMap<string, string[]> = sectionPaths({ sections: [] });
	/** Folded section ids, as stored. */
	folded = $state<string[]>([]);
	// A new set whenever `folded` changes: that is what makes it reactive.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	collapsed = $derived(new Set(this.folded));
	/** Set once something asked for a section the progressive render had not reached. */
	renderAll = $state(false);
	/** Whether the release verdict's list of exceptions is open. */
	exceptionsOpen = $state(false);

	constructor(deploymentId: string) {
		this.#key = `collapsed:${deploymentId}`;
		this.folded = readPref<string[]>(this.#key, []);
	}

	/** Learns where every item sits (call once the checklist is loaded). */
	setChecklist(checklist: Pick<Checklist, 'sections'>): void {
		this.#paths = sectionPaths(checklist);
	}

	/** Folds exactly these sections, and remembers it for this deployment. */
	fold(ids: string[]): void {
		this.folded = ids;
		writePref(this.#key, ids);
	}

	toggle(sectionId: string): void {
		const folded = this.collapsed.has(sectionId);
		this.fold(folded ? this.folded.filter((s) => s !== sectionId) : [...this.folded, sectionId]);
	}

	/**
	 * Unfolds what hides an item (or a section), renders it, scrolls it into view and moves the
	 * keyboard to it. Items are found by their `data-item` attribute. Resolves to false when the
	 * page has no such item.
	 */
	async reveal(id: string): Promise<boolean> {
		const path = this.#paths.get(id) ?? [];
		// Unfold every section around it; a section asked for by itself may stay folded.
		const hiding = path.filter((s) => s !== id);
		if (this.folded.some((s) => hiding.includes(s)))
			this.fold(this.folded.filter((s) => !hiding.includes(s)));
		this.renderAll = true;
		await tick();
		const target =
			document.querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"]`) ??
			document.getElementById(`h-${id}`);
		if (!target) return false;
		target.scrollIntoView({ block: 'center' });
		target.focus({ preventScroll: true });
		return true;
	}
}

/** Opens the list of exceptions and moves the view and the keyboard to it. */
export async function showExceptions(nav: PageNav): Promise<void> {
	nav.exceptionsOpen = true;
	await tick();
	const region = document.querySelector<HTMLElement>('[data-release]');
	region?.scrollIntoView({ block: 'start' });
	region?.querySelector<HTMLElement>('ul, p.muted')?.focus();
}

const key = Symbol('page-nav');

/** Hands the page's navigation to the components that fold and reveal. */
export function setPageNav(nav: PageNav): PageNav {
	return setContext(key, nav);
}

export function getPageNav(): PageNav {
	const nav = getContext<PageNav | undefined>(key);
	if (!nav) throw new Error('getPageNav() called outside a deployment page');
	return nav;
}
