// The opt-in burst of login attempts: does the rate limiter answer 429, and when?
import type { Observation } from '$lib/evidence/facts';
import { ITEMS } from '$lib/evidence/finding';
import { statusLoop } from '$lib/evidence/next-steps';
import { judgeRateLimit } from '$lib/evidence/rate-limit';
import { joinUrl } from '$lib/target/target';
import type { Probe } from '../probe';

const LOGIN = '/users/log_in';
/** The login body the checklist's rate-limit command sends. */
const LOGIN_BODY = '{"user":{"email":"test@test.com","password":"wrong"}}';

/** What a burst showed: each attempt's status where readable, and the last answer. */
interface Burst {
	statuses: (number | null)[];
	last: Observation;
}

/** The rate-limit burst; it runs only when the person switched it on (after a warning). */
export const rateLimitProbe: Probe<'ratelimit', Burst> = {
	id: 'ratelimit',
	title: 'Rate-limit burst (POST /users/log_in)',
	informs: [ITEMS.rateLimitActive, ITEMS.rateLimit429],
	enabled: (plan) => plan.rateLimitAttempts > 0,
	async observe(ctx) {
		const attempts = ctx.plan.rateLimitAttempts;
		const statuses: (number | null)[] = [];
		let last: Observation | null = null;
		for (let i = 0; i < attempts && !ctx.cancelled(); i++) {
			ctx.progress(`attempt ${i + 1} of ${attempts}`);
			last = await ctx.request(LOGIN, {
				method: 'POST',
				body: LOGIN_BODY,
				contentType: 'application/json'
			});
			statuses.push(last.kind === 'http' ? last.status : null);
		}
		return last && { statuses, last };
	},
	evaluate({ statuses, last }, plan) {
		// The readable loop, one status code per line, for the findings' next step.
		const url = joinUrl(plan.base, LOGIN);
		const json = '"Content-Type: application/json"';
		const command = statusLoop(url, plan.rateLimitAttempts, json, `'${LOGIN_BODY}'`);
		return { findings: judgeRateLimit(statuses, 5, command), shown: last, data: { statuses } };
	}
};
