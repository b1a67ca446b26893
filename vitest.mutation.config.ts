// The tests Stryker asks to kill mutants of src/domain and src/api: their own unit tests and the
// build scripts' tests (which parse the data with the same schemas). See stryker.config.json.
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // One set of files, in Node; those that need a DOM say so in their first line.
    projects: undefined,
    include: ['src/domain/**/*.test.ts', 'src/api/**/*.test.ts', 'scripts/lib/**/*.test.ts'],
  },
});
