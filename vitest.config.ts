import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.spec.ts'],
          environment: 'node',
        },
      },
      {
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
