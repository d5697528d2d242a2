/**
 * Size budgets of the built site (issues 2 and 3). Bytes are deterministic, so these are exact checks:
 * - content pages load no JavaScript files;
 * - a page with a tool (an Astro island) loads under 30 kB of JavaScript, gzip, in total;
 * - every page's HTML is under 20 kB gzip, /literatuur/ under 30 kB;
 * - all CSS a page loads (screen and print) is under 12 kB gzip together.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, readBuilt } from '../support/dist';

const kB = 1024;
const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const htmlBudget = (path: string) => (path === '/literatuur/' ? 30 * kB : 20 * kB);
/**
 * The inline lines of src/lib/inline-scripts.ts: the printed page's address and date, and the
 * "/" shortcut to the search box. No script file; issue 5 allows "a few lines of script".
 */
const inlineScriptBudget = 1024;

const pages = builtPages();
const isToolPage = (page: (typeof pages)[number]) => page.document.querySelector('astro-island') !== null;
const contentPages = pages.filter((page) => !isToolPage(page));
const toolPages = pages.filter(isToolPage);
const jsBudget = 30 * kB;

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

describe('size budgets', () => {
  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  it('has tool pages and content pages', () => {
    expect(toolPages.map((page) => page.path)).toContain('/schoolscan/');
    expect(contentPages.length).toBeGreaterThan(30);
  });

  it.each(toolPages.map((page) => [page.path, page] as const))('%s loads under 30 kB of JavaScript, gzip', (_path, page) => {
    const entries = page.document
      .querySelectorAll('astro-island')
      .flatMap((island) => [island.getAttribute('component-url'), island.getAttribute('renderer-url')])
      .filter((url): url is string => Boolean(url))
      .map(siteUrl);
    const modules = new Set<string>();
    for (const entry of entries) moduleClosure(entry, modules);
    const inline = page.document.querySelectorAll('script:not([src])').map((script) => script.text).join('\n');
    const total = [...modules].reduce((sum, url) => sum + gzip(readBuilt(url)), 0) + gzip(inline);
    expect(modules.size).toBeGreaterThan(1);
    expect(total).toBeLessThan(jsBudget);
  });

  it.each(contentPages.map((page) => [page.path, page] as const))('%s loads no JavaScript file', (_path, page) => {
    const external = page.document.querySelectorAll('script[src], link[rel="modulepreload"], link[as="script"]');
    expect(external.map((element) => element.outerHTML)).toEqual([]);
    const inline = page.document.querySelectorAll('script').reduce((sum, script) => sum + script.text.length, 0);
    expect(inline).toBeLessThanOrEqual(inlineScriptBudget);
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s HTML is within its gzip budget', (path, page) => {
    expect(gzip(page.html)).toBeLessThan(htmlBudget(path));
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s CSS is under 12 kB gzip in total', (_path, page) => {
    const stylesheets = page.document
      .querySelectorAll('link[rel="stylesheet"]')
      .map((link) => link.getAttribute('href') ?? '');
    expect(stylesheets.length).toBeGreaterThan(0);
    const inlineCss = page.document.querySelectorAll('style').map((style) => style.text).join('');
    const total = stylesheets.reduce((sum, href) => sum + gzip(readBuilt(siteUrl(href))), 0) + gzip(inlineCss);
    expect(total).toBeLessThan(12 * kB);
  });
});
