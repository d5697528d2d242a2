/**
 * The site built under a sub-path (npm run build:subpath: base /welbevinden/) in dist-subpath/,
 * read as files: every link of every page stays under /welbevinden/, reaches a built page and a
 * fragment on it; every file a page or a stylesheet points to (stylesheets, scripts, icons, the
 * manifest, images, islands, forms) and every address in the manifest is under /welbevinden/ and
 * built. A page without JavaScript requests nothing but these, so this is what it loads; what the
 * pages with JavaScript request while they run, and the search and tools in use, are in
 * tests/browser/subpath.test.ts. Canonical addresses, robots.txt and the sitemap are in meta.test.ts.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { isToolRoute } from '../support/crawl';
import { builtPages } from '../support/dist';
import { pageKind } from '../support/handout';
import { subpathBase, subpathDistDir } from '../support/paths';

const BASE = subpathBase;
const pages = builtPages(subpathDistDir);
/** Addresses resolve against a host of our own: only the path, query and fragment matter. */
const HOST = 'http://welbevinden.test';

/** The built file an address under the base path is answered with, or null when there is none. */
function builtFile(pathname: string): string | null {
  if (!pathname.startsWith(BASE)) return null;
  const file = join(subpathDistDir, decodeURIComponent(pathname.slice(BASE.length)));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : null;
}

const idsByFile = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsByFile.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
    idsByFile.set(file, ids);
  }
  return ids;
}

/** What is wrong with an address on this site: outside the base path, not built, or its fragment missing. */
function problemWith(address: URL, checkFragment: boolean): string | null {
  if (!address.pathname.startsWith(BASE)) return `not under ${BASE}`;
  const file = builtFile(address.pathname);
  if (!file) return 'not built';
  const id = decodeURIComponent(address.hash.slice(1));
  if (checkFragment && id && file.endsWith('.html') && !idsOf(file).has(id) && !isToolRoute(address.href))
    return `no element with id "${id}"`;
  return null;
}

/** The page's own address, to resolve relative references against. */
const addressOf = (path: string) => new URL(`${BASE}${path.replace(/^\//, '')}`, HOST);

/** The files a page points to in its markup (not its <a> links). */
function references(document: HTMLElement): { what: string; value: string }[] {
  const found: { what: string; value: string }[] = [];
  const add = (what: string, value: string | undefined) => {
    if (value) found.push({ what, value });
  };
  for (const link of document.querySelectorAll('link[href]')) {
    const rel = link.getAttribute('rel') ?? '';
    if (rel !== 'canonical' && rel !== 'alternate') add(`<link rel="${rel}">`, link.getAttribute('href'));
  }
  for (const script of document.querySelectorAll('script[src]')) add('<script src>', script.getAttribute('src'));
  for (const image of document.querySelectorAll('img[src]')) add('<img src>', image.getAttribute('src'));
  for (const source of document.querySelectorAll('[srcset]')) {
    for (const candidate of (source.getAttribute('srcset') ?? '').split(',')) add('srcset', candidate.trim().split(/\s+/)[0]);
  }
  for (const form of document.querySelectorAll('form[action]')) add('<form action>', form.getAttribute('action'));
  return found;
}

describe('the sub-path build, read as files', () => {
  it('finds the pages of the build', () => {
    expect(pages.length, 'pages in dist-subpath/').toBeGreaterThanOrEqual(30);
  });

  it('every link on every page stays under /welbevinden/, reaches a built page and its fragment', () => {
    const problems: string[] = [];
    let links = 0;
    for (const page of pages) {
      const here = addressOf(page.path);
      for (const anchor of page.document.querySelectorAll('a[href]')) {
        const address = new URL(anchor.getAttribute('href')!, here);
        if (address.origin !== HOST) continue;
        links += 1;
        const problem = problemWith(address, true);
        if (problem) problems.push(`${page.path}: ${anchor.getAttribute('href')} ${problem}`);
      }
    }
    expect(links, 'internal links').toBeGreaterThan(100);
    expect(problems, 'broken internal links').toEqual([]);
  });

  it('every stylesheet, script, icon, manifest, image and form a page points to is under /welbevinden/ and built', () => {
    const problems: string[] = [];
    const kinds = new Set<string>();
    for (const page of pages) {
      for (const { what, value } of references(page.document)) {
        kinds.add(what);
        const address = new URL(value, addressOf(page.path));
        const problem = address.origin === HOST ? problemWith(address, false) : `on another origin (${address.origin})`;
        if (problem) problems.push(`${page.path}: ${what} ${value} ${problem}`);
      }
    }
    for (const kind of ['<link rel="stylesheet">', '<link rel="icon">', '<link rel="manifest">', '<script src>', '<form action>']) {
      expect(kinds, `a ${kind} in the build`).toContain(kind);
    }
    expect(problems, 'files pointed to').toEqual([]);
  });

  it('every file a stylesheet points to is under /welbevinden/ and built', () => {
    const folder = join(subpathDistDir, '_astro');
    const sheets = readdirSync(folder).filter((name) => name.endsWith('.css'));
    expect(sheets.length, 'stylesheets').toBeGreaterThan(0);
    const problems = sheets.flatMap((name) =>
      [...readFileSync(join(folder, name), 'utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
        .map((match) => match[1]!)
        .filter((value) => !value.startsWith('data:'))
        .flatMap((value) => {
          const problem = problemWith(new URL(value, new URL(`${BASE}_astro/${name}`, HOST)), false);
          return problem ? [`${name}: url(${value}) ${problem}`] : [];
        }),
    );
    expect(problems).toEqual([]);
  });

  it('the manifest’s start, scope and icons are under /welbevinden/ and built', () => {
    const address = new URL(`${BASE}manifest.webmanifest`, HOST);
    const manifest = JSON.parse(readFileSync(join(subpathDistDir, 'manifest.webmanifest'), 'utf8')) as {
      start_url: string;
      scope: string;
      icons: { src: string }[];
    };
    const entries = [['start_url', manifest.start_url], ['scope', manifest.scope], ...manifest.icons.map((icon) => ['icon', icon.src])];
    expect(manifest.icons.length, 'icons').toBeGreaterThan(0);
    const problems = entries.flatMap(([what, value]) => {
      const problem = problemWith(new URL(value!, address), false);
      return problem ? [`${what} ${value} ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });
});

describe('a QR code back to the online page, in the build with a public address', () => {
  it('only where the online page shows the same to anyone: not on the tools, the search page or the 404 page', () => {
    const pages = builtPages(subpathDistDir);
    expect(pages.length).toBeGreaterThan(30);
    const wrong = pages.flatMap(({ path, document }) => {
      const has = document.querySelectorAll('.print-meta__qr').length > 0;
      const should = pageKind(path).online;
      return has === should ? [] : [`${path}: ${has ? 'a QR code' : 'no QR code'}`];
    });
    expect(wrong).toEqual([]);
    expect(pages.filter(({ document }) => document.querySelector('.print-meta__qr')).length, 'pages with a code').toBeGreaterThan(30);
  });
});
