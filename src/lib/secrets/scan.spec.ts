import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtIn, fixtures } from '$lib/export/markdown/markdown.fixtures';
import * as samples from '$lib/paste/samples.fixtures';
import { describeSecrets, redactSecrets } from './redact';
import { findSecrets, type SecretKind } from './scan';

// Secret-shaped test values are built at run time, so no literal key sits in the repository.
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** `length` pseudo-random characters of `alphabet`, the same for the same seed. */
function fake(length: number, seed = 1, alphabet = B64): string {
	let x = seed * 2654435761;
	let out = '';
	for (let i = 0; i < length; i++) {
		x = (Math.imul(x ^ (x >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
		out += alphabet[x % alphabet.length];
	}
	return out;
}
const ALNUM = B64.slice(0, 62);
const URL_SAFE = `${ALNUM}-_`;
const HEX = '0123456789abcdef';
const b64url = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64url');
const jwt = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: '42', name: 'Ada' })}.${fake(43, 7, URL_SAFE)}`;

/** The kinds found and the exact texts they cover. */
function found(text: string): [SecretKind, string][] {
	return findSecrets(text).map((m) => [m.kind, text.slice(m.start, m.end)]);
}

describe('findSecrets: each kind, and what it must leave alone', () => {
	const cases: [SecretKind, string, string][] = [
		[
			'openai-key',
			`OPENAI_API_KEY=sk-proj-${fake(48, 2, URL_SAFE)}`,
			`sk-proj-${fake(48, 2, URL_SAFE)}`
		],
		['openai-key', `key: "sk-${fake(48, 3, ALNUM)}"`, `sk-${fake(48, 3, ALNUM)}`],
		[
			'google-api-key',
			`GOOGLE_API_KEY=AIza${fake(35, 4, URL_SAFE)}`,
			`AIza${fake(35, 4, URL_SAFE)}`
		],
		['aws-key', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE'],
		['github-token', `token ghp_${fake(36, 5, ALNUM)}.`, `ghp_${fake(36, 5, ALNUM)}`],
		[
			'github-token',
			`github_pat_${fake(22, 6, ALNUM)}_${fake(59, 6, ALNUM)}`,
			`github_pat_${fake(22, 6, ALNUM)}_${fake(59, 6, ALNUM)}`
		],
		[
			'slack-token',
			`SLACK=xoxb-123456789012-1234567890123-${fake(24, 8, ALNUM)}`,
			`xoxb-123456789012-1234567890123-${fake(24, 8, ALNUM)}`
		],
		['jwt', `Authorization: Bearer ${jwt}`, jwt],
		['bearer-token', `-H "authorization: bearer ${fake(32, 9, ALNUM)}"`, fake(32, 9, ALNUM)],
		['secret-key-base', `SECRET_KEY_BASE=${fake(64, 10)}`, fake(64, 10)],
		['secret-key-base', `export SECRET_KEY_BASE="${fake(64, 11, HEX)}"`, fake(64, 11, HEX)],
		['secret-key-base', `  secret_key_base: "${fake(128, 12, HEX)}",`, fake(128, 12, HEX)],
		['secret-key-base', `$ mix phx.gen.secret\n${fake(64, 13)}\n`, fake(64, 13)],
		[
			'database-url-password',
			'DATABASE_URL=postgres://app:s3cr3t-P@ss@db.internal:5432/app',
			's3cr3t-P@ss'
		],
		['database-url-password', 'ecto://deploy:hunter2@localhost/shop_prod', 'hunter2'],
		['database-url-password', "url: 'mysql://root:pw123@127.0.0.1:3306'", 'pw123'],
		['database-url-password', 'postgresql://u:p%40ss@h/db?sslmode=require', 'p%40ss']
	];
	it.each(cases)('finds %s in %j', (kind, text, secret) => {
		expect(found(text)).toEqual([[kind, secret]]);
	});

	const key = (type: string, body: string) =>
		`-----BEGIN ${type}-----\n${body}\n-----END ${type}-----`;
	const lines = (seed: number, n = 6) =>
		Array.from({ length: n }, (_, i) => fake(64, seed + i)).join('\n');

	it('finds PEM private keys: whole, JSON-escaped, on one line, and cut short', () => {
		const rsa = key('RSA PRIVATE KEY', lines(20));
		expect(found(`key:\n${rsa}\ndone`)).toEqual([['private-key', rsa]]);
		const openssh = key('OPENSSH PRIVATE KEY', lines(30));
		expect(found(openssh)).toEqual([['private-key', openssh]]);
		const escaped = key('PRIVATE KEY', lines(40)).replace(/\n/g, '\\n');
		expect(found(`{"private_key": "${escaped}\\n"}`)).toEqual([['private-key', escaped]]);
		const oneLine = key('EC PRIVATE KEY', lines(50, 2)).replace(/\n/g, ' ');
		expect(found(`KEY="${oneLine}"`)).toEqual([['private-key', oneLine]]);
		const cut = `-----BEGIN PRIVATE KEY-----\n${lines(60, 3)}`;
		expect(found(`${cut}\n\nThen deploy.`)).toEqual([['private-key', cut]]);
	});

	const clean = [
		'- [ ] `SECRET_KEY_BASE` set (generate with `mix phx.gen.secret`)',
		'SECRET_KEY_BASE=$(mix phx.gen.secret)',
		'SECRET_KEY_BASE=your_secret_key_base_here_1',
		'fly secrets set SECRET_KEY_BASE=<paste the secret>',
		'config :app, secret_key_base: System.get_env("SECRET_KEY_BASE")',
		'- [ ] `OPENAI_API_KEY` (if using OpenAI)',
		'sk-learn, task-runner-configuration-for-deploys-and-rollbacks-2024',
		'sk-this-is-not-a-real-key-at-all-just-words',
		`AIza${fake(34, 70, URL_SAFE)} is one short; AIza${fake(36, 71, ALNUM)} one long`,
		'AKIA1234 akiaiosfodnn7example XAKIAIOSFODNN7EXAMPLE',
		`ghp_${fake(35, 72, ALNUM)} xghp_${fake(36, 73, ALNUM)}`,
		'xoxb-not-a-real-token xoxz-123456789012-1234567890',
		'eyJhbGciOiJIUzI1NiJ9 eyJ.eyJ.sig',
		'Authorization: Bearer $TOKEN',
		'Authorization: Bearer YOUR_ACCESS_TOKEN',
		'WWW-Authenticate: Bearer realm="api", error="invalid_token"',
		'Bearer tokens are rotated by the identity provider every hour.',
		`commit ${fake(40, 74, HEX)} and sha256:${fake(64, 75, HEX)}`,
		`${fake(64, 76, HEX)}  shipshape-backup.json`,
		`${fake(128, 77, HEX)}`,
		'id 123e4567-e89b-12d3-a456-426614174000',
		`<script integrity="sha384-${fake(64, 78)}"></script>`,
		`<img src="data:image/png;base64,${fake(300, 79)}">`,
		`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5${fake(60, 80)} ops@laptop`,
		key('CERTIFICATE', lines(90, 8)),
		key('PUBLIC KEY', lines(100, 4)),
		'-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----',
		'Never commit a -----BEGIN RSA PRIVATE KEY----- block.',
		'ThisIsAVeryLongIdentifierNameWithoutAnyDigitsSoItIsNotASecretAtAllReally',
		'postgres://localhost/shop_dev postgres://app@db.internal:5432/app',
		'ecto://USER:PASS@HOST/DATABASE',
		'postgres://user:${DB_PASSWORD}@host/db postgres://user:<password>@host/db',
		'postgres://user:@host/db https://user:pass@example.com/',
		'https://your-app.fly.dev/health https://github.com/phoenixframework/phoenix/blob/main/README.md'
	];
	it.each(clean)('finds nothing in %j', (text) => {
		expect(found(text)).toEqual([]);
	});

	it('finds nothing in the built-in checklist, the fixtures or the recorded command outputs', () => {
		for (const text of [builtIn.source, ...fixtures.map((f) => f.source)])
			expect(found(text)).toEqual([]);
		for (const [name, text] of Object.entries(samples))
			expect(found(String(text)), name).toEqual([]);
	});

	it('reports several secrets in order, without overlaps', () => {
		const text = `A=sk-proj-${fake(40, 110, URL_SAFE)}\nB=postgres://u:hunter2@h/db\nC: Bearer sk-${fake(40, 111, ALNUM)}`;
		const matches = findSecrets(text);
		expect(matches.map((m) => m.kind)).toEqual([
			'openai-key',
			'database-url-password',
			'openai-key'
		]);
		for (let i = 1; i < matches.length; i++)
			expect(matches[i].start).toBeGreaterThanOrEqual(matches[i - 1].end);
	});
});

