import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

// The src/lib modules that browser islands may import for their values, not only their types:
// pure functions with no Payload, database, Node built-in or secret behind them.
const browserSafeLib = [
  'format',
  'rentals/timeLeft',
  'progress/resumePoint',
  'analytics/playbackReporter',
  'accounts/passwordRules',
  'catalogue/mappers',
]

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    '.data/**',
    'node_modules/**',
    'samples/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    'payload-types.ts',
    'src/app/(payload)/admin/importMap.js',
  ]),
  {
    // Payload generates migrations with the full argument list whether it is used or not.
    files: ['migrations/**'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
  {
    // Prettier wraps code at 120 columns but leaves long strings, template literals and comments as they are.
    // Lines with Lao are Prettier's alone: its width counts Lao vowel and tone marks as zero, ESLint as one.
    files: ['**/*.{ts,tsx,mjs,js}'],
    ignores: ['migrations/**'],
    rules: { 'max-len': ['error', { code: 120, ignorePattern: '[\\u0E80-\\u0EFF]' }] },
  },
  {
    // src/lib is the ground floor: collections, migrations, scripts and pages build on it, never
    // the other way round (a migration importing live code would change history when replayed).
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(src/)?(collections|migrations|scripts|app|components)(/|$)|^@/(app|components)(/|$)',
              message: 'src/lib imports nothing from collections/, migrations/, scripts/, pages or components.',
            },
          ],
        },
      ],
    },
  },
  {
    // Migrations are frozen: they never import the app's code, which keeps changing after them.
    files: ['migrations/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(src|collections|globals|scripts)(/|$)|^@/|^@payload-config$',
              message: 'A migration is frozen SQL: it imports no app code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Components end up in the browser (islands), so from src/lib they take types only, except the
    // browser-safe modules above. BrowseView is a server component that reads the catalogue itself.
    files: ['src/components/**'],
    ignores: ['src/components/browse/BrowseView.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(@/|(\\.\\./)+(src/)?)lib/(?!(${browserSafeLib.join('|')})$)`,
              allowTypeImports: true,
              message: 'Components reach the browser: import only types from src/lib, or a browser-safe module.',
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      // Test helpers read Payload's untyped REST answers.
      '@typescript-eslint/no-explicit-any': 'off',
      // The public site's pages are cached whole and linked with plain anchors on purpose
      // (src/i18n/paths.ts): a client-side router would add JavaScript to every page.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
])
