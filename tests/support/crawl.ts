/**
 * Walks the built site in a real browser, one address at a time, so that every address is a test
 * of its own with a time limit that fits one page (a crawl of the whole site in one hook ran past
 * its limit on a busy 2-core machine). The addresses come from the build on disk; the links each
 * page shows in the browser are recorded, and the site-wide checks (every page reachable from the
 * home page, no broken link or fragment) run on that record afterwards.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BrowserContext, Page, Request, Response } from 'playwright-core';
import { paths } from '../../src/lib/routes';
import { scanRouter } from '../../src/lib/scan/routes';
import { werkbladRouter } from '../../src/lib/werkblad/routes';
import { watchCspViolations } from './csp';

/** The tools route with the fragment ("/schoolscan/#nieuw"): their routers say which fragments exist. */
const toolRouters = [
  { path: paths.schoolscan, parse: scanRouter.parse },
  { path: paths.werkblad, parse: werkbladRouter.parse },
];

/** True when `url` opens a tool on one of its own views, such as "/schoolscan/#nieuw" (with any base path). */
export function isToolRoute(url: string): boolean {
  const { pathname, hash } = new URL(url);
  return toolRouters.some((tool) => pathname.endsWith(tool.path) && tool.parse(hash) !== null);
}

export interface CrawledPage<T = undefined> {
  /** The address that was requested, without fragment. */
  url: string;
  /** Status of the response to `url` itself (a redirect shows as 301, not as its target's 200). */
  status: number;
  /** Set when `url` redirected. */
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

export interface ForeignRequestGuard {
  /** Every request to another origin that was aborted, as "METHOD url (from page)". */
  readonly blocked: string[];
}

/** The URL without its fragment: the key under which a page is visited. */
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

function walkFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walkFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * The addresses to visit, as site paths under `base` ("/", "/onderzoek/", "/werkblad/?type=x"):
 * every built page (a folder's index.html), and every same-site link with a query string in the
 * built HTML (such a link opens a page in another state). Read from disk, so that each address can
 * be a test of its own.
 */
export function siteAddresses(dir: string, base = '/'): string[] {
  const files = walkFiles(dir).filter((file) => file.endsWith('.html'));
  const pages = files
    .filter((file) => file.endsWith(`${sep}index.html`) || relative(dir, file) === 'index.html')
    .map((file) => {
      const folder = relative(dir, file).split(sep).slice(0, -1);
      return `/${folder.map((part) => `${part}/`).join('')}`;
    });
  const withQuery = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/<a\b[^>]*\shref="([^"#]*\?[^"#]*)/g)) {
      const href = match[1]!.replace(/&amp;/g, '&');
      if (href.startsWith(base)) withQuery.add(`/${href.slice(base.length)}`);
    }
  }
  return [...new Set(pages)].sort().concat([...withQuery].sort());
}

function firstInChain(request: Request): Request {
  let current = request;
  for (let previous = current.redirectedFrom(); previous; previous = current.redirectedFrom()) {
    current = previous;
  }
  return current;
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}

/**
 * Opens `url` in a new page of `context`, waits until it has loaded and every island has rendered,
 * records what the page shows and did, runs `inspect` on it, and closes it.
 */
export async function visitPage<T = undefined>(
  context: BrowserContext,
  url: string,
  inspect?: (page: Page) => Promise<T>,
): Promise<CrawledPage<T>> {
  const csp = await watchCspViolations(context);
  const origin = new URL(url).origin;
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
  const entry: CrawledPage<T> = {
    url: withoutFragment(url),
    status: 0,
    consoleErrors,
    scriptRequests,
    cspViolations: [],
    links: [],
    ids: new Set<string>(),
  };
  try {
    let response: Response | null;
    try {
      response = await page.goto(url, { waitUntil: 'load' });
    } catch (error) {
      return { ...entry, error: describeError(error) };
    }
    if (!response) return { ...entry, error: 'no response' };
    const finalUrl = withoutFragment(page.url());
    if (finalUrl !== entry.url) {
      const first = await firstInChain(response.request()).response();
      return { ...entry, status: first?.status() ?? 0, redirectedTo: finalUrl };
    }
    entry.status = response.status();
    const contentType = (await response.headerValue('content-type')) ?? '';
    if (!contentType.includes('text/html')) return entry;

    // mountIsland removes the data-ssr attribute once an island has rendered in the browser.
    await page.locator('[data-island][data-ssr]').first().waitFor({ state: 'detached' });
    const anchors = await page.$$eval('a[href]', (elements) =>
      elements.map((anchor) => ({
        href: anchor instanceof HTMLAnchorElement ? anchor.href : '',
        // A tool (an island) routes with the fragment ("#werkbladen"): not an element id.
        inTool: anchor.closest('[data-island]') !== null,
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
    }
    entry.ids = new Set(await page.$$eval('[id]', (elements) => elements.map((element) => element.id)));
    if (inspect) entry.extra = await inspect(page);
    entry.cspViolations.push(...(await csp.collect(page)));
    return entry;
  } finally {
    await page.close();
  }
}

/**
 * Pages of `visited` (keyed by URL without fragment) that no chain of links from `start` reaches.
 * A link with a query string reaches the page at its path as well.
 */
export function unreachablePages(visited: Map<string, CrawledPage<unknown>>, start: string): string[] {
  const reached = new Set<string>();
  const queue = [withoutFragment(start)];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (reached.has(url)) continue;
    reached.add(url);
    for (const link of visited.get(url)?.links ?? []) {
      const target = new URL(withoutFragment(link));
      queue.push(target.href);
      target.search = '';
      queue.push(target.href);
    }
  }
  return [...visited.keys()].filter((url) => !reached.has(url));
}

/** Status of each URL (without fragment), fetched once per cache. */
export function statusFetcher(): (url: string) => Promise<number> {
  const cache = new Map<string, Promise<number>>();
  return (url) => {
    const key = withoutFragment(url);
    let status = cache.get(key);
    if (!status) {
      status = fetch(key, { redirect: 'manual' }).then(async (response) => {
        await response.arrayBuffer();
        return response.status;
      });
      cache.set(key, status);
    }
    return status;
  };
}

/**
 * Every link on the visited pages that is broken: a page that answers other than 200 (a visited
 * page by its recorded status, any other address fetched), or a fragment naming no element on its
 * page and no view of the tool there. `name` turns a URL into what a message shows.
 */
export async function brokenLinks(
  visited: Map<string, CrawledPage<unknown>>,
  statusOf: (url: string) => Promise<number>,
  name: (url: string) => string,
): Promise<string[]> {
  const broken: string[] = [];
  for (const page of visited.values()) {
    if (page.status !== 200) continue;
    for (const link of page.links) {
      const where = `${name(page.url)} → ${name(link)}`;
      const target = visited.get(withoutFragment(link));
      const status = target ? target.status : await statusOf(link);
      if (status !== 200) {
        broken.push(`${where}: status ${status}${target?.redirectedTo ? ` (redirects to ${name(target.redirectedTo)})` : ''}`);
        continue;
      }
      const hash = new URL(link).hash;
      if (hash.length <= 1) continue;
      let id: string;
      try {
        id = decodeURIComponent(hash.slice(1));
      } catch {
        broken.push(`${where}: malformed fragment`);
        continue;
      }
      if (!target) broken.push(`${where}: a fragment on an address that is not a page of the site`);
      else if (!target.ids.has(id) && !isToolRoute(link)) broken.push(`${where}: no element with id "${id}" and no view of a tool`);
    }
  }
  return broken;
}
