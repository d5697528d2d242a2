import { defineConfig } from 'vitest/config';

/**
 * Five layers, run in this order by `npm test`:
 * - unit: src/lib and the content schemas, no build needed;
 * - component: the tools' views rendered in jsdom (html-validate, axe), no build needed;
 * - build: the built site in dist/ (content fidelity, size budgets);
 * - browser: the built site served on 127.0.0.1 and driven in Chromium;
 * - nginx: both builds served by nginx with the configuration in deploy/ (headers, compressed
 *   copies, framing), and Chromium on it: installable, offline once visited, updates.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // West of UTC by default, so code that formats a UTC date in local time shows a day early
          // and fails (content dates are UTC midnight). TEST_TZ runs the layer in another zone.
          env: { TZ: process.env.TEST_TZ || 'America/Los_Angeles' },
          // Pure modules, no mocks of module state, fake timers restored after each test (tool-store):
          // files can share a worker's module cache, which saves most of the import time.
          isolate: false,
        },
      },
      {
        // JSX for the component tests: Preact's automatic runtime, as in tsconfig.json.
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/support/jsdom-stylesheets.ts'],
          // The addresses of stylesheets a view imports as `?url` (withStylesheet.ts), as in the build.
          css: true,
        },
      },
      {
        // The islands rendered as the build renders them (tests/build/islands.test.ts).
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // Limits for a busy 2-core machine: a test that visits one page sets 60 s itself.
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // Vitest's default poll limit (1 s) is shorter than one busy moment of Chromium.
          expect: { poll: { timeout: 20_000 } },
          // One Chromium, started once for every file (a start per file costs about a second).
          globalSetup: ['tests/support/chromium-global.ts'],
          // Two test files at a time, both on that Chromium: most of a browser test waits for the
          // browser (loading, printing, held-back scripts), and the other file uses that time.
          fileParallelism: true,
          maxWorkers: 2,
          // Page-by-page tests run three at a time (describe.concurrent), each with its own limit.
          maxConcurrency: 3,
        },
      },
      {
        test: {
          name: 'nginx',
          include: ['tests/nginx/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 60_000,
          expect: { poll: { timeout: 20_000 } },
          // One nginx and one Chromium at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
