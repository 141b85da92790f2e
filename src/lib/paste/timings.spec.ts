import { describe, expect, it } from 'vitest';
import { HTML_PAGE, JAVA_STACK_TRACE, PHOENIX_HEADERS } from './samples.fixtures';
import { parseTimings } from './timings';

describe('parseTimings', () => {
	it('reads the usual curl-format.txt output', () => {
		const text = [
			'     time_namelookup:  0.004s',
			'        time_connect:  0.012s',
			'     time_appconnect:  0.030s',
			'    time_pretransfer:  0.030s',
			'       time_redirect:  0.000s',
			'  time_starttransfer:  0.040s',
			'                     ----------',
			'          time_total:  0.123s'
		].join('\n');
		expect(parseTimings(text)).toEqual({
			named: {
				namelookup: 0.004,
				connect: 0.012,
				appconnect: 0.03,
				pretransfer: 0.03,
				redirect: 0,
				starttransfer: 0.04,
				total: 0.123
			},
			samples: []
		});
	});

	it('reads short names, spaces, = and ms units, several on one line too', () => {
		const text = 'dns: 0.004s\r\nconnect 0.012\r\ntls 0.03\r\nttfb 40ms\r\ntime_total=0.123';
		expect(parseTimings(text)?.named).toEqual({
			namelookup: 0.004,
			connect: 0.012,
			appconnect: 0.03,
			starttransfer: 0.04,
			total: 0.123
		});
		const oneLine = 'DNS: 0.004 Connect: 0.012 TTFB: 0.040 Total: 0.123';
		expect(parseTimings(oneLine)?.named).toEqual({
			namelookup: 0.004,
			connect: 0.012,
			starttransfer: 0.04,
			total: 0.123
		});
	});

	it('reads a bare number per line as one sample each', () => {
		expect(parseTimings('0.041\n0.038\n0,052\n\n')).toEqual({
			named: {},
			samples: [0.041, 0.038, 0.052]
		});
		expect(parseTimings('200 0.041\n200 0.038\n')?.samples).toEqual([0.041, 0.038]);
	});

	it('turns every total of a loop into samples', () => {
		const out = parseTimings('total: 0.1s\ntotal: 0.3s\ntotal: 0.2s');
		expect(out?.samples).toEqual([0.1, 0.3, 0.2]);
	});

	it('returns null when there is no timing figure', () => {
		expect(parseTimings('')).toBeNull();
		expect(parseTimings(HTML_PAGE)).toBeNull();
		expect(parseTimings(JAVA_STACK_TRACE)).toBeNull();
		expect(parseTimings(PHOENIX_HEADERS)).toBeNull();
	});
});
