import { defineConfig } from 'vitest/config'
import { LongestFirstSequencer } from './tests/support/sequencer.js'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // The fault suite breaks its own database and servers: `npm run test:faults`.
    exclude: ['tests/faults/**', '**/node_modules/**'],
    // Two cores: PGlite instances are heavy, so keep parallelism modest.
    maxWorkers: 2,
    // PGlite's WebAssembly compiled by the baseline compiler only: ~1 s less CPU per file (ADR 31).
    execArgv: ['--liftoff-only'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/global-setup.ts'],
    // The longest files start first, so that the two workers end together (ADR 49).
    sequence: { sequencer: LongestFirstSequencer },
  },
})
