// The MDN HTTP Observatory's redirection result for pasted `curl -sIL http://host/` output: the
// one Observatory test that output answers (the page's own tests need `curl -siL https://host/`).
import type { CurlOutput } from './curl-output';
import { gradeObservatory, type HeaderGrade } from './observatory';
import { observatoryInput } from './observatory-site';
import { normaliseHost } from './read-redirect';

/** The redirection test graded from the chain; every other test listed as not computed. */
export function redirectionGrade(curl: CurlOutput, host?: string): HeaderGrade {
	const asked = host ?? curl.request?.host;
	return gradeObservatory(
		observatoryInput({ host: asked ? normaliseHost(asked) : null, http: curl.responses })
	);
}
