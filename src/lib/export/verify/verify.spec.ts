// "Verify a report" on made-up reports and backups: untouched ones pass, every kind of change is
// named in words, and each role's signature is tied to the version it was given to.
import { describe, expect, it } from 'vitest';
import type { EntryValue } from '$lib/checklist/model';
import { allFillables, allTasks } from '$lib/checklist/walk';
import { builtIn, exportValues } from '$lib/export/markdown/markdown.fixtures';
import { encodePayload } from '$lib/export/share/payload';
import { fingerprint, type DeploymentContent } from '$lib/record/fingerprint';
import { contentFingerprint } from '$lib/verdict/content';
import { naId, signedId, waiverId, writeWaiver } from '$lib/record/content.fixtures';
import { typed, valuesOf, type ValuesContent } from '$lib/record/content.fixtures';
import { exportMarkdown } from '$lib/export/markdown/markdown';
import { BACKUP_FORMAT, BACKUP_TABLES, serializeBackup } from '$lib/record/backup-format';
import { verifyBackup } from './verify-backup';
import { verifyMarkdown } from './verify-report';

const { source, model } = builtIn;
const byName = (name: string) =>
	allFillables(model).find((f) => (f.kind === 'task' ? f.text : f.label) === name)!.id;
const tests = byName('All tests passing (mix test)');
const google = byName('GOOGLE_API_KEY (if using Google/Gemini)');
const AT = Date.UTC(2026, 11, 3, 6, 26);

/** A deployment where Developer and Tech Lead signed; Tech Lead before the last change. */
async function deployment(): Promise<DeploymentContent> {
	const values: Record<string, EntryValue> = {};
	allTasks(model)
		.slice(0, 30)
		.forEach((t) => (values[t.id] = true));
	values[byName('Version')] = '1.4.2';
	values[naId(google)] = 'We use OpenAI';
	values[waiverId('score')] = writeWaiver({ reason: 'Known gap', by: 'Zoë', at: AT });
	values[byName('Security')] = 4;
	// The value map changes below; typed() reads it as it is at each signature.
	const content: ValuesContent = {
		source,
		values,
		evidence: [],
		signatures: [],
		target: 'https://shipshape-demo.fly.dev',
		vars: { app: 'shipshape-demo' }
	};
	values[byName('Tech Lead name')] = '李雷';
	values[byName('Tech Lead signature')] = '李';
	values[signedId(byName('Tech Lead signature'))] = await contentFingerprint(model, typed(content));
	values[byName('Notes')] = 'Changed after the Tech Lead signed.';
	values[byName('Developer name')] = 'Zoë';
	values[byName('Developer signature')] = 'Zoë Ł.';
	values[signedId(byName('Developer signature'))] = await contentFingerprint(model, typed(content));
	return typed(content);
}

async function report(content: DeploymentContent, signed: boolean): Promise<string> {
	const signatures = signed
		? [{ role: 'Developer', name: 'Zoë', signature: 'Zoë Ł.', date: '2026-12-03' }]
		: [];
	const withSignatures = { ...content, signatures };
	const print = await fingerprint(withSignatures);
	const payload = await encodePayload({
		content: withSignatures,
		title: 'Release 1.4.2',
		...(signed ? { signoff: { at: AT, fingerprint: print } } : {})
	});
	return exportMarkdown({
		...content,
		model,
		report: {
			signoff: signed ? { at: AT, fingerprint: print, roles: ['Developer'] } : null,
			payload
		}
	});
}

