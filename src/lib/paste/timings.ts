// Reads timing figures printed by curl -w: named phases ("time_total: 0.123s", "ttfb 40ms")
// or one bare number per line from a loop. A browser sees only the total duration of an
// opaque request, so the phases come from the person's terminal.
import { splitLines } from './curl-output';

/** Timing figures from a paste, in seconds. */
export interface Timings {
	/** Named phases under curl's names without "time_": namelookup, connect, appconnect, … */
	named: Record<string, number>;
	/** Bare numbers, one per line, or every total when several were printed. */
	samples: number[];
}

/** Names people give curl's phases, mapped to curl's own (cumulative from the start). */
const ALIASES: Record<string, string> = {
	namelookup: 'namelookup',
	dns: 'namelookup',
	lookup: 'namelookup',
	connect: 'connect',
	tcp: 'connect',
	appconnect: 'appconnect',
	tls: 'appconnect',
	ssl: 'appconnect',
	handshake: 'appconnect',
	pretransfer: 'pretransfer',
	redirect: 'redirect',
	starttransfer: 'starttransfer',
	ttfb: 'starttransfer',
	firstbyte: 'starttransfer',
	timetofirstbyte: 'starttransfer',
	total: 'total',
	totaltime: 'total'
};

const NUMBER = String.raw`(\d+(?:[.,]\d+)?|\.\d+)`;
const UNIT = String.raw`(ms|msec|s|sec|secs|seconds)?`;
const PAIR = new RegExp(
	String.raw`([A-Za-z][A-Za-z_ -]{0,40}?)\s*[:=]\s*${NUMBER}\s*${UNIT}(?![\w.])`,
	'g'
);
// These run on trimmed lines: with a single whitespace quantifier before the end they cannot
// backtrack quadratically (a number followed by many spaces and a letter once took seconds).
const SPACED = new RegExp(String.raw`^([A-Za-z][A-Za-z_-]*)\s+${NUMBER}\s*${UNIT}$`);
const BARE = new RegExp(String.raw`^${NUMBER}\s*${UNIT}$`);
/** "200 0.123" from -w '%{http_code} %{time_total}\n'. */
const CODE_AND_TIME = new RegExp(String.raw`^[1-5]\d\d\s+${NUMBER}\s*${UNIT}$`);

/** Parses timing output; null when it holds no timing figure. */
export function parseTimings(text: string): Timings | null {
	const named: Record<string, number> = {};
	const samples: number[] = [];
	const totals: number[] = [];
	for (const raw of splitLines(text)) {
		const line = raw.trim();
		const bare = BARE.exec(line) ?? CODE_AND_TIME.exec(line);
		if (bare) {
			const value = seconds(bare[1], bare[2]);
			if (Number.isFinite(value)) samples.push(value);
			continue;
		}
		for (const [name, value] of pairsIn(line)) {
			if (name === 'total') totals.push(value);
			if (!(name in named)) named[name] = value;
		}
	}
	if (totals.length > 1) samples.push(...totals);
	if (samples.length === 0 && Object.keys(named).length === 0) return null;
	return { named, samples };
}

function pairsIn(line: string): [string, number][] {
	const pairs: [string, number][] = [];
	for (const match of line.matchAll(PAIR)) {
		const name = canonical(match[1]);
		const value = seconds(match[2], match[3]);
		if (name && Number.isFinite(value)) pairs.push([name, value]);
	}
	if (pairs.length > 0) return pairs;
	const spaced = SPACED.exec(line);
	const name = spaced ? canonical(spaced[1]) : undefined;
	const value = spaced ? seconds(spaced[2], spaced[3]) : NaN;
	return spaced && name && Number.isFinite(value) ? [[name, value]] : [];
}

/** curl's name for a label, or undefined when the label is not a timing phase. */
function canonical(label: string): string | undefined {
	const whole = label.toLowerCase().replace(/[\s_-]+/g, '');
	if (whole in ALIASES) return ALIASES[whole];
	const key = whole.replace(/^time/, '');
	return key in ALIASES ? ALIASES[key] : undefined;
}

function seconds(number: string, unit: string | undefined): number {
	const value = Number(number.replace(',', '.'));
	return unit && unit.startsWith('ms') ? value / 1000 : value;
}
