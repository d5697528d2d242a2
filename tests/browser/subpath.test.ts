/**
 * The site built under a sub-path (npm run build:subpath: base /welbevinden/, site address
 * https://welbevinden.example) in dist-subpath/, served under /welbevinden/ and driven in
 * Chromium, for what only a running page shows: every address whose page loads a script file (the
 * tools and the search page) as a test of its own, then the links those pages show and every file
 * they requested while running, search result links, the tools' links and the header search form,
 * all under the base path; no request to another origin and no CSP violation anywhere. The static
 * server answers 404 for anything outside /welbevinden/, as a host serving the site in a folder
 * would. The pages without a script file request only what their markup and stylesheets name,
 * which tests/build/subpath.test.ts checks for every page; canonical addresses, robots.txt and the
 * sitemap are in tests/build/meta.test.ts. Run `npm run build && npm run build:subpath` first.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import { searchStrings } from '../../src/lib/i18n/search.nl';
import { format } from '../../src/lib/text';
import { useBrowserSuite } from '../support/browser-suite';
import {
  blockForeignRequests,
  isToolRoute,
  siteAddresses,
  statusFetcher,
  visitPage,
  withoutFragment,
  type CrawledPage,
} from '../support/crawl';
import { subpathBase, subpathDistDir } from '../support/paths';
import { contentCatalogue } from '../support/scan-catalogue';
import { fillNewScan, sessionRunner, viewHeading } from '../support/tool-session';

const BASE = subpathBase;
const suite = useBrowserSuite('pagefind/pagefind.js', { dir: subpathDistDir, base: BASE });
const withSession = sessionRunner(suite);
const catalogue = contentCatalogue();

/** Absolute URL on the test server of a full path ("/welbevinden/zoeken/?q=x"). */
const served = (path: string) => new URL(path, suite.server().origin).href;
/** Path, query and fragment of a URL ("/welbevinden/literatuur/#durlak-2011"). */
const pathOf = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
};
const underBase = (url: string) => new URL(url).pathname.startsWith(BASE);

interface SeenRequest {
  url: string;
  type: string;
  from: string;
  status: number;
  failure?: string;
}

/** The built file of an address ("/zoeken/?q=x" → zoeken/index.html). */
const builtHtml = (path: string) => readFileSync(join(subpathDistDir, path.split('?')[0]!, 'index.html'), 'utf8');
/**
 * The addresses of the sub-path build whose page loads a script file, read from dist-subpath/ when
 * the tests are collected: only these request more than their markup names.
 */
const addresses = existsSync(join(subpathDistDir, 'index.html'))
  ? siteAddresses(subpathDistDir, BASE).filter((path) => /<script[^>]*\ssrc=/.test(builtHtml(path)))
  : [];
/** What each page test saw, by URL without fragment, and every request it made. */
const visited = new Map<string, CrawledPage>();
const requestsSeen: SeenRequest[] = [];

function requireAllVisited(): void {
  expect(addresses.length, 'addresses in dist-subpath/ that load a script file').toBeGreaterThanOrEqual(3);
  const missing = addresses.filter((path) => !visited.has(served(`${BASE}${path.slice(1)}`)));
  expect(missing, 'addresses whose page test did not finish (see the failures above)').toEqual([]);
}

const htmlPages = () => [...visited.values()].filter((page) => page.status === 200);

/** Records every request of the context with its outcome (status 0 when it failed). */
function recordRequests(context: BrowserContext): SeenRequest[] {
  const requests: SeenRequest[] = [];
  const from = (request: Request) => {
    try {
      return request.frame().url();
    } catch {
      return '';
    }
  };
  context.on('response', (response) => {
    const request = response.request();
    requests.push({ url: request.url(), type: request.resourceType(), from: from(request), status: response.status() });
  });
  context.on('requestfailed', (request) => {
    requests.push({
      url: request.url(),
      type: request.resourceType(),
      from: from(request),
      status: 0,
      failure: request.failure()?.errorText ?? 'failed',
    });
  });
  return requests;
}

const statusOf = statusFetcher();

