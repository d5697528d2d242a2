/**
 * The site search (/zoeken/ and the header form) driven in Chromium on the built site: that the
 * result list shows what the index answers (which page each query finds is asked of the index in
 * the build layer, tests/build/search-queries.test.ts), filters, the address, the keyboard, the
 * site without JavaScript, what loads where, how many bytes a search costs, axe, and excerpts
 * shown as text. One server and one browser for the file; every test has its own context,
 * guarded against requests to other origins, and fails on uncaught page errors, console errors
 * and CSP violations. Run `npm run build` first (it writes the Pagefind index to dist/pagefind/).
 *
 * The island waits 200 ms before it searches. Wait with locators (as below), never with
 * page.waitForFunction's default requestAnimationFrame polling, which starves the page's timers.
 */
import { describe, it, expect } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { searchStrings as S } from '../../src/lib/i18n/search.nl';
import { t } from '../../src/lib/i18n/nl';
import { serviceWorkerScript } from '../../src/lib/inline-scripts';
import { wordsOf } from '../../src/lib/search/question';
import { format, plural } from '../../src/lib/text';
import { budgets } from '../budgets';
import { useBrowserSuite } from '../support/browser-suite';
import { builtPages } from '../support/dist';
import { openPagefind } from '../support/pagefind-node';
import { distDir } from '../support/paths';
import { domain, domainPath, domains, interventions, typePath } from '../support/search-tables';
import { runQuestion } from '../../src/lib/search/run';
import { axeScan, axeScanWithoutJavaScript, isFocused, sessionRunner } from '../support/tool-session';

const TOOL = '/zoeken/';
const STATUS = '#zoekresultaten-status';
const RESULT_LINKS = '#zoekresultaten li.search__result h3 a';
const kB = 1024;
const gzip = (body: Buffer) => gzipSync(body, { level: 9 }).length;

const suite = useBrowserSuite('pagefind/pagefind.js');
const siteUrl = suite.siteUrl;
/** sessionRunner fails a session on foreign requests, page and console errors and CSP violations. */
const withSession = sessionRunner(suite);

// ---------------------------------------------------------------------------------------------
// Content the expectations are read from.

/** Pages Pagefind indexes: every built page whose <main> has data-pagefind-body. */
const indexedPaths = builtPages()
  .filter((page) => page.document.querySelector('main')?.hasAttribute('data-pagefind-body'))
  .map((page) => page.path);

// ---------------------------------------------------------------------------------------------
// Driving the search page.

/** A finished search says how many results there are, or that there are none. */
const finished = /\d+ resultaat|\d+ resultaten|Geen resultaten/;

async function statusText(page: Page): Promise<string> {
  return ((await page.locator(STATUS).textContent()) ?? '').trim();
}

/**
 * Waits until the search in the address has its results: the results region is no longer busy
 * (it is while Pagefind loads and while a search for the current query runs).
 */
async function settled(page: Page): Promise<string> {
  await page.locator('#zoekresultaten[aria-busy="false"]').waitFor();
  await page.locator(STATUS, { hasText: finished }).waitFor();
  return statusText(page);
}

/** Waits until the search island has rendered in the browser (its field is there from the server already). */
async function hydrated(page: Page): Promise<void> {
  await page.locator('[data-island][data-ssr]').first().waitFor({ state: 'detached' });
}

/** Opens /zoeken/ with a query (and more parameters) and waits for the results. */
async function openSearch(page: Page, q: string, more = ''): Promise<string> {
  await page.goto(siteUrl(`${TOOL}?q=${encodeURIComponent(q)}${more}`));
  return settled(page);
}

/** Does something that starts a new search (typing, a filter), then waits for that search. */
async function searchAfter(page: Page, change: () => Promise<void>): Promise<string> {
  await change();
  await page.locator(STATUS, { hasText: S.loading }).waitFor();
  await page.locator(STATUS, { hasText: finished }).waitFor();
  return statusText(page);
}

