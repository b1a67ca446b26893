import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { searchWordsPlugin } from './scripts/lib/search-words-plugin';

export default defineConfig({
  plugins: [react(), searchWordsPlugin()],
  test: {
    environment: 'jsdom',
    // Lets Testing Library register its automatic cleanup after each test.
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    testTimeout: 15_000,
    // Both cores (Vitest leaves one free by default): the suite takes 3.5 minutes here, not 5.
    maxWorkers: 2,
  },
});
