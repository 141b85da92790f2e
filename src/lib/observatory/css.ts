// When the MDN HTTP Observatory cannot read a page at all. It parses pages with jsdom, whose inline
// style support (cssstyle) parses a style attribute as the stylesheet `#bogus{…}` with
// rrweb-cssom and then reads the first rule's declarations: if that first rule is an at-rule
// (an unclosed `@media x{` in a style attribute does it), jsdom throws, and the Observatory
// grades the page html-not-parseable (and finds none of its <meta> policies). This replays
// rrweb-cssom's parse (lib/parse.js) just far enough to tell. Its IE expression() branch is not
// replayed: a style attribute using one is taken as readable.

type Rule = 'style' | 'font-face' | 'keyframe' | 'grouping' | 'keyframes' | 'other-at-rule';

const SIGNIFICANT_WHITESPACE = new Set([
	'selector',
	'value',
	'value-parenthesis',
	'atRule',
	'importRule-begin',
	'importRule',
	'atBlock',
	'containerBlock',
	'conditionBlock',
	'documentRule-begin',
	'layerBlock'
]);

// '@' keyword → [state it starts, extra characters skipped, kind of rule]
const AT_RULES: [string, string, Rule | 'import'][] = [
	['@-moz-document', 'documentRule-begin', 'other-at-rule'],
	['@media', 'atBlock', 'grouping'],
	['@container', 'containerBlock', 'grouping'],
	['@layer', 'layerBlock', 'grouping'],
	['@supports', 'conditionBlock', 'grouping'],
	['@host', 'hostRule-begin', 'other-at-rule'],
	['@starting-style', 'startingStyleRule-begin', 'grouping'],
	['@import', 'importRule-begin', 'import'],
	['@font-face', 'fontFaceRule-begin', 'font-face']
];
const OPENS_SCOPE: Record<string, Rule> = {
	atBlock: 'grouping',
	containerBlock: 'grouping',
	conditionBlock: 'grouping',
	layerBlock: 'grouping',
	'startingStyleRule-begin': 'grouping',
	'hostRule-begin': 'other-at-rule',
	'documentRule-begin': 'other-at-rule'
};

/** True when jsdom throws on an element with this style attribute (see the module comment). */
export function styleCrashesJsdom(style: string): boolean {
	if (!style.includes('@')) return false;
	const token = `#bogus{${style}}`;
	let state = 'before-selector';
	let buffer = '';
	let depth = 0;
	let scope: Rule | 'sheet' = 'sheet';
	let parent: Rule | null = null;
	const ancestors: Rule[] = [];
	let styleRule: Rule | null = null;
	const sheet: (Rule | 'import')[] = [];
	const keyframes = /@(-(?:\w+-)+)?keyframes/y;
	for (let i = 0; i < token.length; i += 1) {
		const ch = token[i];
		if (' \t\r\n\f'.includes(ch)) {
			if (SIGNIFICANT_WHITESPACE.has(state)) buffer += ch;
		} else if (ch === '"' || ch === "'") {
			let index = i + 1;
			do {
				index = token.indexOf(ch, index) + 1;
				if (!index) return false; // unmatched quote: parse error, caught by cssstyle
			} while (token[index - 2] === '\\');
			buffer += token.slice(i, index);
			i = index - 1;
			if (state === 'before-value') state = 'value';
			else if (state === 'importRule-begin') state = 'importRule';
		} else if (ch === '/') {
			if (token[i + 1] === '*') {
				const end = token.indexOf('*/', i + 2);
				if (end === -1) return false;
				i = end + 1;
			} else buffer += ch;
			if (state === 'importRule-begin') {
				buffer += ' ';
				state = 'importRule';
			}
		} else if (ch === '@') {
			const at = AT_RULES.find(([word]) => token.startsWith(word, i));
			keyframes.lastIndex = i;
			const frames = at ? null : keyframes.exec(token);
			if (at) {
				state = at[1];
				i += at[0].length - 1;
				buffer = at[2] === 'import' ? buffer + '@import' : '';
			} else if (frames) {
				state = 'keyframesRule-begin';
				i += frames[0].length - 1;
				buffer = '';
			} else {
				if (state === 'selector') state = 'atRule';
				buffer += ch;
			}
		} else if (ch === '{') {
			if (state === 'selector' || state === 'atRule') {
				buffer = '';
				state = 'before-name';
			} else if (OPENS_SCOPE[state] || state === 'keyframesRule-begin') {
				if (parent) ancestors.push(parent);
				scope = parent = OPENS_SCOPE[state] ?? 'keyframes';
				buffer = '';
				state = state === 'keyframesRule-begin' ? 'keyframeRule-begin' : 'before-selector';
			} else if (state === 'fontFaceRule-begin' || state === 'keyframeRule-begin') {
				styleRule = state === 'fontFaceRule-begin' ? 'font-face' : 'keyframe';
				buffer = '';
				state = 'before-name';
			}
		} else if (ch === ':') {
			if (state === 'name') {
				buffer = '';
				state = 'before-value';
			} else buffer += ch;
		} else if (ch === '(') {
			if (state === 'value') {
				if (buffer.trim() === 'expression') return false;
				state = 'value-parenthesis';
				depth = 1;
			} else if (state === 'value-parenthesis') depth += 1;
			buffer += ch;
		} else if (ch === ')') {
			if (state === 'value-parenthesis' && --depth === 0) state = 'value';
			buffer += ch;
		} else if (ch === '!') {
			if (state === 'value' && token.startsWith('!important', i)) i += 'important'.length;
			else buffer += ch;
		} else if (ch === ';') {
			if (state === 'value') {
				if (!styleRule) return false;
				buffer = '';
				state = 'before-name';
			} else if (state === 'atRule') {
				buffer = '';
				state = 'before-selector';
			} else if (state === 'importRule') {
				sheet.push('import');
				buffer = '';
				state = 'before-selector';
			} else buffer += ch;
		} else if (ch === '}') {
			if (state === 'value' || state === 'before-name' || state === 'name') {
				if (!styleRule) return false;
				if (scope === 'sheet') sheet.push(styleRule);
				buffer = '';
				state = scope === 'keyframes' ? 'keyframeRule-begin' : 'before-selector';
			} else if (
				state === 'keyframeRule-begin' ||
				state === 'before-selector' ||
				state === 'selector'
			) {
				if (!parent) return false; // "Unexpected }": a parse error, caught by cssstyle
				let hasAncestors = ancestors.length > 0;
				while (ancestors.length > 0) {
					parent = ancestors.pop() as Rule;
					if (parent === 'grouping') {
						scope = parent;
						break;
					}
					if (ancestors.length === 0) hasAncestors = false;
				}
				if (!hasAncestors) {
					sheet.push(scope as Rule);
					scope = 'sheet';
					parent = null;
				}
				buffer = '';
				state = 'before-selector';
			}
		} else {
			if (state === 'before-selector') {
				state = 'selector';
				styleRule = 'style';
			} else if (state === 'before-name') state = 'name';
			else if (state === 'before-value') state = 'value';
			else if (state === 'importRule-begin') state = 'importRule';
			buffer += ch;
		}
	}
	const first = sheet[0];
	return first !== undefined && first !== 'style' && first !== 'font-face' && first !== 'keyframe';
}
