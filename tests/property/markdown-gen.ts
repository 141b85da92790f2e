// Generated checklist-like Markdown, built from the pieces real checklists are made of (headings,
// tasks, nested lists, fill-in blanks, ratings, tables, code fences, front matter, HTML, links)
// plus the hostile ones (javascript: links, control characters, bidi overrides, very long lines).
import fc from 'fast-check';

/** Characters and snippets that parsers and renderers like to trip over. */
export const HOSTILE = [
	'\u202e', // right-to-left override
	'\u202d',
	'\u2066',
	'\u200b',
	'\u200d',
	'\ufeff',
	'\u0000',
	'\u0007',
	'\u001b[31m',
	'\u0085',
	'\u2028',
	'\ufffd',
	'\ud800', // lone surrogate
	'\udc00',
	'\r',
	'\t',
	'\\',
	'`',
	'*',
	'_',
	'|',
	'<',
	'&amp;',
	'&#0;',
	'&#x202e;',
	'[x]',
	'[ ]',
	'~~~',
	'$$',
	':rocket:',
	'[^1]'
];

/** Words checklists are made of. */
export const WORDS = [
	'Deploy',
	'database',
	'migrations',
	'run',
	'Health check returns 200 OK',
	'SSL',
	'Zoë',
	'李雷',
	'🚀',
	'mix test',
	'x',
	'Notes',
	'Sign-Off',
	'Version',
	'Security',
	'42',
	'1.4.2',
	'fly.toml'
];

const URLS = [
	'javascript:alert(1)',
	'JaVaScRiPt:alert(document.cookie)',
	' javascript:alert(1)',
	'java\tscript:alert(1)',
	'data:text/html,<script>alert(1)</script>',
	'data:image/svg+xml;base64,PHN2Zz4=',
	'vbscript:msgbox(1)',
	'https://your-app.fly.dev/health',
	'http://example.com/?a=1&b=<2>',
	'#notes',
	'mailto:ops@example.com',
	'',
	'<javascript:alert(1)>',
	'https://example.com/a b'
];

const word = fc.oneof(
	{ arbitrary: fc.constantFrom(...WORDS), weight: 6 },
	{ arbitrary: fc.constantFrom(...HOSTILE), weight: 2 },
	{ arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
	{ arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 1 }
);

const url = fc.oneof(fc.constantFrom(...URLS), fc.webUrl());

/** Inline text: words, code, emphasis and links, one line. */
export const inline: fc.Arbitrary<string> = fc
	.array(
		fc.oneof(
			{ arbitrary: word, weight: 8 },
			{ arbitrary: word.map((w) => `\`${w}\``), weight: 2 },
			{ arbitrary: word.map((w) => `**${w}**`), weight: 1 },
			{ arbitrary: word.map((w) => `_${w}_`), weight: 1 },
			{ arbitrary: fc.tuple(word, url).map(([w, u]) => `[${w}](${u})`), weight: 2 },
			{ arbitrary: fc.tuple(word, url).map(([w, u]) => `![${w}](${u})`), weight: 1 },
			{ arbitrary: url.map((u) => `<${u}>`), weight: 1 },
			{
				arbitrary: fc.constantFrom('<b>bold</b>', '<img src=x onerror=alert(1)>', '<br>'),
				weight: 1
			}
		),
		{ minLength: 1, maxLength: 6 }
	)
	.map((parts) => parts.join(' ').replace(/[\r\n]/g, ' '));

const indent = fc.constantFrom('', '', '', '  ', '    ', '  \t', '      ', ' ');
const bullet = fc.constantFrom('-', '-', '-', '*', '+', '1.', '2)', '10.');
const mark = fc.constantFrom('[ ]', '[ ]', '[x]', '[X]', '[]', '[ x]', '[-]', '[  ]', '[x ]');

/** A task line, maybe nested, maybe malformed. */
export const task: fc.Arbitrary<string> = fc
	.tuple(indent, bullet, mark, inline)
	.map(([i, b, m, t]) => `${i}${b} ${m} ${t}`);

const label = fc.oneof(fc.constantFrom('Date', 'Deployed By', 'Version', 'On-Call Engineer'), word);
const blank = fc.integer({ min: 1, max: 20 }).map((n) => '_'.repeat(n));
const max = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom(25, 99999, -1));

const field = fc
	.tuple(label, blank, fc.constantFrom('', '  ', '\\'))
	.map(([l, b, end]) => `**${l}**: ${b}${end}`);
const listField = fc.tuple(label, blank).map(([l, b]) => `- **${l}**: ${b}`);
const rating = fc.tuple(label, blank, max).map(([l, b, m]) => `- ${l}: ${b} / ${m}`);
const total = fc.tuple(blank, max).map(([b, m]) => `**Overall Score**: ${b} / ${m}`);
const threshold = fc
	.tuple(fc.integer({ min: 0, max: 30 }), max)
	.map(([v, m]) => `**Minimum passing score**: ${v}/${m}`);

const heading = fc.oneof(
	{
		arbitrary: fc
			.tuple(fc.integer({ min: 1, max: 7 }), inline)
			.map(([n, t]) => `${'#'.repeat(n)} ${t}`),
		weight: 4
	},
	{ arbitrary: inline.map((t) => `${t}\n===`), weight: 1 },
	{ arbitrary: inline.map((t) => `${t}\n---`), weight: 1 },
	{ arbitrary: fc.constantFrom('## Notes', '## Deployment Notes', '## Sign-Off', '#'), weight: 1 }
);

