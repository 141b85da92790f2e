// Opens the database lazily, in the browser only, and lets tests point it elsewhere.
import { SCHEMA_VERSION, ShipshapeDB } from './schema';

let current: ShipshapeDB | null = null;
let name = 'shipshape';
const closedListeners = new Set<(reason: string) => void>();

/** The data in this browser was written by a newer Shipshape: refuse it rather than damage it. */
export class NewerDataError extends Error {
	constructor(found: number) {
		super(
			`This browser holds Shipshape data from a newer version of the app (data format ${found}, this app reads up to ${SCHEMA_VERSION}). Reload to get the newer version; this one will not touch the data.`
		);
		this.name = 'NewerDataError';
	}
}

/**
 * Wraps IndexedDB so that Dexie cannot adopt a database written by a newer Shipshape. Dexie
 * opens with this app's version; a newer database answers VersionError, and Dexie then reopens
 * without a version and would patch the schema to fit. That versionless reopen is refused here
 * (after reading the version, without writing anything).
 */
function refuseNewerData(factory: IDBFactory): IDBFactory {
	const open = (dbName: string, version?: number): IDBOpenDBRequest => {
		if (version !== undefined) return factory.open(dbName, version);
		const request = factory.open(dbName);
		const shim = {
			onsuccess: null,
			onerror: null,
			onblocked: null,
			onupgradeneeded: null
		} as unknown as IDBOpenDBRequest;
		request.onsuccess = () => {
			const found = request.result.version;
			request.result.close();
			const error = new NewerDataError(Math.floor(found / 10));
			const event = { target: { error }, preventDefault() {}, stopPropagation() {} };
			(shim.onerror as unknown as (e: unknown) => void)?.(event);
		};
		request.onerror = (e) => (shim.onerror as unknown as (e: unknown) => void)?.(e);
		return shim;
	};
	return new Proxy(factory, {
		get(target, prop) {
			if (prop === 'open') return open;
			const value = Reflect.get(target, prop);
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}

/** The database, created on first use. */
export function db(): ShipshapeDB {
	if (!current) {
		const factory = typeof indexedDB === 'undefined' ? undefined : refuseNewerData(indexedDB);
		current = new ShipshapeDB(name, factory ? { indexedDB: factory } : undefined);
		// Another tab is upgrading the schema: step aside so it can, and tell the user.
		current.on('versionchange', () => {
			current?.close();
			current = null;
			for (const listener of closedListeners)
				listener('Shipshape was updated in another tab. Reload this page to keep working.');
			return false;
		});
	}
	return current;
}

/** Opens the database, rejecting with the reason when it cannot be used (e.g. newer data). */
export async function openDatabase(): Promise<void> {
	await db().open();
}

/** Calls `listener` when this tab had to close its database connection. */
export function onDatabaseClosed(listener: (reason: string) => void): () => void {
	closedListeners.add(listener);
	return () => closedListeners.delete(listener);
}

/** Points the module at another database (tests), closing the current one. */
export function useDatabase(databaseName: string): ShipshapeDB {
	current?.close();
	current = null;
	name = databaseName;
	return db();
}
