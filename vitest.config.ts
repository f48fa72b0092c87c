import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Set-up hooks build corpora of the bundled documents: seconds alone, far more on a loaded machine.
    hookTimeout: 180_000
  }
})