/** Ids of a crawled page, or of the page fetched now. */
async function idsOf(url: string): Promise<Set<string>> {
  const crawled = visited.get(withoutFragment(url));
  if (crawled) return crawled.ids;
  const html = await (await fetch(withoutFragment(url))).text();
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

/**
 * Checks same-origin links (absolute URLs): under the base path, 200, and the fragment exists (an
 * element id, or a view of the tool on that page, such as "#nieuw").
 * `label` names where each link was found.
 */
async function checkLinks(links: { label: string; href: string }[]): Promise<string[]> {
  const problems: string[] = [];
  for (const { label, href } of links) {
    if (!underBase(href)) {
      problems.push(`${label}: ${pathOf(href)} is not under ${BASE}`);
      continue;
    }
    const status = await statusOf(href);
    if (status !== 200) {
      problems.push(`${label}: ${pathOf(href)} answers ${status}`);
      continue;
    }
    const hash = new URL(href).hash;
    if (hash.length > 1 && !(await idsOf(href)).has(decodeURIComponent(hash.slice(1))) && !isToolRoute(href)) {
      problems.push(`${label}: ${pathOf(href)} has no element with id "${decodeURIComponent(hash.slice(1))}"`);
    }
  }
  return problems;
}

/**
 * Same-origin links (href as resolved by the browser) inside `selector` on the page. A tool's own
 * route links ("#scan/<id>", "#plan") point to the page itself: their fragment is a route, not
 * an element id, so it is dropped (as the crawl does).
 */
async function linksIn(page: Page, selector: string): Promise<string[]> {
  const origin = suite.server().origin;
  const here = new URL(page.url()).pathname;
  const hrefs = await page
    .locator(selector)
    .evaluateAll((elements) =>
      elements.flatMap((element) => [...element.querySelectorAll('a[href]')].map((anchor) => (anchor as HTMLAnchorElement).href)),
    );
  return hrefs
    .filter((href) => new URL(href).origin === origin)
    .map((href) => {
      const url = new URL(href);
      if (url.pathname === here && selector !== '#zoekresultaten') url.hash = '';
      return url.href;
    });
}

describe.concurrent('the sub-path build, every address with a script file, one test each', () => {
  it.for(addresses)(
    `${BASE.slice(0, -1)}%s: answers 200 under ${BASE} without console errors, CSP violations or requests to other origins`,
    { timeout: 60_000 },
    async (path, { expect }) => {
      const context = await suite.browser().newContext();
      try {
        const foreign = await blockForeignRequests(context, suite.server().origin);
        const requests = recordRequests(context);
        const page = await visitPage(context, served(`${BASE}${path.slice(1)}`));
        visited.set(page.url, page);
        requestsSeen.push(...requests);
        expect(page.error, 'navigation error').toBeUndefined();
        expect(page.status, 'status').toBe(200);
        expect(underBase(page.url), 'under the base path').toBe(true);
        expect.soft(page.consoleErrors, 'console errors').toEqual([]);
        expect.soft(page.cspViolations, 'Content-Security-Policy violations').toEqual([]);
        expect.soft(foreign.blocked, 'requests to other origins').toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

describe('the sub-path build, from what the page tests recorded', () => {
  it('b. every internal link stays under /welbevinden/, answers 200, and its fragment exists', async () => {
    requireAllVisited();
    const links = htmlPages().flatMap((page) => page.links.map((href) => ({ label: `link on ${pathOf(page.url)}`, href })));
    expect(links.length).toBeGreaterThan(100);
    expect(await checkLinks(links), 'broken internal links').toEqual([]);
  });

  it('c. every file the pages with a script file requested while running is under /welbevinden/ and answers 200', async () => {
    requireAllVisited();
    const requests = requestsSeen;
    const origin = suite.server().origin;
    expect(requests.length, 'requests seen').toBeGreaterThan(50);
    const badRequests = requests
      .filter((request) => new URL(request.url).protocol.startsWith('http'))
      .filter((request) => !underBase(request.url) || request.status !== 200)
      .map(
        (request) =>
          `${request.type} ${pathOf(request.url)} → ${request.status}${request.failure ? ` (${request.failure})` : ''} (from ${pathOf(request.from || origin)})`,
      );
    expect(badRequests, 'requests outside /welbevinden/ or not answering 200').toEqual([]);
  });
});

describe('the sub-path build in use', () => {
  it('f. search at /welbevinden/zoeken/?q=pesten (and ?q=Durlak, for literature records): every result and sub-result link is under /welbevinden/ and answers 200; Pagefind loads from under it', async () => {
    await withSession({}, async ({ context, page }) => {
      const requested: string[] = [];
      context.on('request', (request) => requested.push(request.url()));
      const found: Record<string, { results: string[]; subs: string[] }> = {};
      for (const query of ['pesten', 'Durlak']) {
        const response = await page.goto(served(`${BASE}zoeken/?q=${encodeURIComponent(query)}`));
        expect(response?.status()).toBe(200);
        await page.locator('#zoekresultaten[aria-busy="false"]').waitFor();
        await page.locator('#zoekresultaten-status', { hasText: /\d+ resulta/ }).waitFor();

        // Show every result, so that each link is checked.
        const more = page.locator('#zoekresultaten').getByRole('button', { name: searchStrings.more, exact: true });
        for (let round = 0; round < 20 && (await more.count()) > 0; round += 1) {
          const before = await page.locator('#zoekresultaten li.search__result').count();
          await more.click();
          await expect.poll(() => page.locator('#zoekresultaten li.search__result').count()).toBeGreaterThan(before);
        }
        const hrefs = (selector: string) =>
          page.locator(selector).evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
        found[query] = {
          results: await hrefs('#zoekresultaten li.search__result h3 a'),
          subs: await hrefs('#zoekresultaten .search__subs a'),
        };
        const raw = await page
          .locator('#zoekresultaten a')
          .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
        expect(
          raw.filter((href) => !href.startsWith(BASE)),
          `"${query}": result hrefs as written, not starting with ${BASE}`,
        ).toEqual([]);
      }
      const pesten = found.pesten!;
      const durlak = found.Durlak!;
      expect(pesten.results.length, 'results for "pesten"').toBeGreaterThanOrEqual(5);
      expect(pesten.subs.length, 'sub-results for "pesten"').toBeGreaterThan(0);
      expect(pesten.results.map(pathOf), 'the type page for "pesten"').toContain(`${BASE}interventietypen/tegengaan-van-pesten/`);
      expect(durlak.results.map(pathOf), 'the literature record for "Durlak"').toContain(`${BASE}literatuur/#durlak-2011`);
      const problems = await checkLinks(
        Object.entries(found).flatMap(([query, { results, subs }]) => [
          ...results.map((href) => ({ label: `result for "${query}"`, href })),
          ...subs.map((href) => ({ label: `sub-result for "${query}"`, href })),
        ]),
      );
      expect(problems, 'search result links').toEqual([]);

      const pagefind = requested.filter((url) => new URL(url).pathname.includes('/pagefind/'));
      expect(pagefind.length, 'Pagefind files loaded').toBeGreaterThan(0);
      expect(
        pagefind.filter((url) => !new URL(url).pathname.startsWith(`${BASE}pagefind/`)),
        'Pagefind files outside /welbevinden/pagefind/',
      ).toEqual([]);

      // No results: the help link to the overview stays under the base too.
      await page.goto(served(`${BASE}zoeken/?q=${encodeURIComponent('qqxzvw')}`));
      await page.locator('#zoekresultaten[aria-busy="false"]').waitFor();
      await page.locator('#zoekresultaten-status', { hasText: /Geen resultaten/ }).waitFor();
      const help = await linksIn(page, '#zoekresultaten');
      expect(help.length, 'the link in the no-results help').toBeGreaterThan(0);
      expect(await checkLinks(help.map((href) => ({ label: 'no-results help', href }))), 'no-results help link').toEqual([]);
    });
  });

  it('g. the schoolscan at /welbevinden/schoolscan/ makes a scan whose result links every intervention type under /welbevinden/', async () => {
    await withSession({}, async ({ page }) => {
      const response = await page.goto(served(`${BASE}schoolscan/`));
      expect(response?.status()).toBe(200);
      await viewHeading(page, S.views.list).waitFor();
      await page.getByRole('link', { name: `${S.list.newScan}: ${S.list.alone}`, exact: true }).click();
      await viewHeading(page, S.views.create).waitFor();
      await fillNewScan(page, { title: 'Scan onder een submap' });
      await page.getByRole('button', { name: S.details.start, exact: true }).click();
      await viewHeading(page, 'Scan onder een submap').waitFor();
      expect(new URL(page.url()).pathname, 'the tool keeps its address').toBe(`${BASE}schoolscan/`);
      // Concerns on every domain, so that every linked intervention type is suggested.
      for (const domain of catalogue.domains) {
        await page
          .getByRole('group', { name: domain.label, exact: true })
          .getByRole('radio', { name: S.rating.options.grote, exact: true })
          .check();
      }
      await page.getByRole('link', { name: S.nav.toResult, exact: true }).last().click();
      await viewHeading(page, `${S.views.result}: Scan onder een submap`).waitFor();

      const readMoreLinks = page.getByRole('link', { name: new RegExp(`^${format(S.result.readMore, { type: '' })}`) });
      const readMore = await readMoreLinks.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      const written = await readMoreLinks.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      expect(
        written.filter((href) => !href.startsWith(`${BASE}interventietypen/`)),
        'type links as written, not starting with /welbevinden/interventietypen/',
      ).toEqual([]);
      const linkedTypes = new Set(catalogue.domains.flatMap((domain) => domain.interventions.map((link) => link.type)));
      const typePaths = new Set(readMore.map((href) => new URL(href).pathname));
      expect(
        [...linkedTypes].filter((id) => !typePaths.has(`${BASE}interventietypen/${id}/`)),
        `types without a "${format(S.result.readMore, { type: '…' })}" link under ${BASE}`,
      ).toEqual([]);
      const problems = await checkLinks((await linksIn(page, '.schoolscan')).map((href) => ({ label: 'link in the result', href })));
      expect(problems, 'links in the schoolscan result').toEqual([]);
    });
  });

  it('h. "Zet op het werkblad" on /welbevinden/interventietypen/veerkracht/ opens the werkblad under /welbevinden/, makes the worksheet, and its hint sources link under /welbevinden/', async () => {
    await withSession({}, async ({ page }) => {
      const response = await page.goto(served(`${BASE}interventietypen/veerkracht/`));
      expect(response?.status()).toBe(200);
      const put = page.getByRole('link', { name: 'Zet op het werkblad', exact: true });
      expect(pathOf(await put.evaluate((anchor) => (anchor as HTMLAnchorElement).href))).toBe(`${BASE}werkblad/?type=veerkracht`);
      await put.click();
      await viewHeading(page, W.views.createType).waitFor();
      expect(pathOf(page.url()), 'the address after the link').toBe(`${BASE}werkblad/#nieuw/type/veerkracht`);
      await page.getByRole('button', { name: W.create.typeButton, exact: true }).click();
      const title = catalogue.interventions.find((type) => type.id === 'veerkracht')!.title;
      await viewHeading(page, title).waitFor();
      expect(pathOf(page.url())).toMatch(new RegExp(`^${BASE}werkblad/#werkblad/[a-z0-9]+$`));

      const hintLinks = await page
        .locator('.werkblad blockquote a[href]')
        .evaluateAll((anchors) =>
          anchors.map((anchor) => ({ raw: anchor.getAttribute('href') ?? '', href: (anchor as HTMLAnchorElement).href })),
        );
      expect(hintLinks.length, 'hint source links').toBeGreaterThan(0);
      expect(
        hintLinks.filter((link) => !link.raw.startsWith(BASE)).map((link) => link.raw),
        'hint hrefs not starting with /welbevinden/',
      ).toEqual([]);
      const problems = await checkLinks((await linksIn(page, '.werkblad')).map((href) => ({ label: 'link on the worksheet', href })));
      expect(problems, 'links on the worksheet (hint sources, the type page, partner sources)').toEqual([]);

      // The type's page from the worksheet, and back.
      await page.locator('.worksheet .tool-card__meta').getByRole('link', { name: title, exact: true }).click();
      await page.waitForURL(served(`${BASE}interventietypen/veerkracht/`));
    });
  });

  it('i. the header search form submits to /welbevinden/zoeken/?q=… and finds results there', async () => {
    await withSession({}, async ({ page }) => {
      await page.goto(served(`${BASE}onderzoek/`));
      const form = page.locator('form.site-search');
      expect(await form.getAttribute('action')).toBe(`${BASE}zoeken/`);
      await form.locator('input[name="q"]').fill('veerkracht');
      await Promise.all([page.waitForURL((url) => url.pathname === `${BASE}zoeken/`), form.locator('input[name="q"]').press('Enter')]);
      const url = new URL(page.url());
      expect(`${url.pathname}${url.search}`, 'the address the form went to').toBe(`${BASE}zoeken/?q=veerkracht`);
      await page.locator('#zoekresultaten-status', { hasText: /\d+ resulta/ }).waitFor();
      const first = await page
        .locator('#zoekresultaten li.search__result h3 a')
        .first()
        .evaluate((anchor) => (anchor as HTMLAnchorElement).href);
      expect(new URL(first).pathname.startsWith(BASE), `first result ${pathOf(first)}`).toBe(true);
    });
  });
});
