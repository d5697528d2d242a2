/**
 * Crawls the served site in a real browser: starts at the root, follows every same-origin
 * <a href>, and visits each page once. Pages are discovered, never listed by hand.
 */
import type { BrowserContext, Page, Request, Response } from 'playwright-core';
import { watchCspViolations } from './csp';

export interface CrawledPage<T = undefined> {
  /** The address that was requested, without fragment. */
  url: string;
  /** Status of the response to `url` itself (a redirect shows as 301, not as its target's 200). */
  status: number;
  /** Set when `url` redirected; the target has its own entry. */
  redirectedTo?: string;
  /** Set when the navigation itself failed (no response at all). */
  error?: string;
  /** Console messages of type "error" and uncaught exceptions (`pageerror`). */
  consoleErrors: string[];
  /** Same-origin links of the page: absolute URLs, fragment kept. */
  links: string[];
  /** Every element id in the document. */
  ids: Set<string>;
  /** Script files the page requested (inline scripts are not requests and are not listed). */
  scriptRequests: string[];
  /** Content-Security-Policy violations in the page, as "<violatedDirective> <blockedURI>" (see csp.ts). */
  cspViolations: string[];
  /** Whatever `inspect` returned for this page; undefined for redirects, failures and non-HTML. */
  extra?: T;
}

export interface CrawlOptions<T> {
  /** Runs on every HTML page after load, before the page is closed (e.g. an axe scan). */
  inspect?: (page: Page, url: string) => Promise<T>;
  /** Pages open at the same time. Default 1. */
  concurrency?: number;
}

export interface ForeignRequestGuard {
  /** Every request to another origin that was aborted, as "METHOD url (from page)". */
  readonly blocked: string[];
}

/** The URL without its fragment: the key under which a page is queued and visited. */
export function withoutFragment(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/**
 * Aborts every request of `context` that leaves `origin` and records it, so a test can assert
 * that the record stays empty. data: and blob: URLs never leave the browser and pass.
 */
export async function blockForeignRequests(context: BrowserContext, origin: string): Promise<ForeignRequestGuard> {
  const blocked: string[] = [];
  const expected = new URL(origin).origin;
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.origin === expected) {
      await route.continue();
      return;
    }
    let from = '';
    try {
      from = request.frame().url();
    } catch {
      // Service-worker requests have no frame.
    }
    blocked.push(`${request.method()} ${url.href} (from ${from || 'unknown page'})`);
    await route.abort('blockedbyclient');
  });
  return { blocked };
}

function firstInChain(request: Request): Request {
  let current = request;
  for (let previous = current.redirectedFrom(); previous; previous = current.redirectedFrom()) {
    current = previous;
  }
  return current;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
}

export async function crawlSite<T = undefined>(
  context: BrowserContext,
  startUrl: string,
  options: CrawlOptions<T> = {},
): Promise<CrawledPage<T>[]> {
  const origin = new URL(startUrl).origin;
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const start = withoutFragment(startUrl);
  const queue: string[] = [start];
  const seen = new Set<string>([start]);
  const results = new Map<string, CrawledPage<T>>();
  const csp = await watchCspViolations(context);

  const enqueue = (url: string) => {
    const key = withoutFragment(url);
    if (seen.has(key)) return;
    seen.add(key);
    queue.push(key);
  };

  const visit = async (url: string): Promise<void> => {
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    const scriptRequests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`Uncaught ${error.name}: ${error.message}`));
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scriptRequests.push(request.url());
    });
    const base = { consoleErrors, scriptRequests, cspViolations: [] as string[], links: [] as string[], ids: new Set<string>() };
    try {
      let response: Response | null;
      try {
        response = await page.goto(url, { waitUntil: 'load' });
      } catch (error) {
        results.set(url, { ...base, url, status: 0, error: describeError(error) });
        return;
      }
      if (!response) {
        results.set(url, { ...base, url, status: 0, error: 'no response' });
        return;
      }
      const finalUrl = withoutFragment(page.url());
      if (finalUrl !== url) {
        const firstResponse = await firstInChain(response.request()).response();
        results.set(url, {
          url,
          status: firstResponse?.status() ?? 0,
          redirectedTo: finalUrl,
          consoleErrors: [],
          scriptRequests: [],
          cspViolations: [],
          links: [],
          ids: new Set<string>(),
        });
        if (seen.has(finalUrl)) return;
        seen.add(finalUrl);
      }
      const entry: CrawledPage<T> = { ...base, url: finalUrl, status: response.status() };
      results.set(finalUrl, entry);
      const contentType = (await response.headerValue('content-type')) ?? '';
      if (!contentType.includes('text/html')) return;

      const anchors = await page.$$eval('a[href]', (elements) =>
        elements.map((anchor) => ({
          href: anchor instanceof HTMLAnchorElement ? anchor.href : '',
          // A tool (an Astro island) routes with the fragment ("#werkbladen"): not an element id.
          inTool: anchor.closest('astro-island') !== null,
        })),
      );
      for (const { href, inTool } of anchors) {
        let target: URL;
        try {
          target = new URL(href);
        } catch {
          continue;
        }
        if ((target.protocol !== 'http:' && target.protocol !== 'https:') || target.origin !== origin) continue;
        // (The tool may have rewritten the address already, e.g. "?type=x" to "#nieuw/type/x".)
        if (inTool && target.pathname === new URL(finalUrl).pathname) target.hash = '';
        entry.links.push(target.href);
        enqueue(target.href);
      }
      const ids = await page.$$eval('[id]', (elements) => elements.map((element) => element.id));
      entry.ids = new Set(ids);
      if (options.inspect) entry.extra = await options.inspect(page, finalUrl);
      entry.cspViolations.push(...(await csp.collect(page)));
    } finally {
      await page.close();
    }
  };

  await new Promise<void>((resolve, reject) => {
    let active = 0;
    let failed = false;
    const pump = () => {
      if (failed) return;
      while (active < concurrency && queue.length > 0) {
        const next = queue.shift();
        if (next === undefined) break;
        active += 1;
        visit(next).then(
          () => {
            active -= 1;
            pump();
          },
          (error: unknown) => {
            failed = true;
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      }
      if (active === 0 && queue.length === 0) resolve();
    };
    pump();
  });

  return [...results.values()].sort((a, b) => a.url.localeCompare(b.url));
}
