// Pasted output of the rate-limit loop: where the first 429 appears, if it does.
import { judgeRateLimit } from '$lib/evidence/rate-limit';
import { missing, type PasteReader } from '../kind';
import { parseStatusLoop } from '../status-loop';

const BODIES_ONLY =
	"The loop printed only response bodies, which carry no status; add -i, or -s -o /dev/null -w '%{http_code}\\n', to its curl to see each status.";

/** The login loop's statuses, judged as the live burst's are. */
export const rateLimitPaste: PasteReader<'rate-limit'> = {
	id: 'rate-limit',
	fallbackCommand:
		"curl -s -o /dev/null -w '%{http_code}\\n' -X POST https://your-app/users/log_in",
	read(text, expect, command) {
		const loop = parseStatusLoop(text);
		if (!loop)
			return missing(
				text,
				command,
				'status codes such as `429` or `Request 1` … `Request 10` lines'
			);
		const findings = judgeRateLimit(loop.statuses, 5, expect.command?.trim() || undefined);
		if (loop.source === 'bodies') {
			for (const f of findings) f.details = [BODIES_ONLY, ...(f.details ?? [])];
		}
		return { ok: true, findings };
	}
};
