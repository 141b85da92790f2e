// Finding your place on the deployment page: which sections are folded (kept per deployment),
// whether every section is rendered yet (the page renders the first ones, then the rest), and
// moving the keyboard and the view to an item, unfolding what hides it.
import { getContext, setContext, tick } from 'svelte';
import type { Checklist } from '$lib/checklist/model';
import { readPref, writePref } from '$lib/storage/prefs';
import { leafSections, sectionPaths } from './section-tasks';

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
	/** Set when the keyboard should move to the exceptions once their list has loaded. */
	focusExceptions = false;
	/** Whether the outline is open (on a phone, where it hides behind a button). */
	outlineOpen = $state(false);
	/** The setup panel open under the toolbar (kept per deployment), or '' for none. */
	tool = $state('');
	#toolKey: string;

	constructor(deploymentId: string) {
		this.#key = `collapsed:${deploymentId}`;
		this.folded = readPref<string[]>(this.#key, []);
		this.#toolKey = `tool:${deploymentId}`;
		this.tool = readPref(this.#toolKey, '');
	}

	/** Opens a setup panel, or closes it when it is the open one. */
	toggleTool(name: string): void {
		this.tool = this.tool === name ? '' : name;
		writePref(this.#toolKey, this.tool);
	}

	/**
	 * Folds every section body while keeping every heading visible: the sections without
	 * subsections fold; those with subsections stay open, so their children's headings show.
	 * The folded page is its own outline.
	 */
	collapseAll(checklist: Pick<Checklist, 'sections'>): void {
		this.fold(leafSections(checklist.sections));
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
		const target = document.querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"]`);
		if (!target) return false;
		// A section's heading goes to the top (below the sticky bar); an item to the middle.
		const block = this.#paths.get(id)?.at(-1) === id ? 'start' : 'center';
		target.scrollIntoView({ block });
		target.focus({ preventScroll: true });
		// Sections off screen are laid out only once near (content-visibility), so the first
		// scroll lands on an estimate: once they are laid out, scroll again to the real place.
		await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
		target.scrollIntoView({ block });
		return true;
	}
}

/** Opens the list of exceptions and moves the view and the keyboard to it. */
export function showExceptions(nav: PageNav): void {
	const region = document.querySelector<HTMLElement>('[data-release]');
	const list = region?.querySelector<HTMLElement>('ul[aria-label="Exceptions"], p[tabindex]');
	if (nav.exceptionsOpen && list) {
		region?.scrollIntoView({ block: 'start' });
		list.focus();
		return;
	}
	// The list loads when it opens; it takes the keyboard itself once it is there.
	nav.focusExceptions = true;
	nav.exceptionsOpen = true;
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
