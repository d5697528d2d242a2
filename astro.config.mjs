// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { createHash } from 'node:crypto';
import { searchIndex } from './src/integrations/search-index.ts';
import { headOrder } from './src/integrations/head-order.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { precompressFiles } from './src/integrations/precompress.ts';
import { chunkReport } from './src/integrations/chunk-report.ts';
import { inlineScripts } from './src/lib/inline-scripts.ts';
import { inlineStyles } from './src/lib/print-frame.ts';
import { publisherForBuild } from './src/lib/publisher.ts';

/**
 * CSP hash of an inline script, for the few lines content pages carry (src/lib/inline-scripts.ts).
 * @param {string} text
 * @returns {`sha256-${string}`}
 */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * Deployment settings come from the environment so one build serves any host:
 * - BASE_PATH: the sub-path the site is served under, e.g. "/welbevinden/" (default "/").
 * - SITE_URL: the public address, e.g. "https://example.nl"; enables absolute URLs in print and meta.
 * - PUBLISHER_NAME, PUBLISHER_CONTACT: who publishes this copy and where to report errors
 *   (src/lib/publisher.ts); required with SITE_URL, so checked here, before anything is built.
 */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || undefined;
publisherForBuild(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets are files the browser caches across pages, never copied into a page: an inline
    // style would also add its hash to the Content-Security-Policy of every page.
    inlineStylesheets: 'never',
  },
  // A class per scoped component instead of a data attribute: the same specificity, fewer bytes
  // in every page's HTML and in the stylesheets.
  scopedStyleStrategy: 'class',
  // After the build, in this order: the search index, the report of what went into each chunk
  // (written beside dist/, not in it), the service worker that precaches the site, compressed
  // copies of every text file including the service worker.
  integrations: [mdx(), preact(), headOrder(), searchIndex(), chunkReport(), serviceWorker(), precompressFiles()],
  vite: {
    build: {
      // CSS by page kind: a guidance page loads the layout's and the content's rules; the tools'
      // and the session's rules come with the tool pages and their islands.
      cssCodeSplit: true,
      // Two shared chunks that a browser caches across pages, instead of the many small files the
      // bundler cuts wherever a lazily loaded view shares a module (each compresses on its own,
      // and each adds the names it imports and exports): what every island loads (Preact, the
      // dynamic-import helper, the island's mount, text and form fields, which the search uses too); and the tools'
      // kit (storage, the shell, the list views' controls, and the scan's spec, which the werkblad
      // reads too), which the first view of both tools loads. What only a later view uses (the
      // scan's forms, the import's form, the notices about data not stored, exporting files, the
      // backup panel, the session views) stays out of them and loads with that view. The werkblad's
      // list is one chunk with the modules its later views share, apart from its spec, which the
      // scan's backup loads alone.
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              {
                name: 'islands',
                test: /node_modules[\\/]preact[\\/]|vite[\\/]preload-helper|src[\\/]lib[\\/](text|limits)\.ts|src[\\/]components[\\/](forms[\\/](Field|ids)\.|mount-island\.)/,
              },
              {
                name: 'kit',
                test: /src[\\/](lib[\\/]tools[\\/](?!room-check|exchange)|components[\\/]forms[\\/]ErrorSummary\.|components[\\/]tools[\\/](?!BackupPanel|NoteList|importFile|FileImportForm|StorageProblems|withStylesheet))|src[\\/]lib[\\/](ids|dates|files|backup-time|registry|categories|scan[\\/](tool|model|ratings))\.ts/,
              },
              {
                name: 'tool',
                test: /src[\\/]lib[\\/]werkblad[\\/](tool|model)\./,
              },
              {
                name: 'werkblad',
                test: /src[\\/](lib[\\/]werkblad[\\/](routes|worksheet|catalogue|scans)|components[\\/]werkblad[\\/](Werkblad|WorksheetList))\./,
              },
            ],
          },
        },
      },
    },
  },
  devToolbar: { enabled: false },
  security: {
    // A Content-Security-Policy <meta> on every page: only the site's own files. Astro adds the
    // hashes of its own inline scripts and styles; ours are hashed above. Pagefind needs
    // 'wasm-unsafe-eval' for its WebAssembly; worker-src is for the site's own file reader (see README).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: inlineScripts.map(sha256),
      },
      styleDirective: { resources: ["'self'"], hashes: inlineStyles.map(sha256) },
    },
  },
});
