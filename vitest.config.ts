import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests start real HTTP servers on 127.0.0.1; give them room on 2-core CI machines.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // Measured only with --coverage (CI's one test run: `npm test -- --coverage`). The floor sits a
    // few points under the figure measured when it was set (lines 89.8 %, statements 85.9 %,
    // functions 89.0 %, branches 72.5 %, from 52 of the test files), so it catches untested code
    // landing without failing on noise; raise it as the figure rises.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'db/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 85, statements: 82, functions: 85, branches: 68 },
    },
  },
});
