// Just enough source-map reading for the diagnosis (no dependency): which source module each
// byte of a built chunk came from, and which module a profiled code position belongs to.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Decodes one line's mappings into [generatedColumn, sourceIndex, sourceLine, sourceColumn][].
 * @param {string} line
 * @param {{ source: number, line: number, column: number }} state carried across lines (the
 * source fields are relative to the previous segment's)
 */
function decodeLine(line, state) {
	/** @type {[number, number, number, number][]} */
	const segments = [];
	let column = 0;
	for (const segment of line.split(',')) {
		if (!segment) continue;
		/** @type {number[]} */
		const values = [];
		let value = 0;
		let shift = 0;
		for (const char of segment) {
			const digit = B64.indexOf(char);
			value += (digit & 31) << shift;
			if (digit & 32) shift += 5;
			else {
				values.push(value & 1 ? -(value >>> 1) : value >>> 1);
				value = 0;
				shift = 0;
			}
		}
		column += values[0];
		if (values.length > 1) {
			state.source += values[1];
			state.line += values[2];
			state.column += values[3];
		}
		segments.push([column, values.length > 1 ? state.source : -1, state.line, state.column]);
	}
	return segments;
}

/**
 * A readable module name: a package for node_modules, else the project path.
 * @param {string} source as written in the map, relative to the chunk
 */
export function moduleOf(source) {
	const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
	if (pkg) return pkg[1];
	return source.replace(/^(\.\.\/)+/, '').replace(/^.*?\b(src\/|\.svelte-kit\/)/, '$1');
}

/**
 * A decoded map: per generated line, its segments, sorted by column.
 * @param {{ sources: string[], mappings: string }} map
 */
export function decodeMap(map) {
	const state = { source: 0, line: 0, column: 0 };
	return { sources: map.sources, lines: map.mappings.split(';').map((l) => decodeLine(l, state)) };
}

/**
 * The source module, line (1-based) and column (0-based) at a generated position (0-based).
 * @param {ReturnType<typeof decodeMap>} decoded
 * @param {number} line
 * @param {number} column
 */
export function originalAt(decoded, line, column) {
	const segments = decoded.lines[line] ?? [];
	/** @type {{ module: string, line: number, column: number } | null} */
	let found = null;
	for (const [col, source, sourceLine, sourceColumn] of segments) {
		if (col > column) break;
		if (source >= 0)
			found = {
				module: moduleOf(decoded.sources[source]),
				line: sourceLine + 1,
				column: sourceColumn
			};
	}
	return found;
}

/**
 * Bytes of generated code per source module. Bytes without a mapping of their own (Svelte leaves
 * template strings unmapped) count for the module mapped just before them.
 * @param {string} code the built chunk
 * @param {{ sources: string[], mappings: string }} map
 * @returns {Map<string, number>}
 */
export function bytesBySource(code, map) {
	const decoded = decodeMap(map);
	/** @type {Map<string, number>} */
	const out = new Map();
	let current = '(unmapped)';
	const add = (/** @type {number} */ n) => out.set(current, (out.get(current) ?? 0) + n);
	code.split('\n').forEach((text, i) => {
		const segments = decoded.lines[i] ?? [];
		add(Math.min(segments[0]?.[0] ?? text.length, text.length) + 1);
		segments.forEach(([col, source], j) => {
			const end = j + 1 < segments.length ? segments[j + 1][0] : text.length;
			if (source >= 0) current = moduleOf(decoded.sources[source]);
			add(Math.max(0, end - col));
		});
	});
	return out;
}