describe('findSecrets on any text (property)', () => {
	it('returns in-range, ordered, non-overlapping matches with a label', () => {
		const kinds = new Set<SecretKind>([
			'openai-key',
			'google-api-key',
			'secret-key-base',
			'database-url-password',
			'bearer-token',
			'private-key',
			'aws-key',
			'github-token',
			'slack-token',
			'jwt'
		]);
		const piece = fc.oneof(
			fc.constantFrom('sk-', 'AIza', 'eyJ', '.', 'Bearer ', 'SECRET_KEY_BASE=', 'postgres://a:b@c'),
			fc.constantFrom('-----BEGIN PRIVATE KEY-----', '-----END PRIVATE KEY-----', '\\n', '\n'),
			fc.constantFrom('ghp_', 'xoxb-', 'AKIA', 'base64,', 'sha384-', '@', ':', '=', '"'),
			fc.string({ unit: fc.constantFrom(...B64, '-', '_'), minLength: 10, maxLength: 80 }),
			fc.string({ maxLength: 8 })
		);
		const text = fc.array(piece, { maxLength: 20 }).map((p) => p.join(''));
		fc.assert(
			fc.property(text, (t) => {
				let reached = 0;
				for (const m of findSecrets(t)) {
					expect(kinds.has(m.kind)).toBe(true);
					expect(m.label).toMatch(/^(a|an) /);
					expect(m.start).toBeGreaterThanOrEqual(reached);
					expect(m.end).toBeGreaterThan(m.start);
					expect(m.end).toBeLessThanOrEqual(t.length);
					reached = m.end;
				}
			}),
			{ numRuns: 1000, seed: 20261126 }
		);
	});
});

