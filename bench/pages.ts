/** Page weight on first view: HTML, CSS and JS bytes (raw and gzip -9) and requests, per page type. */
import type { Browser } from 'playwright-core';
import { Recorder, type Kind } from './browser.ts';
import { progress } from './lib.ts';

export const pageTypes = [
  { name: 'home', path: '/' },
  { name: 'guidance page', path: '/onderzoek/' },
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
  bytes: Record<Kind | 'total', { raw: number; gzip: number }>;
  files: { url: string; kind: Kind; raw: number; gzip: number }[];
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
      const of = (kind: Kind) => {
        const { raw, gzip } = recorder.sum((entry) => entry.kind === kind);
        return { raw, gzip };
      };
      const total = recorder.sum();
      results.push({
        page,
        requests: recorder.requests.length,
        bytes: { html: of('html'), css: of('css'), js: of('js'), other: of('other'), total: { raw: total.raw, gzip: total.gzip } },
        files: recorder.loaded.map(({ url, kind, raw, gzip }) => ({ url: new URL(url).pathname, kind, raw, gzip })),
      });
    } finally {
      await context.close();
    }
  }
  return results;
}
