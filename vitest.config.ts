import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// graphql ships CommonJS and ES builds under one name. Node (and Next, which keeps graphql external)
// loads the CommonJS one for everyone; Vite would hand our code the ES one, and graphql refuses
// types and errors that come from the other copy.
const resolve = {
  alias: [
    { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') },
    // tsconfig.json's `@payload-config`, for tests that call our Next route handlers in-process.
    { find: /^@payload-config$/, replacement: fileURLToPath(new URL('./payload.config.ts', import.meta.url)) },
    // tsconfig.json's `@/*`.
    { find: /^@\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) },
    { find: /^@payload-config$/, replacement: fileURLToPath(new URL('./payload.config.ts', import.meta.url)) },
  ],
}

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.spec.ts'],
          environment: 'node',
        },
      },
      {
        resolve,
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.spec.ts'],
          environment: 'node',
          globalSetup: ['tests/int/globalSetup.ts'],
          // next-intl's ESM build imports 'next/server' without an extension, which only a bundler
          // resolves: let Vite process it (the proxy is tested in-process).
          server: { deps: { inline: ['next-intl'] } },
          // One Payload instance and one throwaway database for the whole run.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
