import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';

export default defineConfig([
	globalIgnores(['node_modules/', 'main.js', 'dist/', 'bench/out/', 'tests/browser/out/', 'scratch/', 'coverage/']),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ['eslint.config.mjs', 'esbuild.config.mjs', 'scripts/*.mjs', '.ci/*.mjs'] },
			},
		},
	},
	{
		// Sentence case, knowing our brand, the pronoun "I" and that "Dr. Maya Lee" is a name.
		rules: {
			'obsidianmd/ui/sentence-case': ['warn', { enforceCamelCaseLower: true, brands: ['Mentor Rally'], acronyms: ['I'], ignoreRegex: ['^Dr\\. '] }],
		},
	},
	{
		// The command-line twin, the tests, benchmarks and build scripts run in Node, not in
		// Obsidian: Node built-ins and console output are their job there.
		files: ['src/cli/**', 'tests/**', 'bench/**', 'scripts/**', '*.config.*'],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			'obsidianmd/no-nodejs-modules': 'off',
			'obsidianmd/rule-custom-message': 'off',
			'obsidianmd/prefer-window-timers': 'off',
			'import/no-extraneous-dependencies': 'off',
		},
	},
	{
		// Tests type what users type and delete files the way users do.
		files: ['tests/**'],
		rules: { 'obsidianmd/ui/sentence-case': 'off', 'obsidianmd/prefer-file-manager-trash-file': 'off' },
	},
	{
		// The command line finds the config folder by looking (see settings-file.ts); the
		// default name is only its first guess, as Vault#configDir does not exist outside Obsidian.
		// Their tests build vaults with that folder on purpose.
		files: ['src/cli/**', 'tests/cli/**'],
		rules: { 'obsidianmd/hardcoded-config-path': 'off' },
	},
]);
