// Pasted output of `curl -siL https://host/`: the checklist's security-header items, and the
// Observatory grade of the page (headers, cookies, CORS, CORP, its scripts when HTML is there).
import { parseCurlOutput } from '../curl-output';
import { missing, type PasteReader } from '../kind';
import { headerFindings } from '../read-headers';

/** The security headers, with the page's Observatory grade. */
export const headersPaste: PasteReader<'headers'> = {
	id: 'headers',
	fallbackCommand: 'curl -siL https://your-app',
	read(text, expect, command) {
		const curl = parseCurlOutput(text);
		if (!curl)
			return missing(text, command, 'HTTP status line such as `HTTP/2 200` followed by headers');
		const { findings, grade } = headerFindings(curl, expect.host, expect.command ?? '');
		return { ok: true, findings, grade };
	}
};
