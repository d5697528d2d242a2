// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

/**
 * Deployment settings come from the environment so one build serves any host:
 * - BASE_PATH: the sub-path the site is served under, e.g. "/welbevinden/" (default "/").
 * - SITE_URL: the public address, e.g. "https://example.nl"; enables absolute URLs in print and meta.
 */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One cached stylesheet for all pages instead of CSS copied into every HTML file.
    inlineStylesheets: 'never',
  },
  integrations: [mdx(), preact()],
  vite: {
    // The whole site's CSS is a few kB: one cached file beats a handful of per-page requests.
    build: { cssCodeSplit: false },
  },
  devToolbar: { enabled: false },
});
