// The kinds of pasted output Shipshape reads. Adding one is its module in kinds/ (with its spec),
// a line here, and a readable command that offers it (readable.ts); README.md has the contract.
import { deepHealthPaste } from './kinds/deep-health';
import { headersPaste } from './kinds/headers';
import { healthPaste } from './kinds/health';
import { httpsRedirectPaste } from './kinds/https-redirect';
import { rateLimitPaste } from './kinds/rate-limit';
import { timingsPaste } from './kinds/timings';

/** Every kind of pasted output, each read by its own module. */
export const PASTE_KINDS = [
	healthPaste,
	deepHealthPaste,
	httpsRedirectPaste,
	headersPaste,
	rateLimitPaste,
	timingsPaste
] as const;

/** What a pasted output is read as: a kind's id. */
export type PasteKind = (typeof PASTE_KINDS)[number]['id'];
