// Opens the database lazily, in the browser only, and lets tests point it elsewhere.
import { ShipshapeDB } from './schema';

let current: ShipshapeDB | null = null;
let name = 'shipshape';
const closedListeners = new Set<(reason: string) => void>();

/** The database, created on first use. */
export function db(): ShipshapeDB {
	if (!current) {
		current = new ShipshapeDB(name);
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
