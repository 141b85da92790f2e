// The paper a locale's region prints on: US Letter in the Americas' Letter countries and the
// Philippines (CLDR's paperSize data), A4 everywhere else.

const LETTER_REGIONS = new Set([
	'BZ',
	'CA',
	'CL',
	'CO',
	'CR',
	'GT',
	'MX',
	'NI',
	'PA',
	'PH',
	'PR',
	'SV',
	'US',
	'VE'
]);

/** 'letter' for a locale whose region uses US Letter (a bare language gets its likely region). */
export function pageSizeFor(locale: string): 'a4' | 'letter' {
	try {
		const region = new Intl.Locale(locale).maximize().region;
		return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
	} catch {
		return 'a4';
	}
}
