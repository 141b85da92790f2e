// A site's registrable domain ("example.co.uk" for "www.example.co.uk"), read as tldts reads it
// for the MDN HTTP Observatory: its subresource-integrity test compares script hosts with the
// site's (ICANN rules only) and tough-cookie refuses a cookie whose Domain is a public suffix
// (ICANN and private rules). The list is tldts' own, copied by scripts/public-suffix-list.js.
import { EXCEPTIONS, RULES } from './public-suffix-list';

interface Node {
	/** 1 an ICANN rule, 2 a private one, 0 only a step towards longer rules. */
	flag: number;
	children: Map<string, Node>;
}

let tries: { rules: Node; exceptions: Node } | null = null;

function decode(text: string): Node {
	const root: Node = { flag: 0, children: new Map() };
	const stack = [root];
	let label = '';
	let flag = 1;
	let last: Node | null = null;
	const close = () => {
		if (label === '') return;
		last = { flag, children: new Map() };
		stack[stack.length - 1].children.set(label, last);
		label = '';
		flag = 1;
	};
	for (const ch of text) {
		if (ch === '(') {
			close();
			stack.push(last as unknown as Node);
		} else if (ch === ')' || ch === ',') {
			close();
			if (ch === ')') stack.pop();
		} else if (label === '' && (ch === '+' || ch === '-')) {
			flag = ch === '+' ? 2 : 0;
		} else label += ch;
	}
	close();
	return root;
}

function trie() {
	tries ??= { rules: decode(RULES), exceptions: decode(EXCEPTIONS) };
	return tries;
}

/** The deepest rule matching `labels` (right-most first), as tldts walks its trie. */
function walk(root: Node, labels: string[], mask: number): number {
	let node = root;
	let matched = -1;
	for (let i = 0; i < labels.length; i += 1) {
		const label = labels[i];
		const next = node.children.get(label) ?? (label === '' ? undefined : node.children.get('*'));
		if (!next) break;
		node = next;
		if (node.flag & mask) matched = i;
	}
	return matched;
}

/** The public suffix of a valid, lower-case hostname. */
export function publicSuffix(hostname: string, allowPrivate = false): string {
	const labels = hostname.split('.').reverse();
	const mask = allowPrivate ? 3 : 1;
	const { rules, exceptions } = trie();
	const exception = walk(exceptions, labels, mask);
	if (exception >= 0) return labels.slice(0, exception).reverse().join('.');
	const rule = walk(rules, labels, mask);
	if (rule >= 0)
		return labels
			.slice(0, rule + 1)
			.reverse()
			.join('.');
	return labels[0];
}

/** tldts' isValidHostname: letters, digits, '-', '_' and non-ASCII; labels up to 63. */
export function isValidHostname(hostname: string): boolean {
	if (hostname.length === 0 || hostname.length > 255) return false;
	const valid = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
	const first = hostname.charCodeAt(0);
	if (!valid(first) && first !== 46 && first !== 95) return false;
	let lastDot = -1;
	let last = -1;
	for (let i = 0; i < hostname.length; i += 1) {
		const c = hostname.charCodeAt(i);
		if (c === 46) {
			if (i - lastDot > 64 || last === 46 || last === 45) return false;
			lastDot = i;
		} else if (!(valid(c) || c === 45 || c === 95) || (c === 45 && last === 46)) return false;
		last = c;
	}
	return hostname.length - lastDot - 1 <= 63 && last !== 45;
}

/** True for what tldts takes for an IP address or a host ending in a number (never a domain). */
function isAddress(hostname: string): boolean {
	if (hostname.includes(':')) return true;
	const lastLabel = hostname.slice(hostname.lastIndexOf('.') + 1);
	return /^(\d+|0x[0-9a-f]*)$/i.test(lastLabel);
}

/**
 * The registrable domain of a hostname (or of an http(s) URL's host), or null for an IP
 * address, an invalid host or a public suffix itself, as tldts' getDomain.
 */
export function registrableDomain(input: string, allowPrivate = false): string | null {
	let host = input;
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
		try {
			host = new URL(input).hostname;
		} catch {
			return null;
		}
	}
	if (host.startsWith('[')) return null;
	host = host.replace(/(?<=.)\.+$/, '');
	if (!isValidHostname(host)) host = host.toLowerCase();
	if (isAddress(host) || !isValidHostname(host)) return null;
	const suffix = publicSuffix(host, allowPrivate);
	let dots = 0;
	while (host[dots] === '.') dots += 1;
	if (suffix.length === host.length - dots) return null;
	const before = host.lastIndexOf('.', host.length - suffix.length - 2);
	return before === -1 ? host : host.slice(before + 1);
}
