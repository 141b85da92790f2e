// The database release 578b473 left in a browser (tests/fixtures/release-578b473/database.json,
// schema 3, decisions under prefixed ids) opens in this one: each value becomes its typed record,
// nothing is lost, and the signed deployment still has the fingerprint it was signed with.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deploymentContent, fingerprintIn } from '$lib/record/fingerprint';
import { toLegacyValues } from '$lib/record/legacy';
import { decisionsOf } from '$lib/record/records';
import { useDatabase } from './connection';
import { loadDeployment } from './deployments';
import { loadEvidence } from './evidence';
import { SCHEMA_VERSION } from './schema';

const fixture = (name: string) =>
	readFileSync(new URL(`../../../tests/fixtures/release-578b473/${name}`, import.meta.url), 'utf8');
const dump = JSON.parse(fixture('database.json'));
const expected = JSON.parse(fixture('expected.json'));
const idOf = (which: string) => new URL(expected[which].url).searchParams.get('id')!;

interface Store {
	name: string;
	keyPath: string | string[];
	autoIncrement: boolean;
	indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
}

/** Writes the dump with raw IndexedDB, as that release's Dexie had made it. */
async function seed(name: string): Promise<void> {
	const open = indexedDB.open(name, dump.version);
	open.onupgradeneeded = () => {
		for (const s of dump.stores as Store[]) {
			const store = open.result.createObjectStore(s.name, {
				keyPath: s.keyPath,
				autoIncrement: s.autoIncrement
			});
			for (const i of s.indexes)
				store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
		}
	};
	const idb: IDBDatabase = await new Promise((ok, fail) => {
		open.onsuccess = () => ok(open.result);
		open.onerror = () => fail(open.error);
	});
	const tx = idb.transaction([...idb.objectStoreNames], 'readwrite');
	for (const [table, rows] of Object.entries(dump.rows as Record<string, unknown[]>))
		for (const row of rows) tx.objectStore(table).put(row);
	await new Promise((ok, fail) => {
		tx.oncomplete = ok;
		tx.onerror = () => fail(tx.error);
	});
	idb.close();
}

describe('the database of release 578b473', () => {
	it('becomes typed records, every stored value kept exactly', async () => {
		await seed('release-578b473-a');
		const d = useDatabase('release-578b473-a');
		const entries = dump.rows.entries as { runId: string; itemId: string; value: unknown }[];
		for (const which of ['train', 'draft', 'signed']) {
			const bundle = (await loadDeployment(idOf(which)))!;
			const before = Object.fromEntries(
				entries.filter((e) => e.runId === idOf(which)).map((e) => [e.itemId, e.value])
			);
			expect(toLegacyValues(decisionsOf(bundle.records)), which).toEqual(before);
			expect(bundle.records.every((r) => r.v === 1 && typeof r.at === 'number')).toBe(true);
		}
		expect(d.verno).toBe(SCHEMA_VERSION);
		expect(d.tables.map((t) => t.name)).not.toContain('entries');
	});

	it('reads its decisions as what they are', async () => {
		await seed('release-578b473-b');
		useDatabase('release-578b473-b');
		const draft = decisionsOf((await loadDeployment(idOf('draft')))!.records);
		expect(Object.values(draft.na)).toEqual(
			expect.arrayContaining(['We use *OpenAI* | only', null])
		);
		expect(Object.values(draft.waivers)).toEqual([
			expect.objectContaining({ reason: 'Rated at the review ⏱', by: 'Sam Secure' })
		]);
		expect(Object.values(draft.signed)).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
		const train = decisionsOf((await loadDeployment(idOf('train')))!.records);
		expect(Object.values(train.na)).toEqual(['Ticketless 🎫']);
		expect(Object.values(train.values)).toContain('Zoë | “ops” *lead*');
	});

	it('still has the fingerprint its sign-off recorded, in the format it was made in', async () => {
		await seed('release-578b473-c');
		useDatabase('release-578b473-c');
		const bundle = (await loadDeployment(idOf('signed')))!;
		const signoff = bundle.run.signoff!;
		expect(signoff.fingerprint).toBe(expected.signed.fingerprint);
		const content = deploymentContent(
			bundle.run,
			bundle.snapshot,
			bundle.records,
			await loadEvidence(idOf('signed')),
			signoff.signatures
		);
		expect(await fingerprintIn(1, content)).toBe(signoff.fingerprint);
		expect(await fingerprintIn(2, content)).not.toBe(signoff.fingerprint);
	});
});
