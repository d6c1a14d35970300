// Lint: typescript-eslint's recommended rules plus the layer map of docs/architecture.md as import
// rules, so a face that reaches for the store, a pure module that imports I/O, or core code that
// imports Ink fails `npm test`. Patterns are regexes over the import string (relative paths).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** One no-restricted-imports rule from [regex, why] pairs. */
function forbid(...rules) {
  return {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: rules.map(([regex, message]) => ({ regex, message })) },
    ],
  };
}

const NO_UI_LIBS = ['^(ink|react)(/|$)|^ink-', 'src/core never imports Ink or React: only the menu (src/ui) renders.'];
const NO_FACES = ['(^|/)(commands|ui)/|(^|/)cli\\.js$', 'The core does not know its faces (src/commands, src/ui).'];
const NO_UPPER_CORE = ['(^|/)(pipeline|app)/', 'Lower layers never call up into the pipeline or the application API.'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'output_datasets/**', 'memory/**', 'input_files/**', 'tests/fixtures/**', 'tests/.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Build scripts and this file run on plain Node.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // Tests read JSON back from the CLI and the database; typing every such shape would add nothing.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/cli.tsx', 'src/commands/**', 'src/ui/**'],
    rules: forbid(
      ['^better-sqlite3$', 'Faces never open SQLite: call a use case in src/core/app.'],
      [
        '(^|/)core/(store|pipeline|export|publish|ingest|agents|llm|split|text)/',
        'Faces call the application API (src/core/app) only; types come from core/app/types.ts.',
      ],
    ),
  },
  { files: ['src/core/app/**'], rules: forbid(NO_UI_LIBS, NO_FACES) },
  { files: ['src/core/pipeline/**'], rules: forbid(NO_UI_LIBS, NO_FACES, ['(^|/)app/', 'The pipeline is called by the application API, never the reverse.']) },
  {
    files: ['src/core/targets/**'],
    rules: forbid(NO_UI_LIBS, NO_FACES, NO_UPPER_CORE, [
      '(^|/)(store|llm|ingest|agents|export)/|^better-sqlite3$',
      'Targets are pure: provider rules, formats and tokens, no storage, LLM or file reading.',
    ]),
  },
  {
    files: ['src/core/store/**'],
    rules: forbid(NO_UI_LIBS, NO_FACES, NO_UPPER_CORE, ['(^|/)(agents|llm)/', 'The store knows no agents: it keeps rows, not behaviour.']),
  },
  {
    files: ['src/core/{agents,export,ingest,llm,split,text,config}/**', 'src/core/*.ts'],
    rules: forbid(NO_UI_LIBS, NO_FACES, NO_UPPER_CORE),
  },
);
