import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: './vite.config.ts',
        test: {
          name: 'studio',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['./src/test/setup.ts'],
        },
      },
      {
        test: {
          name: 'engine',
          environment: 'node',
          include: ['engine/**/*.test.ts', 'contract/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Engine tests start worker threads and write SQLite files; two forks match the two cores here.
          pool: 'forks',
          maxWorkers: 2,
        },
      },
    ],
  },
});
