import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests start real HTTP servers on 127.0.0.1; give them room on 2-core CI machines.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