describe('verifyMarkdown', () => {
	it('accepts an untouched signed export and says who signed which version', async () => {
		const result = await verifyMarkdown(await report(await deployment(), true));
		expect(result).toMatchObject({ ok: true, title: 'Release 1.4.2' });
		expect(result.headline).toMatch(/^Verified/);
		expect(result.lines).toContain('Developer signed this version.');
		expect(result.lines).toContain(
			'Tech Lead signed an earlier version (the content changed after they signed).'
		);
		expect(result.lines).toContain('Security has not signed.');
	});

	it('accepts an untouched draft, saying no fingerprint vouches for it', async () => {
		const result = await verifyMarkdown(await report(await deployment(), false));
		expect(result.ok).toBe(true);
		expect(result.lines[0]).toBe('No fingerprint is printed: this report was not signed.');
	});

	it('refuses a changed tick, naming it', async () => {
		const text = await report(await deployment(), true);
		const changed = text.replace('- [x] All tests passing', '- [ ] All tests passing');
		expect(changed).not.toBe(text);
		const result = await verifyMarkdown(changed);
		expect(result.ok).toBe(false);
		expect(result.headline).toMatch(/1 difference/);
		expect(result.lines).toContain(
			'“All tests passing (mix test)” is open in the report but was ticked when fingerprinted.'
		);
		expect(tests).toBeTruthy();
	});

	it('names a changed value, N/A reason and waiver', async () => {
		const text = (await report(await deployment(), true))
			.replace('**Version**: 1.4.2', '**Version**: 1.4.3')
			.replace('**N/A**: We use OpenAI', '**N/A**: We use Gemini')
			.replace('Reason: Known gap', 'Reason: No gap');
		const { lines, ok } = await verifyMarkdown(text);
		expect(ok).toBe(false);
		expect(lines).toContain(
			'“Version” reads “1.4.3” in the report but “1.4.2” when fingerprinted.'
		);
		expect(lines).toContain(
			'“GOOGLE_API_KEY (if using Google/Gemini)” is N/A in the report because “We use Gemini”, but because “We use OpenAI” when fingerprinted.'
		);
		expect(lines.some((l) => l.startsWith('The waiver of “score” reads “No gap (Zoë)”'))).toBe(
			true
		);
	});

	it('refuses a report whose printed fingerprint was changed', async () => {
		const text = await report(await deployment(), true);
		const print = /\(SHA-256\): `([0-9a-f]{64})`/.exec(text)![1];
		const result = await verifyMarkdown(text.replace(print, `0${print.slice(1)}`));
		expect(result.ok).toBe(false);
		expect(result.lines[0]).toMatch(/does not match its content/);
	});

	it('refuses a report without embedded content, or with damaged content, in words', async () => {
		const plain = exportValues({ source, model, values: {} });
		expect((await verifyMarkdown(plain)).headline).toMatch(/no embedded content/);
		const text = await report(await deployment(), false);
		const damaged = text.replace(/(<!-- shipshape-content\nss1\.)(.{8})/, '$1AAAAAAAA');
		const result = await verifyMarkdown(damaged);
		expect(result.ok).toBe(false);
		expect(result.headline).toMatch(/damaged|not in the expected shape/);
	});
});

describe('verifyBackup', () => {
	async function backup(tamper = false) {
		const content = await deployment();
		const signatures = [
			{ role: 'Developer', name: 'Zoë', signature: 'Zoë Ł.', date: '2026-12-03' }
		];
		const print = await fingerprint({ ...content, signatures });
		const entries = Object.entries(valuesOf(content)).map(([itemId, value]) => ({
			runId: 'r1',
			itemId,
			value: tamper && itemId === tests ? false : (value ?? null),
			updatedAt: AT
		}));
		const summary = {
			ticked: 0,
			tasks: 0,
			score: 0,
			scoreMax: 0,
			rated: 0,
			ratings: 0,
			threshold: null,
			pass: false,
			header: {}
		};
		const run = (id: string, signed: boolean) => ({
			id,
			templateId: 'builtin',
			templateName: 'Production',
			snapshotId: 's1',
			title: `Release ${id}`,
			target: content.target,
			vars: content.vars,
			status: signed ? 'signed' : 'draft',
			createdAt: AT,
			updatedAt: AT,
			summary,
			...(signed ? { signoff: { at: AT, fingerprint: print, signatures } } : {})
		});
		const data = {
			templates: [],
			snapshots: [{ id: 's1', source, model }],
			runs: [run('r1', true), run('r2', false)],
			entries,
			evidence: []
		};
		const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, data[t].length]));
		return serializeBackup({
			format: BACKUP_FORMAT,
			version: 1,
			exportedAt: new Date(AT).toISOString(),
			counts,
			data
		} as never);
	}

	it('verifies each signed deployment from its records', async () => {
		const result = await verifyBackup(await backup());
		expect(result).toMatchObject({ ok: true, unsigned: 1 });
		if (!result.ok) return;
		expect(result.results).toHaveLength(1);
		expect(result.results[0]).toMatchObject({ ok: true, title: 'Release r1' });
		expect(result.results[0].lines).toContain('Developer signed this version.');
	});

	it('says when a signed deployment’s records were changed', async () => {
		const result = await verifyBackup(await backup(true));
		if (!result.ok) throw new Error(result.error);
		expect(result.results[0].ok).toBe(false);
		expect(result.results[0].headline).toMatch(/changed after signing/);
		expect(result.results[0].lines).toContain(
			'Developer signed an earlier version (the content changed after they signed).'
		);
	});
});
