/**
 * Writes the service worker, dist/sw.js, after the build and after the search index (it must see
 * dist/pagefind/): a Workbox precache of every page, stylesheet, script, search file and icon,
 * so the whole site, both tools and search work without a connection once it has been opened.
 *
 * - Pages are answered from the precache, which always holds one build as a whole. A navigation
 *   to anything not in it goes to the network; when that fails, the offline page answers.
 * - A new build is a new sw.js (each file's hash is in it). The browser installs it next to the
 *   old one and leaves it waiting: no `skipWaiting` here. The page shows the update notice and
 *   only "Vernieuwen" sends SKIP_WAITING (src/lib/offline/update-notice.ts).
 * - A query string never changes what a static file is, so it is ignored when looking up the
 *   precache: "/zoeken/?q=pesten" is "/zoeken/", and Pagefind's "pagefind-entry.json?ts=…" is
 *   the precached entry file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { minify, transformWithOxc } from 'vite';
import { generateSW } from 'workbox-build';
import { offlineStrings } from '../lib/i18n/offline.nl';
import { offlinePath } from '../lib/offline/app';

/** Extensions of every file a page, a tool or the search may load. */
const PRECACHED = ['html', 'css', 'js', 'json', 'webmanifest', 'svg', 'png', 'pagefind', 'pf_meta', 'pf_index', 'pf_fragment', 'pf_filter'];

/**
 * Files whose name holds a hash of their content: their address never serves other bytes, so
 * Workbox does not add a revision to them. Astro's assets, and Pagefind's index, fragments,
 * filters and metadata (named after their hash); not pagefind.js, its worker, its entry file or
 * its WebAssembly, whose names stay the same from build to build.
 */
export const contentHashed = /\/_astro\/|\/pagefind\/(?:fragment|index|filter)\/|\/pagefind\/pagefind\.[^/]+\.pf_meta$/;

/** The offline page's file in the build. */
export const offlinePage = `${offlinePath.slice(1)}index.html`;

/** The update notice's script in the build; the registration script loads it by this name. */
export const updateScript = 'update.js';

/**
 * Compiles src/lib/offline/update-notice.ts on its own into `update.js` at the site's root: a
 * name that stays the same from build to build, because the registration script, an inline
 * script allowed by its hash, cannot know a hashed name. It imports nothing, so no bundler is
 * needed: the types are stripped, the notice's text put in and the code minified.
 */
export async function writeUpdateScript(dir: string, root: URL): Promise<number> {
  const source = fileURLToPath(new URL('src/lib/offline/update-notice.ts', root));
  const { code } = await transformWithOxc(await readFile(source, 'utf8'), source, {
    lang: 'ts',
    define: { __UPDATE_STRINGS__: JSON.stringify(offlineStrings.update) },
  });
  if (code.includes('__UPDATE_STRINGS__')) throw new Error(`${updateScript}: its text was not put in.`);
  const minified = await minify(updateScript, code, { compress: true, mangle: true, module: true });
  if (minified.errors.length > 0) throw new Error(`${updateScript}: ${minified.errors.map((error) => error.message).join('; ')}`);
  await writeFile(join(dir, updateScript), minified.code);
  return minified.code.length;
}

export interface ServiceWorkerResult {
  /** Files in the precache. */
  count: number;
  /** Their bytes together, uncompressed. */
  size: number;
}

/** Writes `sw.js` into the built site in `dir`, which is served under `base` ("/" or "/welbevinden/"). */
export async function writeServiceWorker(dir: string, base: string): Promise<ServiceWorkerResult> {
  const fallbackURL = `${base}${offlinePage}`;
  const { count, size, warnings } = await generateSW({
    globDirectory: dir,
    globPatterns: [`**/*.{${PRECACHED.join(',')}}`],
    globIgnores: ['sw.js'],
    swDest: join(dir, 'sw.js'),
    modifyURLPrefix: { '': base },
    dontCacheBustURLsMatching: contentHashed,
    ignoreURLParametersMatching: [/./],
    directoryIndex: 'index.html',
    cacheId: 'welbevinden',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    babelPresetEnvTargets: ['chrome >= 100', 'firefox >= 100', 'safari >= 15.4'],
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL } },
      },
    ],
  });
  if (warnings.length > 0) throw new Error(`The service worker is incomplete: ${warnings.join('; ')}`);
  return { count, size };
}

export function serviceWorker(): AstroIntegration {
  let base = '/';
  let root: URL | undefined;
  return {
    name: 'welbevinden:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!root) throw new Error('The project root is not known (astro:config:done did not run).');
        await writeUpdateScript(fileURLToPath(dir), root);
        const { count, size } = await writeServiceWorker(fileURLToPath(dir), base);
        logger.info(`Service worker: ${count} files precached, ${(size / 1024).toFixed(0)} kB.`);
      },
    },
  };
}