const cell = fc.oneof(fc.constant(''), fc.constant(' '), blank, word, fc.constant('\\|'));

const table = fc
	.tuple(
		fc.array(word, { minLength: 1, maxLength: 5 }),
		fc.array(fc.array(cell, { minLength: 0, maxLength: 6 }), { minLength: 0, maxLength: 5 }),
		fc.constantFrom('---', ':--', ':-:', '--:', '-')
	)
	.map(([head, rows, align]) =>
		[
			`| ${head.join(' | ')} |`,
			`|${head.map(() => align).join('|')}|`,
			...rows.map((r) => `| ${r.join(' | ')} |`)
		].join('\n')
	);

const signOff = fc.constant(
	'| Role | Name | Signature | Date |\n|------|------|-----------|------|\n| Developer | | | |\n| Reviewer | ____ | ____ | ____ |'
);

const fence = fc
	.tuple(
		fc.constantFrom('```', '~~~', '````', '```bash', '```sh', '   ```'),
		fc.array(
			fc.oneof(
				inline,
				fc.constantFrom('# Expected: 200 OK', 'curl -I https://x', '- [ ] not a task')
			),
			{
				maxLength: 4
			}
		),
		fc.boolean()
	)
	.map(([open, lines, closed]) => {
		const close = open.trim().slice(0, 3) === '~~~' ? '~~~' : '```';
		return [open, ...lines, ...(closed ? [close] : [])].join('\n');
	});

const html = fc.constantFrom(
	'<!-- a comment -->',
	'<!-- unclosed comment',
	'<div>\n\n- [ ] inside a div\n\n</div>',
	'<details><summary>More</summary>\n\n- [ ] hidden task\n\n</details>',
	'<script>alert(1)</script>',
	'<style>body{display:none}</style>',
	'<img src=x onerror=alert(1)>',
	'<!-- shipshape-report v1 template=abc-1 evidence=2 -->',
	'<?php echo 1; ?>',
	'<![CDATA[ x ]]>'
);

/**
 * A very long line of plain words, or a shorter run of one hostile snippet. (Long runs of
 * unmatched `*` or `[` take the GFM parser super-linear time: see known-limits.spec.ts.)
 */
const longLine = fc.oneof(
	fc
		.tuple(
			fc.constantFrom('- [ ] ', '', '| ', '# ', '**Version**: '),
			fc.integer({ min: 300, max: 2000 })
		)
		.map(([start, n]) => start + 'lorem ipsum dolor '.repeat(Math.ceil(n / 18))),
	fc
		.tuple(fc.constantFrom(...HOSTILE), fc.integer({ min: 20, max: 100 }))
		.map(([w, n]) => `- [ ] ${w.repeat(n)}`)
);

const other = fc.oneof(
	fc.constantFrom('---', '***', '', '', 'Some paragraph text.', '[ref]: https://example.com'),
	inline.map((t) => `> ${t}`),
	fc.constantFrom('> [!WARNING]\n> Careful', '> - [ ] quoted task', '1. First\n2. Second'),
	inline.map((t) => `- ${t}`),
	inline.map((t) => `  - ${t}`)
);

/** One block of a checklist-like document. */
export const block: fc.Arbitrary<string> = fc.oneof(
	{ arbitrary: task, weight: 10 },
	{ arbitrary: heading, weight: 4 },
	{ arbitrary: fc.oneof(field, listField, rating, total, threshold), weight: 4 },
	{ arbitrary: fc.oneof(table, signOff), weight: 2 },
	{ arbitrary: fence, weight: 2 },
	{ arbitrary: html, weight: 1 },
	{ arbitrary: longLine, weight: 1 },
	{ arbitrary: other, weight: 3 },
	{ arbitrary: inline, weight: 2 }
);

const frontmatter = fc.constantFrom(
	'',
	'',
	'---\ntitle: Release\n---\n',
	'---\nvariables:\n  app:\n    label: App name\n    placeholder: your-app-name\n---\n',
	'---\nvariables: [1, 2\n---\n',
	'---\n: : :\n\t- x\n---\n',
	'---\nunclosed: front matter\n'
);

/** Line endings and other whole-file changes a file may have picked up on its way. */
const finish = fc.constantFrom('lf', 'crlf', 'cr', 'bom', 'bom-crlf', 'trailing-spaces');

/**
 * The text with at most one leading byte-order mark. Known bug (known-bugs.spec.ts): two make
 * parseChecklist throw, so the generators leave that trigger out until it is fixed.
 */
export function oneBom(text: string): string {
	return text.replace(/^\uFEFF+/, (boms) => boms.slice(0, 1));
}

function finished(raw: string, how: string): string {
	const text = raw.replace(/^\uFEFF+/, '');
	switch (how) {
		case 'crlf':
			return text.replace(/\n/g, '\r\n');
		case 'cr':
			return text.replace(/\n/g, '\r');
		case 'bom':
			return `\ufeff${text}`;
		case 'bom-crlf':
			return `\ufeff${text.replace(/\n/g, '\r\n')}`;
		case 'trailing-spaces':
			return text.replace(/\n/g, '  \n');
		default:
			return text;
	}
}

/** A whole generated document. */
export const document: fc.Arbitrary<string> = fc
	.tuple(
		frontmatter,
		fc.array(fc.tuple(block, fc.constantFrom('\n', '\n', '\n\n')), { minLength: 1, maxLength: 7 }),
		finish
	)
	.map(([front, blocks, how]) => finished(front + blocks.map(([b, sep]) => b + sep).join(''), how));