describe('redactSecrets', () => {
	it('replaces each secret with its kind, and only the password of a URL', () => {
		const openai = `sk-proj-${fake(48, 120, URL_SAFE)}`;
		expect(
			redactSecrets(`OPENAI_API_KEY=${openai}\nDATABASE_URL=postgres://user:hunter2@host/db`)
		).toBe('OPENAI_API_KEY=[redacted openai-key]\nDATABASE_URL=postgres://user:[redacted]@host/db');
		expect(redactSecrets('nothing here')).toBe('nothing here');
	});

	it('uses the matches given, skipping any that do not fit the text', () => {
		const text = 'abc def';
		const label = 'a bearer token';
		expect(redactSecrets(text, [{ kind: 'bearer-token', start: 4, end: 7, label }])).toBe(
			'abc [redacted bearer-token]'
		);
		expect(redactSecrets(text, [{ kind: 'jwt', start: 5, end: 99, label }])).toBe(text);
	});

	it('leaves nothing to find in what it returns (property)', () => {
		const piece = fc.constantFrom(
			`sk-proj-${fake(48, 130, URL_SAFE)}`,
			'postgres://u:secret1@db/x',
			`Bearer ${fake(30, 131, ALNUM)}`,
			`SECRET_KEY_BASE=${fake(64, 132)}`,
			jwt,
			'AKIAIOSFODNN7EXAMPLE',
			`-----BEGIN PRIVATE KEY-----\n${fake(64, 133)}\n-----END PRIVATE KEY-----`,
			' ',
			'\n',
			'=',
			':',
			'@',
			'word',
			'"'
		);
		const text = fc
			.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 12 })
			.map((p) => p.join(''));
		fc.assert(
			fc.property(text, (t) => {
				expect(findSecrets(redactSecrets(t))).toEqual([]);
			}),
			{ numRuns: 500, seed: 20261126 }
		);
	});
});

