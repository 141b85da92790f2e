// The nginx example (docs/hosting.md) serves the app with the headers the app's own checklist asks for.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { readPaste } from '../../src/lib/paste/read-paste';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => spawnSync(p, ['-v']).status === 0);

function freePort(): Promise<number> {
	return new Promise((ok) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => ok(port));
		});
	});
}

let nginx: ChildProcess | undefined;
let origin = '';
let prefix = '';

test.beforeAll(async () => {
	if (!NGINX)
		throw new Error(
			'nginx not found: install it (sudo apt-get install nginx) to run the hosting test.'
		);
	const port = await freePort();
	prefix = mkdtempSync(join(tmpdir(), 'shipshape-nginx-'));
	// deploy/nginx.conf is a server block; run it as it is, on a free port, over build/.
	const server = readFileSync('deploy/nginx.conf', 'utf8')
		.replace(/listen \[::\]:8080;\n/, '')
		.replace('listen 8080;', `listen 127.0.0.1:${port};`)
		.replace('root /usr/share/nginx/html;', `root ${resolve('build')};`);
	writeFileSync(
		join(prefix, 'nginx.conf'),
		`pid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log;\nevents {}\nhttp {\n\tinclude /etc/nginx/mime.types;\n\taccess_log off;\n\tclient_body_temp_path ${prefix};\n\tproxy_temp_path ${prefix};\n\tfastcgi_temp_path ${prefix};\n\tuwsgi_temp_path ${prefix};\n\tscgi_temp_path ${prefix};\n${server}\n}\n`
	);
	nginx = spawn(
		NGINX,
		['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off; master_process off;'],
		{
			stdio: ['ignore', 'ignore', 'pipe']
		}
	);
	origin = `http://127.0.0.1:${port}`;
	for (let i = 0; ; i++) {
		const up = await fetch(origin).then(
			() => true,
			() => false
		);
		if (up) break;
		if (nginx.exitCode !== null || i > 100)
			throw new Error(`nginx did not start: ${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
		await new Promise((r) => setTimeout(r, 50));
	}
});

test.afterAll(async () => {
	nginx?.kill();
	if (prefix) rmSync(prefix, { recursive: true, force: true });
});

/** A response as `curl -sI` prints it. */
async function curlHead(url: string): Promise<{ text: string; headers: Headers; status: number }> {
	const res = await fetch(url, { method: 'HEAD', redirect: 'manual' });
	const lines = [`HTTP/1.1 ${res.status} ${res.statusText}`];
	res.headers.forEach((value, name) => lines.push(`${name}: ${value}`));
	return { text: lines.join('\r\n') + '\r\n', headers: res.headers, status: res.status };
}

test('the nginx example passes the checklist’s own security header checks', async () => {
	const { text } = await curlHead(`${origin}/`);
	const result = readPaste(text, { kind: 'headers', command: `curl -sI ${origin}/` });
	expect(result.ok).toBe(true);
	if (!result.ok) return;
	expect(Object.fromEntries(result.findings.map((f) => [f.key, f.verdict]))).toEqual({
		'header:strict-transport-security': 'pass',
		'header:content-security-policy': 'pass',
		'header:x-frame-options': 'pass',
		'header:x-content-type-options': 'pass',
		'header:x-xss-protection': 'pass'
	});
});

test('the nginx example revalidates HTML and the worker, caches hashed assets, serves deep links', async ({
	page
}) => {
	expect((await curlHead(`${origin}/sw.js`)).headers.get('cache-control')).toBe('no-cache');
	expect((await curlHead(`${origin}/`)).headers.get('cache-control')).toBe('no-cache');
	const deep = await curlHead(`${origin}/run/?id=anything`);
	expect(deep.status).toBe(200);
	expect((await curlHead(`${origin}/no/such/page`)).status).toBe(404);
	const types = async (path: string) =>
		(await curlHead(`${origin}${path}`)).headers.get('content-type');
	expect(await types('/')).toMatch(/^text\/html/);
	expect(await types('/manifest.webmanifest')).toBe('application/manifest+json');
	expect(await types('/sw.js')).toMatch(/javascript/);

	// The app itself runs under this host, its CSP and headers included, with no violations.
	const problems: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
	page.on('pageerror', (e) => problems.push(e.message));
	const assets: string[] = [];
	page.on(
		'response',
		(r) => r.url().includes('/_app/immutable/') && assets.push(r.headers()['cache-control'] ?? '')
	);
	await page.goto(`${origin}/`);
	await page.getByRole('button', { name: 'New deployment' }).click();
	await page.waitForURL(/\/run\/\?id=/);
	await page.getByRole('checkbox', { name: 'Changes reviewed and approved' }).check();
	await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
	expect(assets.length).toBeGreaterThan(0);
	expect(assets.every((c) => c === 'max-age=31536000')).toBe(true);
	expect(problems).toEqual([]);
});
