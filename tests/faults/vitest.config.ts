import { defineConfig } from 'vitest/config'

// The fault suite (`npm run test:faults`, issue 20): each file starts the PostgreSQL
// cluster, servers and sinks it breaks, so files run one after another and a test may
// take a minute. It is not part of `npm test`; CI runs both.
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