describe('describeSecrets', () => {
	const m = (kind: SecretKind, label: string) => ({ kind, label, start: 0, end: 1 });
	it('says how many values look like secrets, and which', () => {
		expect(describeSecrets([])).toBe('No values look like secrets.');
		expect(describeSecrets([m('jwt', 'a JSON Web Token')])).toBe(
			'1 value looks like a secret: a JSON Web Token.'
		);
		expect(
			describeSecrets([
				m('openai-key', 'an OpenAI API key'),
				m('database-url-password', 'a database password')
			])
		).toBe('2 values look like secrets: an OpenAI API key, a database password.');
		expect(
			describeSecrets([
				m('aws-key', 'an AWS access key'),
				m('jwt', 'a JSON Web Token'),
				m('aws-key', 'an AWS access key')
			])
		).toBe('3 values look like secrets: 2 AWS access keys, a JSON Web Token.');
	});
});

describe('linear time on hostile input', () => {
	const N = 100_000;
	const hostile: [string, string][] = [
		['sk- repeated', 'sk-'.repeat(N / 3)],
		['one long sk- token', `sk-${'a'.repeat(N)}`],
		['AIza repeated', 'AIza'.repeat(N / 4)],
		['JWT-like segments', 'eyJa.'.repeat(N / 5)],
		['eyJ without dots', 'eyJ'.repeat(N / 3)],
		['a huge base64 run', fake(N, 140)],
		['base64 runs just under 64', `${fake(63, 141)} `.repeat(N / 64)],
		['BEGIN markers', '-----BEGIN PRIVATE KEY-----'.repeat(N / 27)],
		['BEGIN markers between words', '-----BEGIN PRIVATE KEY----- a b c '.repeat(N / 35)],
		['a BEGIN then whitespace', `-----BEGIN PRIVATE KEY-----${' \n'.repeat(N / 2)}x`],
		['escaped line breaks', '\\n'.repeat(N / 2)],
		['dashes', '-'.repeat(N)],
		['URL schemes', 'postgres://'.repeat(N / 11)],
		['a URL of colons', `postgres://a:${':'.repeat(N)}`],
		['a URL of at signs', `postgres://a:b${'@'.repeat(N)}`],
		['Bearer repeated', 'Bearer '.repeat(N / 7)],
		['Bearer then spaces', `Bearer${' '.repeat(N)}!`],
		['SECRET_KEY_BASE= repeated', 'SECRET_KEY_BASE='.repeat(N / 16)],
		['secret_key_base then spaces', `secret_key_base${' '.repeat(N)}=`],
		['xoxb- repeated', 'xoxb-'.repeat(N / 5)],
		['ghp_ then a long run', `ghp_${'a'.repeat(N)}`],
		['github_pat_ repeated', 'github_pat_'.repeat(N / 11)],
		['AKIA repeated', 'AKIA'.repeat(N / 4)],
		['base64, repeated', 'base64,'.repeat(N / 7)],
		['certificate lines', `-----BEGIN CERTIFICATE-----\n${`${fake(64, 142)}\n`.repeat(N / 65)}`]
	];
	it.each(hostile)('%s: finds and redacts without hanging', (_, text) => {
		const matches = findSecrets(text);
		expect(typeof redactSecrets(text, matches)).toBe('string');
		expect(typeof describeSecrets(matches)).toBe('string');
	});
});
