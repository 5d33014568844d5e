import { defineConfig } from 'vitest/config'
import { usableCores } from './src/util/usableCores.js'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's own default (every core but one) counts a container's host, not its CPU quota.
    maxWorkers: Math.max(1, usableCores() - 1),
  },
})
