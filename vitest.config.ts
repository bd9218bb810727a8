import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['main/**/*.test.ts', 'shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/bench/**', 'node_modules/**', 'out/**'],
    environment: 'node',
    testTimeout: 30_000,
    // Vitest takes cores − 1 workers: one on a 2-core machine, where the suite is mostly waiting on
    // WordPress, child processes and disks. Two run it in about half the time (checked under load).
    maxWorkers: 2,
  },
});
