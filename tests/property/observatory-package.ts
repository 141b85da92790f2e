// Runs the real @mdn/mdn-http-observatory package offline, for the differential test. Its scan()
// fetches with axios on Node; here every HTTP agent's createConnection answers from an in-memory
// server built from a SiteModel, so the package's own retriever, redirect following, cookie jar
// (tough-cookie), header handling (Node's parser) and HTML reading (jsdom) all run, and no socket
// is ever opened (any attempt throws). Its HSTS preload list, which the postinstall downloads, is
// read as empty: a pasted staging or private host is on no preload list.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { Duplex } from 'node:stream';
import { respond, type SiteModel } from './observatory-site-model';

const PRELOAD_LIST = /[\\/]conf[\\/]hsts-preload\.json$/;

let site: SiteModel | null = null;
/** Every request the package made, as "METHOD url", for the test to check. */
export const requestLog: string[] = [];

function connection(scheme: 'http' | 'https') {
	return function createConnection(options: { host?: string; hostname?: string; port?: number }) {
		const host = options.hostname ?? options.host ?? '';
		const port =
			options.port && ![80, 443].includes(Number(options.port)) ? `:${options.port}` : '';
		let received = '';
		let answered = false;
		const socket = new Duplex({
			read() {},
			write(chunk, _encoding, done) {
				received += chunk.toString('latin1');
				const end = received.indexOf('\r\n\r\n');
				if (end >= 0 && !answered) {
					answered = true;
					const [method, path] = received.slice(0, end).split('\r\n')[0].split(' ');
					const url = `${scheme}://${host}${port}${path}`;
					requestLog.push(`${method} ${url}`);
					const r = respond(site as SiteModel, url, method);
					const head = [
						`HTTP/1.1 ${r.status} ${r.reason}`,
						...r.headers.map(([n, v]) => `${n}: ${v}`)
					];
					const bytes = Buffer.concat([
						Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'),
						Buffer.from(r.body, 'utf8')
					]);
					setImmediate(() => {
						socket.push(bytes);
						socket.push(null);
					});
				}
				done();
			}
		});
		Object.assign(socket, {
			setNoDelay() {},
			setKeepAlive() {},
			setTimeout() {
				return socket;
			},
			ref() {},
			unref() {},
			remoteAddress: '192.0.2.1'
		});
		process.nextTick(() => socket.emit('connect'));
		return socket;
	};
}

const originals = {
	readFileSync: fs.readFileSync,
	http: http.Agent.prototype.createConnection,
	https: https.Agent.prototype.createConnection,
	connect: net.Socket.prototype.connect
};

/** Cuts the network and the preload list off before the package is first imported. */
export function goOffline(): void {
	fs.readFileSync = function (path: fs.PathOrFileDescriptor, ...rest: unknown[]) {
		if (PRELOAD_LIST.test(String(path))) return '{}';
		return (originals.readFileSync as (...a: unknown[]) => unknown).call(fs, path, ...rest);
	} as typeof fs.readFileSync;
	http.Agent.prototype.createConnection = connection('http') as never;
	https.Agent.prototype.createConnection = connection('https') as never;
	net.Socket.prototype.connect = function () {
		throw new Error('The Observatory differential test opened a real socket.');
	} as never;
}

/** Puts everything goOffline changed back. */
export function goOnline(): void {
	fs.readFileSync = originals.readFileSync;
	http.Agent.prototype.createConnection = originals.http;
	https.Agent.prototype.createConnection = originals.https;
	net.Socket.prototype.connect = originals.connect;
}

/**
 * A DOMParser for Shipshape's HTML readers in Node. jsdom's own throws where a style attribute
 * trips its CSS code; a browser's never does (Shipshape replays that failure itself, in
 * observatory-css.ts), so while Shipshape parses, jsdom's style setter carries on like a browser.
 * The package's own jsdom use, outside `parsing`, is untouched.
 */
export function browserLikeDomParser(): {
	DOMParser: typeof DOMParser;
	parsing<T>(fn: () => T): T;
} {
	const require = createRequire(import.meta.url);
	const { JSDOM } = require('jsdom');
	const { CSSStyleDeclaration } = require(
		require.resolve('cssstyle', { paths: [require.resolve('jsdom')] })
	);
	const descriptor = Object.getOwnPropertyDescriptor(CSSStyleDeclaration.prototype, 'cssText')!;
	let active = false;
	Object.defineProperty(CSSStyleDeclaration.prototype, 'cssText', {
		...descriptor,
		set(value: string) {
			if (!active) return descriptor.set!.call(this, value);
			try {
				descriptor.set!.call(this, value);
			} catch {
				// A browser ignores what it cannot read.
			}
		}
	});
	return {
		DOMParser: new JSDOM('').window.DOMParser,
		parsing<T>(fn: () => T): T {
			active = true;
			try {
				return fn();
			} finally {
				active = false;
			}
		}
	};
}

/** The package's result for a site: grade, score and each test's result, or why it gave none. */
export type PackageResult =
	{ grade: string; score: number; results: Record<string, string | null> } | { error: string };

/** Scans `model` with the package's own scan(), answering from the model. */
export async function scanSite(model: SiteModel): Promise<PackageResult> {
	site = model;
	const { scan } = await import('@mdn/mdn-http-observatory/src/scanner/index.js');
	try {
		const result = await scan(model.host);
		const results = Object.fromEntries(
			Object.entries(result.tests).map(([name, t]) => [name, t.result])
		);
		return { grade: result.scan.grade, score: result.scan.score, results };
	} catch (e) {
		return { error: (e as Error).message };
	} finally {
		site = null;
	}
}
