/**
 * The compliance example's own vitest configuration, so that it runs apart
 * from the library's test suite (npm run examples runs it). It resolves
 * 'children-act-complaints' to the source, as the repository's tsconfig
 * paths do for type-checking; a council's project would install the package.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string): string => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^children-act-complaints\/testing$/, replacement: source('testing/index.ts') },
      { find: /^children-act-complaints$/, replacement: source('index.ts') },
    ],
  },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['*.test.ts'],
    setupFiles: ['./setup.ts'],
  },
});