/** The result links in order, as site paths with their fragment ("/literatuur/#durlak-2011"). */
async function resultPaths(page: Page): Promise<string[]> {
  const hrefs = await page.locator(RESULT_LINKS).evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  return hrefs.map((href) => `${suite.sitePath(href)}${new URL(href).hash}`);
}

function countOf(status: string): number {
  if (status.startsWith('Geen resultaten')) return 0;
  const match = /^(\d+) resulta/.exec(status);
  if (!match) throw new Error(`Not a finished status: "${status}"`);
  return Number(match[1]);
}

const checkbox = (page: Page, filter: keyof typeof S.filterLabels, value: string) =>
  page
    .getByRole('group', { name: S.filterLabels[filter], exact: true })
    .getByRole('checkbox', { name: new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\)$`) });

/** What the focused element is, and whether it shows a focus indicator (outline or box-shadow). */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      label: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
      id: element.id,
      inFilters: element.closest('.search__filters') !== null,
      isCheckbox: element instanceof HTMLInputElement && element.type === 'checkbox',
      href: element instanceof HTMLAnchorElement ? element.getAttribute('href') : null,
      indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
    };
  });
}

// ---------------------------------------------------------------------------------------------
// a. What a query finds: the query tables run on the built index in the build layer
// (tests/build/search-queries.test.ts); here, that the page lists what the index answers.

describe('a. the result list', () => {
  it("lists the results of the search runner in its order, for a type, a domain in a teacher's words, an author and a participle", async () => {
    const queries = ['pesten', 'kind komt niet meer naar school', 'Durlak', 'afgehaakt'];
    const { pagefind, close } = await openPagefind(distDir);
    const expected = new Map<string, string[]>();
    try {
      for (const query of queries) {
        const outcome = await runQuestion(pagefind, query, {});
        const shown = await Promise.all(outcome.results.slice(0, 10).map((result) => result.data()));
        expected.set(
          query,
          shown.map((data) => data.url),
        );
      }
    } finally {
      close();
    }
    await withSession({}, async ({ page }) => {
      for (const query of queries) {
        await openSearch(page, query);
        const paths = await resultPaths(page);
        expect(paths.length, `results for "${query}"`).toBeGreaterThan(0);
        expect.soft(paths, `the result list for "${query}"`).toEqual(expected.get(query));
      }
    });
  });
});

// ---------------------------------------------------------------------------------------------
// b. Filters.

describe('b. filters', () => {
  it('narrows to intervention types, then to a domain, keeps them in the address, and "Alle filters weghalen" restores', async () => {
    await withSession({}, async ({ page }) => {
      const all = countOf(await openSearch(page, 'veerkracht'));
      const allPaths = await resultPaths(page);
      expect(all).toBeGreaterThan(5);
      expect(
        allPaths.some((path) => !path.startsWith('/interventietypen/')),
        'unfiltered results include other pages',
      ).toBe(true);
      // Filters appear once Pagefind has loaded its filter lists.
      await expect.poll(() => page.locator('.search__filter').count()).toBe(3);

      const soort = checkbox(page, 'soort', 'Interventietype');
      const typesOnly = await searchAfter(page, () => soort.check());
      expect(await soort.isChecked()).toBe(true);
      expect(typesOnly).toBe(format(plural(countOf(typesOnly), S.countFiltered), { q: 'veerkracht' }));
      const typeCount = countOf(typesOnly);
      expect(typeCount).toBeGreaterThan(0);
      expect(typeCount).toBeLessThan(all);
      const typePaths = await resultPaths(page);
      expect(typePaths.length).toBe(Math.min(typeCount, 10));
      expect(
        typePaths.filter((path) => !/^\/interventietypen\/(?!doelgroep\/)[^/]+\/$/.test(path)),
        'results that are not intervention types',
      ).toEqual([]);
      expect(await page.locator('#zoekresultaten .search__kind').allTextContents()).toEqual(
        typePaths.map(() => t.search.kinds.interventietype),
      );
      expect(new URL(page.url()).searchParams.getAll('soort')).toEqual(['Interventietype']);
      expect(new URL(page.url()).searchParams.get('q')).toBe('veerkracht');

      const family = domain('veerkracht-gezin');
      const domainBox = checkbox(page, 'domein', family.label);
      const narrower = countOf(await searchAfter(page, () => domainBox.check()));
      const narrowerPaths = await resultPaths(page);
      expect(narrower).toBeGreaterThan(0);
      expect(narrower).toBeLessThan(typeCount);
      expect(
        narrowerPaths.filter((path) => !family.types.map(typePath).includes(path)),
        `results not linked to "${family.label}"`,
      ).toEqual([]);
      expect(new URL(page.url()).searchParams.getAll('domein')).toEqual([family.label]);
      expect(new URL(page.url()).searchParams.getAll('soort')).toEqual(['Interventietype']);

      const clear = page.getByRole('button', { name: S.clearFilters });
      const restored = await searchAfter(page, () => clear.click());
      expect(restored).toBe(format(plural(all, S.count), { q: 'veerkracht' }));
      expect(await resultPaths(page)).toEqual(allPaths);
      expect(await soort.isChecked()).toBe(false);
      expect(await domainBox.isChecked()).toBe(false);
      expect(await clear.count(), 'the button goes once no filter is set').toBe(0);
      expect(new URL(page.url()).search).toBe('?q=veerkracht');
    });
  });

  it('opens /zoeken/?q=…&soort=Literatuur with the box ticked and only literature results', async () => {
    await withSession({}, async ({ page }) => {
      const veerkracht = await openSearch(page, 'veerkracht', '&soort=Literatuur');
      expect(await checkbox(page, 'soort', 'Literatuur').isChecked()).toBe(true);
      expect(await checkbox(page, 'soort', 'Interventietype').isChecked()).toBe(false);
      expect(veerkracht).toContain('met de gekozen filters');
      const veerkrachtPaths = await resultPaths(page);
      expect(veerkrachtPaths.filter((path) => !path.startsWith('/literatuur/#'))).toEqual([]);
      console.log(`/zoeken/?q=veerkracht&soort=Literatuur: "${veerkracht}" ${veerkrachtPaths.join(', ')}`);

      // The same with a word that is in literature titles too, so the filter has something to show.
      const unfiltered = countOf(await openSearch(page, 'mindfulness'));
      const literature = await openSearch(page, 'mindfulness', '&soort=Literatuur');
      expect(await checkbox(page, 'soort', 'Literatuur').isChecked()).toBe(true);
      const paths = await resultPaths(page);
      expect(countOf(literature)).toBeGreaterThan(0);
      expect(countOf(literature)).toBeLessThan(unfiltered);
      expect(paths).toContain('/literatuur/#zenner-2014');
      expect(paths.filter((path) => !path.startsWith('/literatuur/#'))).toEqual([]);
      expect(new URL(page.url()).search).toBe('?q=mindfulness&soort=Literatuur');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// c. The address.

describe('c. the address', () => {
  it('opens ?q= with results, follows typing in the address without reloading, and says when nothing is found', async () => {
    await withSession({}, async ({ page }) => {
      const first = await openSearch(page, 'pesten');
      expect(countOf(first)).toBeGreaterThan(0);
      expect(first).toBe(format(plural(countOf(first), S.count), { q: 'pesten' }));
      expect(await page.inputValue('#zoekterm')).toBe('pesten');
      expect((await resultPaths(page))[0]).toBe(typePath('tegengaan-van-pesten'));

      await page.evaluate(() => {
        (window as unknown as { __samePage: boolean }).__samePage = true;
      });
      const historyLength = await page.evaluate(() => history.length);
      const second = await searchAfter(page, () => page.fill('#zoekterm', 'mindfulness'));
      expect(second).toBe(format(plural(countOf(second), S.count), { q: 'mindfulness' }));
      expect(new URL(page.url()).search).toBe('?q=mindfulness');
      expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage), 'the page was not reloaded').toBe(true);
      expect(await page.evaluate(() => history.length), 'the address is replaced, not pushed').toBe(historyLength);
      expect((await resultPaths(page))[0]).toBe(typePath('mindfulness'));

      const nonsense = 'zwembadvergunning';
      const none = await searchAfter(page, () => page.fill('#zoekterm', nonsense));
      expect(none).toBe(format(S.none, { q: nonsense }));
      expect(none).toBe(`Geen resultaten voor ‘${nonsense}’.`);
      expect(new URL(page.url()).search).toBe(`?q=${nonsense}`);
      expect(await page.locator(RESULT_LINKS).count()).toBe(0);
      const overview = page.locator('#zoekresultaten').getByRole('link', { name: S.noneLink, exact: true });
      expect(await overview.count()).toBe(1);
      expect(suite.sitePath(await overview.evaluate((anchor) => (anchor as HTMLAnchorElement).href))).toBe('/interventietypen/');

      await searchAfter(page, () => page.fill('#zoekterm', '   pesten  '));
      expect(new URL(page.url()).search, 'the address holds the trimmed query').toBe('?q=pesten');
      await page.fill('#zoekterm', '');
      await page.locator(STATUS, { hasText: S.start }).waitFor();
      await expect.poll(() => new URL(page.url()).search, { message: 'an empty query clears the address' }).toBe('');
      expect(await page.locator(RESULT_LINKS).count()).toBe(0);
    });
  });

  it('never announces a wrong outcome on the way to the results (status texts in order)', async () => {
    await withSession({}, async ({ page, context }) => {
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __statuses: string[] }).__statuses = seen;
        new MutationObserver(() => {
          const text = document.getElementById('zoekresultaten-status')?.textContent?.trim();
          if (text && seen.at(-1) !== text) seen.push(text);
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      const statuses = () => page.evaluate(() => [...(window as unknown as { __statuses: string[] }).__statuses]);

      const opened = await openSearch(page, 'pesten');
      const onOpen = await statuses();
      const onType: string[] = [];
      const typed = await searchAfter(page, async () => {
        await page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses.splice(0));
        await page.fill('#zoekterm', 'mindfulness');
      });
      onType.push(...(await statuses()));

      // Opening with ?q=: the server's invitation to type (it cannot know the query), "Zoeken…", then the results.
      expect.soft(onOpen, 'status texts while /zoeken/?q=pesten opens').toEqual([S.start, S.loading, opened]);
      // Typing a new query: "Zoeken…", then its results; never the old count with the new query.
      expect.soft(onType, 'status texts after typing "mindfulness"').toEqual([S.loading, typed]);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// d. Keyboard only.

describe('d. keyboard', () => {
  it('"/" and Ctrl+K focus the header box, Enter searches, Tab reaches the filters and the first result with a visible focus ring', async () => {
    await withSession({ viewport: { width: 1280, height: 800 } }, async ({ page }) => {
      const headerBox = page.locator('#site-search-q');
      await page.goto(siteUrl('/onderzoek/'));
      await page.keyboard.press('/');
      expect(await isFocused(headerBox), '"/" focuses the header search box').toBe(true);
      expect(await headerBox.inputValue(), 'the "/" itself is not typed').toBe('');
      expect((await focusState(page))?.indicator, 'the header box shows its focus').toBe(true);

      await page.keyboard.type('pesten');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === TOOL && url.search === '?q=pesten');
      expect(countOf(await settled(page))).toBeGreaterThan(0);
      const firstResult = (await page.locator(RESULT_LINKS).first().getAttribute('href')) ?? '';
      expect(firstResult).toBe(typePath('tegengaan-van-pesten'));

      const invisible: string[] = [];
      let filterReached = false;
      let resultReached = false;
      for (let presses = 0; presses < 120 && !resultReached; presses += 1) {
        await page.keyboard.press('Tab');
        const focus = await focusState(page);
        if (!focus) continue;
        if (!focus.indicator) invisible.push(focus.label);
        if (focus.inFilters && focus.isCheckbox) filterReached = true;
        if (focus.href === firstResult) {
          resultReached = true;
          expect(filterReached, 'the filters come before the results').toBe(true);
        }
      }
      expect(filterReached, 'Tab reaches a filter checkbox').toBe(true);
      expect(resultReached, 'Tab reaches the first result link').toBe(true);
      expect(invisible, 'focused elements without a visible focus indicator').toEqual([]);

      // Space ticks a focused filter.
      await page.locator('.search__filters input[type="checkbox"]').first().focus();
      await searchAfter(page, () => page.keyboard.press('Space'));
      expect(await page.locator('.search__filters input[type="checkbox"]').first().isChecked()).toBe(true);

      // "/" inside a text field is a character, not a jump to the header box.
      const searchBox = page.locator('#zoekterm');
      await searchBox.focus();
      await page.keyboard.press('End');
      await page.keyboard.type('/x');
      expect(await isFocused(searchBox), '"/" in the search field keeps the focus there').toBe(true);
      expect(await searchBox.inputValue()).toBe('pesten/x');
      expect(await headerBox.inputValue()).toBe('');

      // Ctrl+K on a content page.
      await page.goto(siteUrl('/interventietypen/mindfulness/'));
      await page.keyboard.press('Control+k');
      expect(await isFocused(headerBox), 'Ctrl+K focuses the header search box').toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      expect(await isFocused(headerBox)).toBe(true);
      await page.keyboard.type('mindfulness/meditatie');
      expect(await headerBox.inputValue(), '"/" typed in the header box stays in it').toBe('mindfulness/meditatie');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// e. Without JavaScript.

describe('e. without JavaScript', () => {
  it('the header form leads to /zoeken/?q=, which lists every page (each answering 200); with JavaScript the same address shows results', async () => {
    const target = await withSession({ javaScriptEnabled: false }, async ({ page, context }) => {
      await page.goto(siteUrl('/onderzoek/'));
      await page.fill('#site-search-q', 'sociale vaardigheden');
      await page.press('#site-search-q', 'Enter');
      await page.waitForURL((url) => url.pathname === TOOL);
      const url = new URL(page.url());
      expect(url.search).toBe('?q=sociale+vaardigheden');
      expect(new URLSearchParams(url.search).get('q')).toBe('sociale vaardigheden');

      const heading = page.getByRole('heading', { name: t.searchPage.noScriptHeading, exact: true });
      expect(await heading.isVisible()).toBe(true);
      // (getByText skips <noscript> content, so read the paragraph itself.)
      const intro = page.locator('.search-fallback p').first();
      expect(await intro.isVisible()).toBe(true);
      expect((await intro.textContent())?.trim()).toBe(t.searchPage.noScriptIntro);
      const links = await page
        .locator('.search-fallback a')
        .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      expect(links.length).toBeGreaterThanOrEqual(30);
      const notOk: string[] = [];
      for (const link of links) {
        const response = await context.request.get(link);
        if (response.status() !== 200) notOk.push(`${link} → ${response.status()}`);
      }
      expect(notOk, 'links in the list that do not answer 200').toEqual([]);
      expect(links.map((link) => suite.sitePath(link))).toEqual(
        expect.arrayContaining([...interventions.map((type) => typePath(type.id)), ...domains.map((entry) => `/domeinen/${entry.id}/`)]),
      );
      return page.url();
    });

    await withSession({}, async ({ page }) => {
      await page.goto(target);
      const status = await settled(page);
      expect(status).toBe(format(plural(countOf(status), S.count), { q: 'sociale vaardigheden' }));
      expect((await resultPaths(page)).slice(0, 3)).toContain(typePath('sociale-vaardigheden'));
      expect(await page.getByRole('heading', { name: t.searchPage.noScriptHeading }).count()).toBe(0);
    });
  });

  it('the list without JavaScript has every page of the search index', async () => {
    const listed = await withSession({ javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(siteUrl(`${TOOL}?q=x`));
      return (
        await page.locator('.search-fallback a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))
      ).map((href) => suite.sitePath(href));
    });
    expect(indexedPaths.length).toBeGreaterThan(30);
    expect(
      indexedPaths.filter((path) => !listed.includes(path)),
      'indexed pages missing from the list without JavaScript',
    ).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// f. What loads where.

describe('f. what loads where', () => {
  it('content pages load no script file and nothing from /pagefind/, also while typing in the header box; /zoeken/ loads Pagefind once the reader starts', async () => {
    await withSession({}, async ({ page }) => {
      const requests: { url: string; type: string }[] = [];
      page.on('request', (request) => {
        requests.push({ url: request.url(), type: request.resourceType() });
      });
      const isPagefind = (url: string) => suite.sitePath(url).startsWith('/pagefind/');

      for (const path of ['/onderzoek/', typePath('mindfulness')]) {
        requests.length = 0;
        await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
        await page.keyboard.press('/');
        await page.keyboard.type('pesten');
        expect(await page.locator('form.site-search input[name="q"]').inputValue(), 'typed into the header box').toBe('pesten');
        // Nothing on the page could load a file later: no inline script imports or fetches. Except
        // the service worker's registration, which loads update.js only when a new version of
        // the site waits (tests/nginx/update.test.ts).
        const inline = (await page.locator('script:not([src])').allTextContents()).filter((code) => code !== serviceWorkerScript);
        expect(
          inline.filter((code) => /import\(|fetch\(|pagefind|createElement\(['"]script/i.test(code)),
          `inline scripts on ${path} that could load files`,
        ).toEqual([]);
        expect(
          requests.filter((request) => request.type === 'script').map((request) => request.url),
          `script files requested by ${path}`,
        ).toEqual([]);
        expect(
          requests.filter((request) => isPagefind(request.url)).map((request) => request.url),
          `/pagefind/ files requested by ${path}`,
        ).toEqual([]);
        expect(await page.locator('script[src]').count(), `<script src> on ${path}`).toBe(0);
      }

      // /zoeken/ without a query waits for the reader: Pagefind loads when the search box gets focus.
      requests.length = 0;
      await page.goto(siteUrl(TOOL), { waitUntil: 'networkidle' });
      await hydrated(page);
      expect(
        requests.filter((request) => isPagefind(request.url)).map((request) => request.url),
        '/pagefind/ before the reader starts',
      ).toEqual([]);
      await page.locator('#zoekterm').focus();
      await page.locator('.search__filter').first().waitFor();
      expect(requests.map((request) => suite.sitePath(request.url))).toContain('/pagefind/pagefind.js');
      expect(requests.filter((request) => request.type === 'script').length).toBeGreaterThan(1);
    });
  });

  it('a reader who puts the cursor in the field before the page’s script has run still gets Pagefind and the filters', async () => {
    await withSession({}, async ({ page }) => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/_astro\/SearchTool\.[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      // Not 'domcontentloaded': that waits for the page's module script, which is held back.
      await page.goto(siteUrl(TOOL), { waitUntil: 'commit' });
      await page.locator('#zoekterm').focus();
      expect(await page.locator('[data-island][data-ssr]').count(), 'the island has not rendered yet').toBe(1);
      release();
      await hydrated(page);
      await page.locator('.search__filter').first().waitFor();
    });
  });

  it('on a wide screen the results keep their wide column: the status line does not move or narrow when the filters appear', async () => {
    await withSession({ viewport: { width: 1280, height: 900 } }, async ({ page }) => {
      await page.goto(siteUrl(TOOL));
      await hydrated(page);
      const status = page.locator(STATUS);
      await status.waitFor();
      const before = await status.boundingBox();
      await page.locator('#zoekterm').focus();
      await page.locator('.search__filter').first().waitFor();
      const after = await status.boundingBox();
      const filters = await page.locator('.search__filters').boundingBox();
      expect(before, 'the status line before Pagefind loads').toEqual(after);
      expect(before!.width, 'width of the status line').toBeGreaterThan(500);
      expect(before!.x, 'the status line right of the filters').toBeGreaterThanOrEqual(filters!.x + filters!.width);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// g. Bytes.

describe('g. transfer budget', () => {
  it(`a first query transfers under ${budgets.firstSearch / kB} kB from /pagefind/ (gzip level 9), a second one less`, async () => {
    await withSession({}, async ({ page }) => {
      const bodies: Promise<{ url: string; bytes: number }>[] = [];
      const onResponse = (response: Response) => {
        if (!suite.sitePath(response.url()).startsWith('/pagefind/')) return;
        bodies.push(response.body().then((body) => ({ url: suite.sitePath(response.url()), bytes: gzip(body) })));
      };
      page.on('response', onResponse);

      await openSearch(page, 'pesten');
      const first = await Promise.all(bodies.splice(0));
      const firstBytes = first.reduce((sum, file) => sum + file.bytes, 0);

      await searchAfter(page, () => page.fill('#zoekterm', 'mindfulness'));
      await page.locator(RESULT_LINKS).first().waitFor();
      const second = await Promise.all(bodies.splice(0));
      const secondBytes = second.reduce((sum, file) => sum + file.bytes, 0);

      console.log(
        `Search transfer (gzip -9 of every /pagefind/ response): first query "pesten" ${firstBytes} bytes (${(firstBytes / kB).toFixed(1)} kB) in ${first.length} files; ` +
          `second query "mindfulness" ${secondBytes} bytes (${(secondBytes / kB).toFixed(1)} kB) in ${second.length} files\n` +
          first.map((file) => `  ${file.url} ${file.bytes}`).join('\n'),
      );
      expect(first.map((file) => file.url)).toContain('/pagefind/pagefind.js');
      expect(
        first.some((file) => file.url.endsWith('.pagefind')),
        'the WebAssembly is counted',
      ).toBe(true);
      expect(firstBytes).toBeLessThan(budgets.firstSearch);
      expect(second.length).toBeGreaterThan(0);
      expect(secondBytes).toBeLessThan(firstBytes);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// h. Accessibility.

describe('h. axe (WCAG 2.2 AA)', () => {
  it('has no violations with results and a filter, with no results, without JavaScript, and in the dark scheme', async () => {
    const violations: string[] = [];
    await withSession({}, async ({ page }) => {
      await openSearch(page, 'veerkracht');
      await searchAfter(page, () => checkbox(page, 'soort', 'Interventietype').check());
      expect(await page.locator(RESULT_LINKS).count()).toBeGreaterThan(0);
      violations.push(...(await axeScan(page, 'results with a filter')));

      await openSearch(page, 'zwembadvergunning');
      expect(await page.locator(RESULT_LINKS).count()).toBe(0);
      violations.push(...(await axeScan(page, 'no results')));
    });
    await withSession({ colorScheme: 'dark' }, async ({ page }) => {
      await openSearch(page, 'veerkracht');
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      violations.push(...(await axeScan(page, 'dark scheme with results')));
    });
    violations.push(...(await axeScanWithoutJavaScript(withSession, siteUrl(TOOL), t.searchPage.noScriptHeading, '.search')));
    expect(violations.length, `axe violations:\n${violations.join('\n')}`).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// i. Excerpts are text.

describe('i. excerpts', () => {
  /** Every excerpt and result title: their text, and the tags inside the excerpts. */
  const excerpts = (page: Page) =>
    page.locator('#zoekresultaten .search__excerpt, #zoekresultaten .search__sub-excerpt').evaluateAll((elements) =>
      elements.map((element) => ({
        text: element.textContent ?? '',
        tags: [...element.querySelectorAll('*')].map(
          (child) =>
            `${child.tagName.toLowerCase()}${child.attributes.length ? ' with attributes' : ''}${child.children.length ? ' with children' : ''}`,
        ),
        marks: [...element.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
      })),
    );
  const entity = /&(#\d+|#x[0-9a-f]+|[a-z]+);/i;

  it('shows the marked words in <mark> and everything else as plain text, apostrophes and ampersands included', async () => {
    await withSession({}, async ({ page }) => {
      await openSearch(page, 'self-efficacy');
      const shown = await excerpts(page);
      expect(shown.length).toBeGreaterThan(0);
      expect(
        shown.flatMap((excerpt) => excerpt.tags).filter((tag) => tag !== 'mark'),
        'elements in excerpts other than a bare <mark>',
      ).toEqual([]);
      expect(shown.flatMap((excerpt) => excerpt.marks).length).toBeGreaterThan(0);
      for (const mark of shown.flatMap((excerpt) => excerpt.marks)) expect(mark.toLowerCase()).toContain('self-efficacy');
      expect(
        shown.filter((excerpt) => entity.test(excerpt.text) || /[<>]/.test(excerpt.text)).map((excerpt) => excerpt.text),
        'excerpts showing entities or tags',
      ).toEqual([]);
      expect(
        shown.some((excerpt) => excerpt.text.includes("('self-efficacy')")),
        'the apostrophe of the domain label is shown as a character',
      ).toBe(true);
      const titles = await page.locator(RESULT_LINKS).allTextContents();
      expect(titles).toContain(domain('eigen-kunnen').label);
      expect(titles.filter((title) => entity.test(title))).toEqual([]);

      await openSearch(page, 'Nind');
      const nind = await excerpts(page);
      expect(
        nind.some((excerpt) => excerpt.text.includes('Weare, K., & Nind')),
        `an ampersand as a character: ${nind.map((excerpt) => excerpt.text).join(' | ')}`,
      ).toBe(true);
      expect(nind.filter((excerpt) => entity.test(excerpt.text)).map((excerpt) => excerpt.text)).toEqual([]);
      expect(await page.locator(RESULT_LINKS).allTextContents()).toContain(
        'Weare & Nind (2011): Mental health promotion and problem prevention in schools: what does the evidence say?',
      );

      await openSearch(page, 'nee zeggen');
      expect(await page.locator(RESULT_LINKS).first().textContent()).toBe(interventions.find((type) => type.id === 'nee-zeggen')?.title);
    });
  });

  it('shows a sentence of the page for a page found through its search terms, never the line of terms', async () => {
    /**
     * A page's indexed words: its main content without what Pagefind ignores (the line of terms
     * among it), blocks apart (Pagefind puts ". " between them): words are compared, not punctuation.
     */
    const pageWords = (path: string) => {
      const main = builtPages()
        .find((page) => page.path === path)
        ?.document.querySelector('main');
      main?.querySelectorAll('[data-pagefind-ignore]').forEach((element) => element.remove());
      return ` ${wordsOf(main?.structuredText ?? '').join(' ')} `;
    };
    const cases = [
      // Only among the terms of its page: the excerpt comes from the page's first text.
      { query: 'schoolverzuim', path: domainPath('aanwezigheid') },
      // In the terms and in the text: the excerpt shows the text, with the word marked.
      { query: 'eenzaam', path: domainPath('algemene-stemming') },
      { query: 'cyberpesten', path: typePath('tegengaan-van-pesten') },
    ];
    await withSession({}, async ({ page }) => {
      for (const { query, path } of cases) {
        await openSearch(page, query);
        const shown = await excerpts(page);
        expect(
          shown.filter((excerpt) => excerpt.text.includes(t.searchTerms.label)).map((excerpt) => excerpt.text),
          `excerpts for "${query}" that show the line of terms`,
        ).toEqual([]);
        const result = page.locator('#zoekresultaten li.search__result').filter({ has: page.locator(`h3 a[href$="${path}"]`) });
        const excerpt = wordsOf((await result.locator('.search__excerpt').textContent()) ?? '');
        expect(excerpt.length, `words in the excerpt of ${path} for "${query}"`).toBeGreaterThan(5);
        // The first and last words may be cut.
        expect(pageWords(path), `the excerpt of ${path} for "${query}" is text of the page`).toContain(
          ` ${excerpt.slice(1, -1).join(' ')} `,
        );
      }
    });
  });

  it('shows a query with markup as text', async () => {
    await withSession({}, async ({ page }) => {
      const query = '<img src=x onerror=alert(1)>';
      await openSearch(page, query);
      expect(await page.locator('#zoekresultaten img, .search img').count()).toBe(0);
      expect(await statusText(page)).toContain(`‘${query}’`);
      expect(await page.inputValue('#zoekterm')).toBe(query);
    });
  });
});
