/**
 * Page weight on first view, per page type: requests, and HTML, CSS and JS bytes as Chromium
 * received them (transferred: headers and encoded bodies), decoded, and gzip -9 of the decoded
 * bodies (computed, for comparison with the tests' budgets). One load per page: a single run.
 */
import type { Browser } from 'playwright-core';
import { Recorder, type Bytes, type Kind } from './browser.ts';
import { progress } from './lib.ts';

export const pageTypes = [
  { name: 'home', path: '/' },
  { name: 'guidance page', path: '/welbevinden/' },
  { name: 'intervention type', path: '/interventietypen/mindfulness/' },
  { name: 'literature', path: '/literatuur/' },
  { name: 'schoolscan', path: '/schoolscan/' },
  { name: 'werkblad', path: '/werkblad/' },
  { name: 'search (no query)', path: '/zoeken/' },
] as const;

export type PageType = (typeof pageTypes)[number];

export interface PageWeight {
  page: PageType;
  requests: number;
  bytes: Record<Kind | 'total', Bytes>;
  files: { url: string; kind: Kind; transferred: number; encoding: string; raw: number; gzip: number }[];
  /** What the service worker fetched meanwhile for its offline copy (not the page's own). */
  offline: Bytes;
  /** HTML, CSS and JS responses with a body, and how many of them arrived gzip-encoded. */
  text: { responses: number; compressed: number };
}

/** Each page in a fresh context (empty cache and storage), until the network is idle. */
export async function measurePages(browser: Browser, siteUrl: string): Promise<PageWeight[]> {
  const origin = new URL(siteUrl).origin;
  const results: PageWeight[] = [];
  for (const page of pageTypes) {
    progress(`page weight: ${page.path}`);
    const context = await browser.newContext();
    try {
      const recorder = await Recorder.attach(context, origin);
      const tab = await context.newPage();
      const response = await tab.goto(new URL(page.path.slice(1), siteUrl).href, { waitUntil: 'load' });
      if (response?.status() !== 200) throw new Error(`${page.path} answered ${response?.status()}`);
      await tab.waitForLoadState('networkidle');
      await recorder.settle();
      // The page's own requests; the service worker's offline copy is counted apart.
      const own = recorder.loaded.filter((entry) => !entry.worker);
      const of = (kind: Kind) => recorder.sum((entry) => !entry.worker && entry.kind === kind);
      const text = own.filter((entry) => entry.kind !== 'other' && entry.raw > 0);
      results.push({
        page,
        requests: recorder.requests.filter((request) => !request.worker).length,
        bytes: { html: of('html'), css: of('css'), js: of('js'), other: of('other'), total: recorder.sum((entry) => !entry.worker) },
        offline: recorder.sum((entry) => entry.worker),
        files: own.map(({ url, kind, transferred, encoding, raw, gzip }) => ({
          url: new URL(url).pathname,
          kind,
          transferred,
          encoding,
          raw,
          gzip,
        })),
        text: { responses: text.length, compressed: text.filter((entry) => entry.encoding === 'gzip').length },
      });
    } finally {
      await context.close();
    }
  }
  return results;
}
