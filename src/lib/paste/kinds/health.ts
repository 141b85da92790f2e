// Pasted output of `curl -sS -i https://host/health` (or the bare JSON body curl alone prints).
import { HEALTH_NEEDS, healthFindings } from '../read-health';
import { missing, type PasteReader } from '../kind';

/** The health check's output, judged as the live probe judges its answer. */
export const healthPaste: PasteReader<'health'> = {
	id: 'health',
	fallbackCommand: 'curl -sS -i https://your-app/health',
	read(text, expect, command) {
		const findings = healthFindings(text, 'health', expect.base ?? 'https://your-app', command);
		return findings ? { ok: true, findings } : missing(text, command, HEALTH_NEEDS);
	}
};
