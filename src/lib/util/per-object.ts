// One derived view per open deployment, made on first use and shared by every component that
// asks for it, so a feature keeps its derived state beside its code instead of in the page state.

/** Wraps `make` so each object gets exactly one result, kept as long as the object lives. */
export function onePer<K extends object, V>(make: (key: K) => V): (key: K) => V {
	const made = new WeakMap<K, V>();
	return (key) => {
		let value = made.get(key);
		if (value === undefined) {
			value = make(key);
			made.set(key, value);
		}
		return value;
	};
}
