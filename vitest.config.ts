import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { searchWordsPlugin } from './scripts/lib/search-words-plugin';

export default defineConfig({
  plugins: [react(), searchWordsPlugin()],
  test: {
    // Tests of logic run in Node; components (.tsx) in jsdom, and a logic test that needs a
    // DOM (an XML parser, window.location) says so in its first line:
    // `// @vitest-environment jsdom`. Setting up jsdom for every file cost most of a minute.
    environment: 'node',
    // Lets Testing Library register its automatic cleanup after each test.
    globals: true,
    // The MSW server for every file; a component project adds tests/setup.ts (jest-dom and
    // Testing Library), which a logic test has no use for and took a second a file to load.
    setupFiles: ['tests/setup-server.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Each project names its own files (a project extending the root would add the root's).
    projects: [
      {
        extends: true,
        test: {
          name: 'logic',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
          include: ['src/**/*.test.tsx', 'tests/**/*.test.tsx'],
        },
      },
    ],
    restoreMocks: true,
    testTimeout: 15_000,
    // Both cores (Vitest leaves one free by default): the suite takes 2.5 minutes here.
    maxWorkers: 2,
  },
});
