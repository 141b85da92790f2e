// Reads the parts of a template's YAML front matter that Shipshape understands: command
// variables. Anything else in the front matter is kept in the source and ignored here.
import { parse as parseYaml } from 'yaml';
import type { VariableDef } from './model.ts';

const NAME = /^[a-z][a-z0-9_-]{0,31}$/i;

/**
 * Variables declared as `variables:` (or `shipshape: variables:`), each either
 * `name: placeholder` or `name: { label, placeholder | placeholders, hint }`.
 * The names `base` and `host` take their value from the Target URL.
 */
export function frontmatterVariables(yaml: string | null): {
	variables: VariableDef[];
	problems: string[];
} {
	const problems: string[] = [];
	if (!yaml?.trim()) return { variables: [], problems };
	let data: unknown;
	try {
		data = parseYaml(yaml, { maxAliasCount: 10, logLevel: 'error' });
	} catch (error) {
		const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return {
			variables: [],
			problems: [`The front matter is not valid YAML (${why}); it was ignored.`]
		};
	}
	const root = isObject(data) && isObject(data.shipshape) ? data.shipshape : data;
	const declared = isObject(root) ? root.variables : undefined;
	if (declared === undefined) return { variables: [], problems };
	if (!isObject(declared))
		return {
			variables: [],
			problems: ['`variables` in the front matter must be a mapping; it was ignored.']
		};
	const variables: VariableDef[] = [];
	for (const [name, spec] of Object.entries(declared)) {
		if (!NAME.test(name)) {
			problems.push(`Variable “${name}” was ignored: use letters, digits, - and _ only.`);
			continue;
		}
		const placeholders = placeholdersOf(spec);
		if (!placeholders.length) {
			problems.push(`Variable “${name}” was ignored: it names no placeholder text to replace.`);
			continue;
		}
		const label = isObject(spec) && typeof spec.label === 'string' ? spec.label.trim() : name;
		const hint = isObject(spec) && typeof spec.hint === 'string' ? spec.hint.trim() : undefined;
		const source = name === 'base' ? 'target-base' : name === 'host' ? 'target-host' : 'typed';
		variables.push({ name, label: label || name, placeholders, source, ...(hint ? { hint } : {}) });
	}
	return { variables, problems };
}

function placeholdersOf(spec: unknown): string[] {
	const raw =
		typeof spec === 'string' || typeof spec === 'number'
			? [spec]
			: isObject(spec)
				? [spec.placeholder, spec.placeholders].flat()
				: [];
	return raw
		.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number')
		.map(String)
		.map((p) => p.trim())
		.filter((p) => p.length >= 2);
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
