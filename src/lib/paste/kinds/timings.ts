// Pasted curl -w timings: a total (or the median of samples) against the command's limit.
import { refuse, missing, type PasteReader } from '../kind';
import { timingFinding, totalOf } from '../read-timings';
import { parseTimings } from '../timings';

/** Timing figures; which task they inform comes with the readable command. */
export const timingsPaste: PasteReader<'timings'> = {
	id: 'timings',
	fallbackCommand: "curl -w '%{time_total}\\n'",
	read(text, expect, command) {
		const timings = parseTimings(text);
		if (!timings) return missing(text, command, 'timing figures such as `time_total: 0.123`');
		const total = totalOf(timings);
		if (!total) {
			return refuse(
				`The output of ${command} shows timing phases but no total time; add %{time_total} to its -w format and paste the output again.`
			);
		}
		return { ok: true, findings: [timingFinding(timings, total, expect.thresholdMs)] };
	}
};
