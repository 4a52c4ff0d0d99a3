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
    'migrations/*_initial_schema.ts',
  ]),
  {
    rules: {
      // Test helpers read Payload's untyped REST answers.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
])
