// What converting one document's blocks needs to know about that document.
import type { IdAllocator } from './ids.ts';
import type { Definitions } from './inline.ts';
import type { Diagnostics } from './model.ts';

/** What block conversion needs to know about the document being read. */
export interface Context {
	source: string;
	defs: Definitions;
	ids: IdAllocator;
	diagnostics: Diagnostics;
	/** Titles of the enclosing sections, outermost first. */
	path: string[];
}
