import { defineConfig } from 'vitest/config';

// Several suites spawn processes (the key CLI, the Python implementation) or run real servers; on a
// loaded shared machine the 5 s default is too short for them. No test asserts on timing.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
