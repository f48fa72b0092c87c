import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Hooks build corpora and sites: on a loaded machine that takes longer than the default 10 s.
    hookTimeout: 180_000
  }
})
