/**
 * The size budgets of tests/budgets.ts on the built site. Bytes are deterministic, so these are
 * exact checks: content pages load no JavaScript files and only a few inline lines; tool pages,
 * HTML and CSS stay within their budgets.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { budgets } from '../budgets';
import { builtPages, readBuilt } from '../support/dist';

const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

const pages = builtPages();
const isToolPage = (page: (typeof pages)[number]) => page.document.querySelector('astro-island') !== null;
const contentPages = pages.filter((page) => !isToolPage(page));
const toolPages = pages.filter(isToolPage);

/** A module and every module it imports statically (dynamic imports load only when used). */
function moduleClosure(url: string, seen = new Set<string>()): Set<string> {
  if (seen.has(url)) return seen;
  seen.add(url);
  const code = readBuilt(url).toString('utf8');
  const directory = url.slice(0, url.lastIndexOf('/') + 1);
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+)["']/g)) {
    if (match[1]) moduleClosure(directory + match[1].slice(2), seen);
  }
  return seen;
}
const base = process.env.BASE_PATH ?? '/';
const siteUrl = (href: string) => (href.startsWith(base) ? `/${href.slice(base.length)}` : href);

/** The modules a page's islands start from. */
const islandEntries = (page: (typeof pages)[number]) =>
  page.document
    .querySelectorAll('astro-island')
    .flatMap((island) => [island.getAttribute('component-url'), island.getAttribute('renderer-url')])
    .filter((url): url is string => Boolean(url))
    .map(siteUrl);

describe('size budgets', () => {
  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  it('has tool pages and content pages', () => {
    expect(toolPages.map((page) => page.path)).toContain('/schoolscan/');
    expect(contentPages.length).toBeGreaterThan(30);
  });

  it.each(toolPages.map((page) => [page.path, page] as const))(
    `%s loads under ${budgets.toolJavaScript / 1024} kB of JavaScript, gzip`,
    (_path, page) => {
      const modules = new Set<string>();
      for (const entry of islandEntries(page)) moduleClosure(entry, modules);
      const inline = page.document
        .querySelectorAll('script:not([src])')
        .map((script) => script.text)
        .join('\n');
      const total = [...modules].reduce((sum, url) => sum + gzip(readBuilt(url)), 0) + gzip(inline);
      expect(modules.size).toBeGreaterThan(1);
      expect(total).toBeLessThan(budgets.toolJavaScript);
    },
  );

  it('the two tools share the code both use (store, migrations, ids, notices, import, profile) in one file both load, not a copy each', () => {
    const closureOf = (path: string) => {
      const page = toolPages.find((candidate) => candidate.path === path);
      if (!page) throw new Error(`No tool page ${path}`);
      const modules = new Set<string>();
      for (const entry of islandEntries(page)) moduleClosure(entry, modules);
      return modules;
    };
    const schoolscan = closureOf('/schoolscan/');
    const werkblad = closureOf('/werkblad/');
    const loaded = new Set([...schoolscan, ...werkblad]);
    const markers = [
      'No migration from version',
      'NS_ERROR_DOM_QUOTA_REACHED',
      'getRandomValues',
      'scan-notices',
      'tool-import',
      'concern-bar',
    ];
    for (const marker of markers) {
      const holders = [...loaded].filter((url) => readBuilt(url).toString('utf8').includes(marker));
      expect(holders, `files of either tool holding "${marker}"`).toHaveLength(1);
      expect(schoolscan.has(holders[0]!) && werkblad.has(holders[0]!), `${holders[0]} is loaded by both tools`).toBe(true);
    }
  });

  it.each(contentPages.map((page) => [page.path, page] as const))('%s loads no JavaScript file', (_path, page) => {
    const external = page.document.querySelectorAll('script[src], link[rel="modulepreload"], link[as="script"]');
    expect(external.map((element) => element.outerHTML)).toEqual([]);
    const inline = page.document.querySelectorAll('script').reduce((sum, script) => sum + script.text.length, 0);
    expect(inline).toBeLessThanOrEqual(budgets.inlineScripts);
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s HTML is within its gzip budget', (path, page) => {
    expect(gzip(page.html)).toBeLessThan(budgets.html(path));
  });

  it.each(pages.map((page) => [page.path, page] as const))(`%s CSS is under ${budgets.css / 1024} kB gzip in total`, (_path, page) => {
    const stylesheets = page.document.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href') ?? '');
    expect(stylesheets.length).toBeGreaterThan(0);
    const inlineCss = page.document
      .querySelectorAll('style')
      .map((style) => style.text)
      .join('');
    const total = stylesheets.reduce((sum, href) => sum + gzip(readBuilt(siteUrl(href))), 0) + gzip(inlineCss);
    expect(total).toBeLessThan(budgets.css);
  });
});
