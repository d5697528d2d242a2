// ESLint for the whole project: typescript-eslint (type-aware), the Astro plugin, and the
// JSX accessibility rules for the Preact islands (eslint-plugin-jsx-a11y-x, which supports
// ESLint 10). `npm run lint` runs it; `npm test` runs lint first.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'bench/node_modules/', 'bench/RESULTS.md'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // Unused values are mistakes; a leading underscore marks one that is unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Non-null assertions are used in tests on values the test itself just made.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'jsx-a11y-x': jsxA11y, 'react-hooks': reactHooks },
    rules: {
      ...jsxA11y.configs.recommended.rules,
      // Preact's hooks follow React's rules. A dependency left out on purpose is marked on its
      // line with the reason, so that it cannot be mistaken for a stale closure.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // role="list" on lists without bullets is deliberate: Safari/VoiceOver drops the list
      // semantics of a <ul> or <ol> styled with list-style: none.
      'jsx-a11y-x/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
      // A table that scrolls sideways is a named <section> that takes focus, so that keyboard
      // users can scroll it (axe: scrollable-region-focusable).
      'jsx-a11y-x/no-noninteractive-tabindex': ['error', { tags: ['section'] }],
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Tests build broken files on purpose, by removing fields.
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
  {
    files: ['**/*.astro'],
    rules: {
      // As for the islands: role="list" is deliberate (VoiceOver).
      'astro/jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
    },
  },
);
