// Generated well-formed checklists, for round trips: headings, tasks (some nested), fields,
// ratings, a total, fill-in tables, commands and notes, every block closed.
import fc from 'fast-check';
import { WORDS } from './markdown-gen';

const cleanWord = fc.constantFrom(...WORDS, 'Check', 'Zoë Ł', 'ok', 'a|b', 'x_y', '`code`');
const cleanInline = fc.array(cleanWord, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

/**
 * A well-formed checklist for round trips: headings, tasks (some nested), fields, ratings, a
 * total, fill-in tables and notes, every block closed. At least one task.
 */
export const wellFormed: fc.Arbitrary<string> = fc
	.tuple(
		cleanInline,
		fc.array(
			fc.oneof(
				{ arbitrary: cleanInline.map((t) => `## ${t}`), weight: 2 },
				{
					arbitrary: fc
						.array(fc.tuple(fc.constantFrom('', '  '), fc.boolean(), cleanInline), {
							minLength: 1,
							maxLength: 5
						})
						.map((items) =>
							items.map(([i, x, t], n) => `${n === 0 ? '' : i}- [${x ? 'x' : ' '}] ${t}`).join('\n')
						),
					weight: 5
				},
				{ arbitrary: cleanInline.map((l) => `**${l}**: ______`), weight: 2 },
				{
					arbitrary: fc
						.array(fc.tuple(cleanWord, fc.integer({ min: 1, max: 9 })), {
							minLength: 1,
							maxLength: 3
						})
						.map((r) => r.map(([l, m]) => `- ${l}: ___ / ${m}`).join('\n')),
					weight: 1
				},
				{ arbitrary: fc.constant('**Overall Score**: _____ / 25'), weight: 1 },
				{
					arbitrary: fc.constantFrom(
						'| Role | Name | Date |\n|------|------|------|\n| Developer | | |\n| Reviewer | ____ | |',
						'| Check | Result |\n|:--|:-:|\n| Smoke | ____ |\n| Fixed | done |'
					),
					weight: 1
				},
				{
					arbitrary: fc.constant('```bash\ncurl -I https://your-app.fly.dev\n# Expected: 200\n```'),
					weight: 1
				},
				{ arbitrary: fc.constant('## Notes\n\nWrite anything unusual here.'), weight: 1 },
				{ arbitrary: cleanInline.map((t) => `> ${t}`), weight: 1 }
			),
			{ minLength: 0, maxLength: 10 }
		),
		cleanInline
	)
	.map(([title, blocks, first]) => `# ${title}\n\n- [ ] ${first}\n\n${blocks.join('\n\n')}\n`);
