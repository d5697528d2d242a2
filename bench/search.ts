/**
 * Search on /zoeken/: bytes of /pagefind/ responses (as Chromium received them, and decoded) and
 * the time from setting a query to its results being shown, for a first query and a second one in
 * the same page.
 *
 * Pagefind loads when the reader first focuses the search field (or opens an address with ?q=), so
 * the first query includes loading Pagefind's script, WebAssembly and index.
 *
 * Timing is taken inside the page: from the first focus or input event of the search field to the
 * moment the status line (#zoekresultaten-status) announces the results of that query (a
 * MutationObserver). It includes the island's 200 ms pause after typing. Waiting uses a locator, never
 * waitForFunction's requestAnimationFrame polling, which starves the page's timers in headless
 * Chromium.
 */
import type { Browser, Page } from 'playwright-core';
import { Recorder } from './browser.ts';
import { BenchError, progress } from './lib.ts';

const STATUS = '#zoekresultaten-status';
const finished = /resultaat|resultaten|Geen resultaten/;

export interface SearchStep {
  step: string;
  query?: string;
  requests: number;
  /** Bytes Chromium received (headers and encoded bodies). */
  transferred: number;
  /** Decoded bodies. */
  raw: number;
  /** gzip -9 of the decoded bodies, computed (what the tests' firstSearch budget counts). */
  gzip: number;
  ms?: number;
  status?: string;
}

async function timedQuery(page: Page, query: string): Promise<{ ms: number; status: string }> {
  await page.evaluate((q) => {
    const w = window as unknown as { __bench: { inputAt?: number; shownAt?: number } };
    w.__bench = {};
    const field = document.getElementById('zoekterm')!;
    const start = () => (w.__bench.inputAt ??= performance.now());
    field.addEventListener('focus', start, { once: true });
    field.addEventListener('input', start, { once: true });
    const status = document.getElementById('zoekresultaten-status')!;
    const check = () => {
      const text = status.textContent ?? '';
      if (
        w.__bench.inputAt !== undefined &&
        w.__bench.shownAt === undefined &&
        text.includes(`‘${q}’`) &&
        /resultaat|resultaten|Geen resultaten/.test(text)
      ) {
        w.__bench.shownAt = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(status, { subtree: true, childList: true, characterData: true });
  }, query);
  await page.fill('#zoekterm', query);
  const done = page.locator(STATUS, { hasText: new RegExp(`(${finished.source}).*‘${query}’`) });
  await done.waitFor({ timeout: 30_000 });
  const times = await page.evaluate(() => (window as unknown as { __bench: { inputAt?: number; shownAt?: number } }).__bench);
  if (times.inputAt === undefined || times.shownAt === undefined) throw new BenchError(`search "${query}": no timing recorded`);
  return { ms: times.shownAt - times.inputAt, status: ((await page.locator(STATUS).textContent()) ?? '').trim() };
}

/**
 * Opens /zoeken/ in a fresh context (Pagefind is not loaded yet), waits for the search field and
 * network idle, then types `queries` one after another. The first step is the opening of the page.
 */
export async function measureSearch(browser: Browser, siteUrl: string, queries: readonly string[]): Promise<SearchStep[]> {
  const origin = new URL(siteUrl).origin;
  const context = await browser.newContext();
  try {
    const recorder = await Recorder.attach(context, origin);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    recorder.phase = 'open';
    await page.goto(new URL('zoeken/', siteUrl).href);
    await page.locator('#zoekterm').waitFor();
    await page.waitForLoadState('networkidle');
    const steps: { step: string; query?: string; ms?: number; status?: string }[] = [{ step: 'open /zoeken/ (Pagefind not loaded yet)' }];
    for (const [index, query] of queries.entries()) {
      progress(`search: "${query}"`);
      recorder.phase = `q${index}`;
      const { ms, status } = await timedQuery(page, query);
      await page.waitForLoadState('networkidle');
      steps.push({ step: index === 0 ? 'first query' : 'second query', query, ms, status });
    }
    await recorder.settle();
    if (errors.length) throw new BenchError(`errors on /zoeken/: ${errors.join('; ')}`);
    return steps.map((step, index) => {
      const phase = index === 0 ? 'open' : `q${index - 1}`;
      // The page's own requests: the service worker's offline copy fetches Pagefind's files too.
      const pagefind = recorder.sum(
        (entry) => !entry.worker && entry.phase === phase && new URL(entry.url).pathname.includes('/pagefind/'),
      );
      return { ...step, requests: pagefind.count, transferred: pagefind.transferred, raw: pagefind.raw, gzip: pagefind.gzip };
    });
  } finally {
    await context.close();
  }
}
