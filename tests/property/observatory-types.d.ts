// Types for the parts of @mdn/mdn-http-observatory (plain JavaScript) and jsdom the differential
// test uses; neither ships declarations.
declare module '@mdn/mdn-http-observatory/src/scanner/index.js' {
	/** The package's scan: fetches http:// and https:// of the host, runs every test, scores. */
	export function scan(hostname: string): Promise<{
		scan: { grade: string; score: number };
		tests: Record<string, { result: string | null; pass: boolean; scoreModifier: number }>;
	}>;
}

declare module '@mdn/mdn-http-observatory/src/grader/charts.js' {
	export const SCORE_TABLE: Map<string, { modifier: number }>;
	export const GRADE_CHART: Map<number, string>;
	export const MINIMUM_SCORE_FOR_EXTRA_CREDIT: number;
}

declare module '@mdn/mdn-http-observatory/src/constants.js' {
	export const ALL_TESTS: ((requests: unknown) => { result: string | null; pass: boolean })[];
	export const ALL_RESULTS: { name: string }[];
}

declare module '@mdn/mdn-http-observatory/package.json' {
	export const version: string;
}

declare module 'jsdom' {
	export class JSDOM {
		constructor(html?: string);
		window: { DOMParser: typeof DOMParser };
	}
}
