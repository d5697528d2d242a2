/**
 * What makes the built site work offline and install as an app: the service worker's precache
 * holds every file a page, a tool or the search loads; the manifest and its icons; every page
 * registers the worker and carries the update notice; the tool pages say what installing means.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineStrings as O } from '../../src/lib/i18n/offline.nl';
import { serviceWorkerScript } from '../../src/lib/inline-scripts';
import { builtPages, text } from '../support/dist';
import { distDir } from '../support/paths';

const base = process.env.BASE_PATH ?? '/';
const pages = builtPages();
const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
/** The precache's addresses, without the base path. */
const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);

describe('the service worker', () => {
  it('precaches every page, script, stylesheet, search file and icon of the build, under the base path', () => {
    const wanted = files.filter((file) => !/\.(gz|br)$/.test(file) && !['sw.js', 'robots.txt'].includes(file));
    expect(precached.every((url) => url.startsWith(base))).toBe(true);
    const paths = new Set(precached.map((url) => url.slice(base.length)));
    expect(wanted.filter((file) => !paths.has(file))).toEqual([]);
    expect(wanted.length).toBeGreaterThan(150);
    for (const kind of [/^_astro\/.+\.js$/, /^_astro\/.+\.css$/, /^pagefind\/fragment\//, /^icons\/.+\.png$/, /^update\.js$/]) {
      expect(
        [...paths].some((path) => kind.test(path)),
        String(kind),
      ).toBe(true);
    }
  });

  it('loads the update notice with its text put in by the build', () => {
    const update = readFileSync(join(distDir, 'update.js'), 'utf8');
    for (const string of Object.values(O.update)) expect(update).toContain(JSON.stringify(string).slice(1, -1));
    expect(update).not.toContain('__UPDATE_STRINGS__');
  });

  it('answers a page it does not hold with the offline page, and waits for "Vernieuwen" before a new version takes over', () => {
    expect(sw).toContain(`"${base}offline/index.html"`);
    expect(sw).toContain('SKIP_WAITING');
    // A bare skipWaiting at install would swap versions under an open page.
    expect(sw).not.toMatch(/self\.skipWaiting\(\)[;,]?\s*self\.addEventListener\("install"/);
    expect(files).toContain('offline/index.html');
  });
});

describe('the web app manifest', () => {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.webmanifest'), 'utf8')) as {
    id: string;
    name: string;
    short_name: string;
    description: string;
    lang: string;
    start_url: string;
    scope: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };

  it('names the site in Dutch, starts and stays under the base path', () => {
    expect(manifest).toMatchObject({
      id: base,
      name: 'Welbevinden van leerlingen',
      short_name: O.manifest.shortName,
      lang: 'nl',
      display: 'standalone',
    });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.description).toBe(O.manifest.description);
    const origin = 'https://example.nl';
    const at = new URL(`${base}manifest.webmanifest`, origin);
    expect(new URL(manifest.start_url, at).pathname).toBe(base);
    expect(new URL(manifest.scope, at).pathname).toBe(base);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('has PNG icons of 192 and 512 px, one of each maskable, drawn at their size', () => {
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
      '192x192 any',
      '192x192 maskable',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of pngs) {
      const png = readFileSync(join(distDir, icon.src));
      // A PNG's width and height stand in its header, at bytes 16 and 20.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
  });
});

describe('every page', () => {
  it.each(pages.map((page) => [page.path, page] as const))(
    '%s links the manifest, registers the worker from the base path and has the update notice',
    (_path, page) => {
      expect(page.document.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe(`${base}manifest.webmanifest`);
      const registration = page.document.querySelectorAll('script').find((script) => script.rawText === serviceWorkerScript);
      expect(registration?.getAttribute('data-base')).toBe(base);
      // An empty live region: the update notice's script (update.js) fills it when there is news.
      const notice = page.document.querySelector('[data-update-notice]');
      expect(notice?.querySelector('[role="status"]')?.textContent).toBe('');
      expect(notice?.querySelector('button')).toBeNull();
    },
  );

  it('has the line about installing on the tool pages only', () => {
    const withNote = pages.filter((page) => page.document.querySelector('.install-note')).map((page) => page.path);
    expect(withNote).toEqual(['/schoolscan/', '/werkblad/']);
    for (const path of withNote) {
      const note = pages.find((page) => page.path === path)!.document.querySelector('.install-note');
      expect(text(note)).toContain(O.install.text);
      expect(note?.querySelector('a')?.getAttribute('href')).toBe(`${base}offline/#app`);
    }
  });
});
