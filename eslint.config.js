import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// The house rules (docs/architecture.md): which folder may import what. ESLint applies the last
// matching `no-restricted-imports` only, so each folder's entry lists everything it may not use.
const dexieOnlyInDb = {
	paths: [{ name: 'dexie', message: 'Only src/lib/db/ touches Dexie: import from $lib/db.' }],
	patterns: [
		{ group: ['dexie/*'], message: 'Only src/lib/db/ touches Dexie: import from $lib/db.' },
		{
			group: ['$lib/db/*', '!$lib/db/backup'],
			message: 'Import storage from its door, $lib/db ($lib/db/backup is loaded late on purpose).'
		}
	]
};
/** Every feature folder except `allowed`, for the pure layers that may use only those. */
const allBut = (...allowed) => [
	'$lib/*',
	...allowed.flatMap((n) => [`!$lib/${n}`, `!$lib/${n}/*`]),
	'../*',
	...allowed.flatMap((n) => [`!../${n}`, `!../${n}/*`])
];
/** The given feature folders, for layers that must not use those. */
const folders = (...names) =>
	names.flatMap((n) => [`$lib/${n}`, `$lib/${n}/*`, `../${n}`, `../${n}/*`]);
const boundaries = [
	{
		files: ['src/lib/checklist/**'],
		group: allBut('checklist'),
		message: 'checklist/ is the pure core: it imports no feature.'
	},
	{
		files: ['src/lib/evidence/**'],
		group: allBut('evidence', 'checklist', 'util'),
		message:
			'evidence/ is pure and fed by probes/ and paste/: it imports only checklist/ and util/.'
	},
	{
		// Its specs may set up with paste/'s samples and curl parser.
		files: ['src/lib/observatory/**'],
		ignores: ['**/*.spec.ts'],
		group: allBut('observatory', 'checklist', 'evidence', 'util'),
		message:
			'observatory/ grades what it is given: it imports only checklist/, evidence/ and util/ (paste/ imports it).'
	},
	{
		files: ['src/lib/commands/**'],
		group: folders('probes'),
		message:
			'commands/ does not import probes/: shared commands and words live in evidence/, code blocks in ui/.'
	},
	{
		files: ['src/lib/probes/**'],
		group: folders('commands', 'paste'),
		message:
			'probes/ imports neither commands/ nor paste/: what they share lives in evidence/ or ui/.'
	},
	{
		files: ['src/lib/paste/**'],
		group: folders('probes'),
		message: 'paste/ does not import probes/: the rules both apply live in evidence/.'
	}
];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'scratch/',
			'.variants/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.{js,ts,svelte}'],
		ignores: ['src/lib/db/**'],
		rules: { 'no-restricted-imports': ['error', dexieOnlyInDb] }
	},
	...boundaries.map(({ files, ignores, group, message }) => ({
		files,
		...(ignores && { ignores }),
		rules: {
			'no-restricted-imports': [
				'error',
				{ ...dexieOnlyInDb, patterns: [...dexieOnlyInDb.patterns, { group, message }] }
			]
		}
	})),
	{
		// Tests reach behind the storage door to set up and inspect the database.
		files: ['tests/**', 'src/lib/db/**'],
		rules: { 'no-restricted-imports': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
