import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

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
    files: ['**/*.{ts,tsx,mjs,js}'],
    ignores: ['migrations/**'],
    rules: { 'max-len': ['error', { code: 120 }] },
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
