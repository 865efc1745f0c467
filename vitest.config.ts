import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // The fault suite breaks its own database and servers: `npm run test:faults`.
    exclude: ['tests/faults/**', '**/node_modules/**'],
    // Two cores: PGlite instances are heavy, so keep parallelism modest.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/global-setup.ts'],
  },
})
