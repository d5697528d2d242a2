/**
 * Size budgets of the built site (issue 2). Bytes are deterministic, so these are exact checks:
 * - content pages load no JavaScript files;
 * - every page's HTML is under 20 kB gzip, /literatuur/ under 30 kB;
 * - all CSS a page loads (screen and print) is under 12 kB gzip together.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, readBuilt } from '../support/dist';

const kB = 1024;
const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const htmlBudget = (path: string) => (path === '/literatuur/' ? 30 * kB : 20 * kB);
/** The inline lines that print the page address and date (PrintMeta.astro); no script file. */
const inlineScriptBudget = 600;

const pages = builtPages();
const base = process.env.BASE_PATH ?? '/';
const siteUrl = (href: string) => (href.startsWith(base) ? `/${href.slice(base.length)}` : href);

describe('size budgets', () => {
  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s loads no JavaScript file', (_path, page) => {
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
