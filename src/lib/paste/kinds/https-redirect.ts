// Pasted output of `curl -sIL http://host/`: does plain http redirect to https? The chain also
// answers the one Observatory test it can, redirection (the page's tests need the headers paste).
import { gradeObservatory, observatoryInput } from '$lib/observatory';
import { parseCurlOutput } from '../curl-output';
import { missing, type PasteReader } from '../kind';
import { normaliseHost, redirectFinding } from '../read-redirect';

/** The redirect chain from http://, with its Observatory redirection result. */
export const httpsRedirectPaste: PasteReader<'https-redirect'> = {
	id: 'https-redirect',
	fallbackCommand: 'curl -sIL http://your-app',
	read(text, expect, command) {
		const curl = parseCurlOutput(text);
		if (!curl)
			return missing(text, command, 'HTTP status line such as `HTTP/1.1 301 Moved Permanently`');
		const asked = expect.host ?? curl.request?.host;
		const grade = gradeObservatory(
			observatoryInput({ host: asked ? normaliseHost(asked) : null, http: curl.responses })
		);
		return { ok: true, findings: [redirectFinding(curl, expect.host, command)], grade };
	}
};
