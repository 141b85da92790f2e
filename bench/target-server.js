// A stand-in for tests/fixtures/target-server.ts in its `slow` mode, in plain JavaScript because
// Node 20 cannot import TypeScript; it shares the delay and the sleep (tests/fixtures/slow.js).
// GET /health waits exactly SLOW_DELAY_MS (at least that, by the clock) and every answer carries
// CORS and Timing-Allow-Origin, so the app sees real timings. It runs in a child process, so the
// benchmark's own work (driving Chromium) cannot make it late, and it reports how long it really
// held each /health answer.
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { SLOW_DELAY_MS, sleepAtLeast } from '../tests/fixtures/slow.js';

export { SLOW_DELAY_MS };

const HEADERS = {
	'access-control-allow-origin': '*',
	'access-control-expose-headers': '*',
	'timing-allow-origin': '*',
	'content-security-policy': "default-src 'self'; frame-ancestors 'self'",
	'x-frame-options': 'SAMEORIGIN',
	'x-content-type-options': 'nosniff',
	'x-xss-protection': '1; mode=block',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'strict-transport-security': 'max-age=31536000'
};

/** The server itself (in the child): listens, then tells the parent its URL and every hold. */
async function runServer() {
	const server = createServer(async (req, res) => {
		const arrived = performance.now();
		req.resume();
		const path = (req.url ?? '/').split('?')[0];
		const send = (/** @type {number} */ status, /** @type {string} */ body, type = 'json') => {
			res.writeHead(status, {
				...HEADERS,
				'cache-control': 'no-store',
				'content-type': type === 'json' ? 'application/json' : 'text/html; charset=utf-8',
				'content-length': Buffer.byteLength(body)
			});
			res.end(req.method === 'HEAD' ? undefined : body);
		};
		if (req.method === 'OPTIONS') return send(204, '');
		const timestamp = new Date().toISOString();
		if (path === '/health') {
			await sleepAtLeast(SLOW_DELAY_MS);
			send(200, JSON.stringify({ status: 'ok', timestamp }));
			process.send?.({ held: performance.now() - arrived });
			return;
		}
		if (path === '/health/deep')
			return send(200, JSON.stringify({ status: 'ok', database: 'ok', timestamp }));
		if (path === '/')
			return send(200, '<!doctype html><title>Target</title><h1>Target</h1>', 'html');
		send(404, JSON.stringify({ error: 'not found' }));
	});
	await new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(undefined)));
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	process.send?.({ url: `http://127.0.0.1:${address.port}` });
}

/**
 * Starts the slow target in a child process; resolves to its base URL, the hold times of every
 * /health answer so far (ms, measured by the server), and a close function.
 * @returns {Promise<{ url: string, holds: number[], close: () => Promise<void> }>}
 */
export function startSlowTarget() {
	const child = fork(fileURLToPath(import.meta.url), ['--serve'], { stdio: 'inherit' });
	/** @type {number[]} */
	const holds = [];
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.on('message', (/** @type {{ url?: string, held?: number }} */ message) => {
			if (message.held !== undefined) holds.push(message.held);
			if (message.url)
				resolve({
					url: message.url,
					holds,
					close: () =>
						new Promise((closed) => {
							child.once('exit', () => closed(undefined));
							child.kill();
						})
				});
		});
	});
}

if (process.argv.includes('--serve')) void runServer();
