// Pasted output of `curl -sS -i https://host/health/deep` (or its bare JSON body).
import { HEALTH_NEEDS, healthFindings } from '../read-health';
import { missing, type PasteReader } from '../kind';

/** The deep health check's output: one finding per dependency check reported. */
export const deepHealthPaste: PasteReader<'deep-health'> = {
	id: 'deep-health',
	fallbackCommand: 'curl -sS -i https://your-app/health/deep',
	read(text, expect, command) {
		const base = expect.base ?? 'https://your-app';
		const findings = healthFindings(text, 'deep-health', base, command);
		return findings ? { ok: true, findings } : missing(text, command, HEALTH_NEEDS);
	}
};
