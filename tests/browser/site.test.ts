/**
 * The built site (dist/) served on 127.0.0.1 and driven in Chromium; run `npm run build` first.
 * Every address of the build is a test of its own, with everything checked per page in one visit
 * of each kind: on a wide screen (status, head, console, CSP, foreign requests, axe, scripts), at
 * 320 and 360 px (no sideways scrolling, the header, the tools one tap away, the Menu control by
 * keyboard: tests/support/phone-header.ts) and on paper (tests/support/handout.ts). The site-wide
 * checks then run on what those tests recorded.
 */
import { describe, it, expect, type ExpectStatic } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { distDir } from '../support/paths';
import { useBrowserSuite } from '../support/browser-suite';
import {
  blockForeignRequests,
  brokenLinks,
  siteAddresses,
  statusFetcher,
  unreachablePages,
  visitPage,
  type CrawledPage,
} from '../support/crawl';
import { watchCspViolations } from '../support/csp';
import { checkHandout, handoutPaths } from '../support/handout';
import { checkPhoneLayout } from '../support/phone-header';
import { axeScan, downloadText, fillNewScan, importField, sessionRunner, viewHeading } from '../support/tool-session';
import { contentCatalogue } from '../support/scan-catalogue';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import { t } from '../../src/lib/i18n/nl';

const pdftotext = '/usr/bin/pdftotext';
const pdfinfo = '/usr/bin/pdfinfo';

/** What each page test records besides links, ids and requests. */
interface PageFacts {
  lang: string | null;
  h1Count: number;
  title: string;
  description: string;
  /** The page holds a tool (an Astro island), which loads its own JavaScript. */
  hasTool: boolean;
  axeViolations: string[];
}

const suite = useBrowserSuite();
const requireServer = suite.server;
const requireBrowser = suite.browser;
const siteUrl = suite.siteUrl;
const sitePath = suite.sitePath;
const withSession = sessionRunner(suite);

/** Every address of the build, read from dist/ when the tests are collected. */
const addresses = existsSync(join(distDir, 'index.html')) ? siteAddresses(distDir) : [];
/** What each page test saw, by URL without fragment; the site-wide tests read it. */
const visited = new Map<string, CrawledPage<PageFacts>>();

/** Visited HTML pages that answered 200. */
function htmlPages(): CrawledPage<PageFacts>[] {
  return [...visited.values()].filter((page) => page.status === 200 && page.extra !== undefined);
}

/** Every address has been visited; else the site-wide checks would judge half a site. */
function requireAllVisited(): void {
  const missing = addresses.filter((path) => !visited.has(siteUrl(path)));
  expect(addresses.length, 'addresses in dist/').toBeGreaterThanOrEqual(30);
  expect(missing, 'addresses whose page test did not finish (see the failures above)').toEqual([]);
}

/** Runs `body` with a fresh context and page that may only talk to the test server, always closing it. */
async function withPage<R>(options: BrowserContextOptions, body: (page: Page) => Promise<R>): Promise<R> {
  const context = await requireBrowser().newContext(options);
  try {
    const foreign = await blockForeignRequests(context, requireServer().origin);
    const page = await context.newPage();
    const result = await body(page);
    expect(foreign.blocked, 'requests to other origins').toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Records the page's head facts, runs axe, checks the top of the page (width included) on
 * two phones, and prints it as a handout (the pages the site builds, not addresses with a query).
 */
async function inspectPage(page: Page, path: string, expect: ExpectStatic): Promise<PageFacts> {
  const facts = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    h1Count: document.querySelectorAll('h1').length,
    hasTool: document.querySelector('[data-island]') !== null,
    title: document.title.trim(),
    description: document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '',
  }));
  // The page's own content; the layout around it (header, menu, footer) is the same on every page
  // of a kind and is checked whole on one page of each kind (d).
  const axeViolations = await axeScan(page, 'light', 'main');
  await checkPhoneLayout(page, sitePath, expect);
  if (handoutPaths.includes(path)) {
    await page.setViewportSize({ width: 1280, height: 720 });
    await checkHandout(page, path, siteUrl, expect);
  }
  return { ...facts, axeViolations };
}

describe.concurrent('every address of the build, one test each', () => {
  it.for(addresses)(
    '%s: answers 200 with lang="nl", one h1, a title and description; no console error, CSP violation, foreign request or axe violation; scripts only on tool pages; fits 320 and 360 px with the header and menu a phone needs; prints as a handout',
    { timeout: 120_000 },
    async (path, { expect }) => {
      const context = await requireBrowser().newContext();
      try {
        const foreign = await blockForeignRequests(context, requireServer().origin);
        const page = await visitPage(context, siteUrl(path), (open) => inspectPage(open, path, expect));
        visited.set(page.url, page);

        expect(page.error, 'navigation error').toBeUndefined();
        expect(page.status, 'status').toBe(200);
        const facts = page.extra;
        expect(facts, 'an HTML page').toBeDefined();
        if (!facts) return;
        expect.soft(facts.lang, '<html lang>').toBe('nl');
        expect.soft(facts.h1Count, '<h1> elements').toBe(1);
        expect.soft(facts.title, '<title>').not.toBe('');
        expect.soft(facts.description, 'meta description').not.toBe('');
        expect.soft(page.consoleErrors, 'console errors').toEqual([]);
        expect.soft(page.cspViolations, 'Content-Security-Policy violations').toEqual([]);
        expect.soft(foreign.blocked, 'requests to other origins').toEqual([]);
        expect.soft(facts.axeViolations, 'axe violations (WCAG 2.2 AA) in <main>, light scheme').toEqual([]);
        if (facts.hasTool) expect.soft(page.scriptRequests.length, 'script files of the tool').toBeGreaterThan(0);
        else expect.soft(page.scriptRequests, 'script files requested by a content page').toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

describe('the site as a whole, from what the page tests recorded', () => {
  it('a. every built page is reached by links from the home page', () => {
    requireAllVisited();
    const pages = [...visited.values()].filter((page) => !new URL(page.url).search);
    const unreached = unreachablePages(new Map(pages.map((page) => [page.url, page])), siteUrl('/')).map(sitePath);
    expect(unreached, 'built pages in dist/ that no chain of links from / leads to').toEqual([]);
  });

  it('b. has no broken internal links or fragments', async () => {
    requireAllVisited();
    const broken = await brokenLinks(visited, statusFetcher(), (url) => `${sitePath(url)}${new URL(url).search}${new URL(url).hash}`);
    expect(broken, 'broken internal links').toEqual([]);
    const links = htmlPages().reduce((sum, page) => sum + page.links.length, 0);
    expect(links, 'links checked').toBeGreaterThan(500);
  });

  it(
    'd. has no axe violations on the whole page, layout included, in the light and the dark scheme, on one page of each type',
    { timeout: 120_000 },
    async () => {
      const targets = [
        '/',
        '/onderzoek/',
        '/literatuur/',
        '/interventietypen/veerkracht/',
        '/domeinen/motivatie/',
        '/schoolscan/',
        '/zoeken/',
      ];
      for (const path of targets) expect(addresses, 'a representative page').toContain(path);
      const violations: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        violations.push(
          ...(await withPage({ colorScheme }, async (page) => {
            const found: string[] = [];
            for (const path of targets) {
              const response = await page.goto(siteUrl(path));
              expect(response?.status(), path).toBe(200);
              const scheme = await page.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
              expect(scheme, 'the scheme the context prefers').toBe(colorScheme);
              found.push(...(await axeScan(page, `${path} (${colorScheme})`)));
            }
            return found;
          })),
        );
      }
      expect(violations, 'axe violations').toEqual([]);
    },
  );

  it('e. every page has a unique title and meta description', () => {
    requireAllVisited();
    const titles = new Map<string, string[]>();
    const descriptions = new Map<string, string[]>();
    // One document per path: "/werkblad/?type=x" is the werkblad page, opened on a route.
    const add = (map: Map<string, string[]>, key: string, path: string) => {
      const paths = map.get(key) ?? [];
      if (!paths.includes(path)) map.set(key, [...paths, path]);
    };
    for (const page of htmlPages()) {
      add(titles, page.extra!.title, sitePath(page.url));
      add(descriptions, page.extra!.description, sitePath(page.url));
    }
    const shared = [
      ...[...titles].filter(([, paths]) => paths.length > 1).map(([title, paths]) => `title "${title}" shared by ${paths.join(', ')}`),
      ...[...descriptions]
        .filter(([, paths]) => paths.length > 1)
        .map(([description, paths]) => `description "${description.slice(0, 60)}…" shared by ${paths.join(', ')}`),
    ];
    expect(shared, 'titles and descriptions used by more than one page').toEqual([]);
  });

  it('k. the tool pages are the ones that load JavaScript', () => {
    requireAllVisited();
    const toolPages = htmlPages()
      .filter((page) => page.extra?.hasTool)
      .map((page) => sitePath(page.url));
    expect(toolPages).toEqual(expect.arrayContaining(['/schoolscan/', '/werkblad/', '/zoeken/']));
  });
});

describe('single pages', () => {
  it('f. an unknown address answers 404 with a Dutch page that links home', async () => {
    await withPage({}, async (page) => {
      const response = await page.goto(siteUrl('/deze-pagina-bestaat-niet/'));
      expect(response?.status()).toBe(404);
      const heading = page.getByRole('heading', { level: 1 });
      await expect.poll(() => heading.textContent()).toBe('Pagina niet gevonden');
      expect(await heading.isVisible()).toBe(true);
      const homeLinks = await page.$$eval('main a[href]', (anchors) =>
        anchors
          .filter((anchor): anchor is HTMLAnchorElement => anchor instanceof HTMLAnchorElement)
          .filter((anchor) => anchor.getClientRects().length > 0)
          .map((anchor) => anchor.href),
      );
      expect(homeLinks, 'visible links in the 404 page body').toContain(requireServer().url);
    });
  });

  it('g. the skip link is the first Tab stop, is visible when focused, and moves focus to the main content', async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(siteUrl('/onderzoek/'));
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        if (!(element instanceof HTMLAnchorElement)) return null;
        const rect = element.getBoundingClientRect();
        return {
          text: element.textContent?.trim() ?? '',
          hash: new URL(element.href).hash,
          width: rect.width,
          height: rect.height,
          inViewport: rect.top >= 0 && rect.left >= 0 && rect.bottom <= innerHeight && rect.right <= innerWidth,
          visibility: getComputedStyle(element).visibility,
          opacity: Number(getComputedStyle(element).opacity),
        };
      });
      expect(focused, 'the first Tab stop is a link').not.toBeNull();
      expect(focused?.text).toBe('Direct naar de inhoud');
      expect(focused?.hash).toBe('#inhoud');
      expect(focused?.width ?? 0).toBeGreaterThan(0);
      expect(focused?.height ?? 0).toBeGreaterThan(0);
      expect(focused?.inViewport, 'the focused skip link lies inside the viewport').toBe(true);
      expect(focused?.visibility).toBe('visible');
      expect(focused?.opacity ?? 0).toBeGreaterThan(0);

      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}#${document.activeElement?.id}`))
        .toBe('main#inhoud');
    });
  });

  it('h. tabbing through the home page reaches every main-menu link, always with a visible focus indicator', async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(siteUrl('/'));
      const menu = await page.$$eval('nav.site-menu a[href]', (anchors) =>
        anchors.map((anchor) => (anchor instanceof HTMLAnchorElement ? anchor.href : '')),
      );
      expect(menu.length, 'links in nav.site-menu').toBeGreaterThanOrEqual(5);

      const reached = new Set<string>();
      const invisible: string[] = [];
      for (let presses = 0; presses < 80 && reached.size < menu.length; presses += 1) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement;
          if (!element || element === document.body) return null;
          const style = getComputedStyle(element);
          const label = `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
          return {
            label,
            inMenu: element.closest('nav.site-menu') !== null,
            href: element instanceof HTMLAnchorElement ? element.href : '',
            indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
          };
        });
        if (!focus) break;
        if (!focus.indicator) invisible.push(focus.label);
        if (focus.inMenu) reached.add(focus.href);
      }
      expect(
        menu.filter((href) => !reached.has(href)),
        'main-menu links never reached with Tab',
      ).toEqual([]);
      expect(invisible, 'focused elements without a visible focus indicator').toEqual([]);
    });
  });

  it('j. prints a clean handout: no chrome, the page address at the top, external addresses spelled out', async () => {
    if (!existsSync(pdftotext)) {
      throw new Error(`${pdftotext} not found. Install poppler-utils ("apt-get install -y poppler-utils") to run the print test.`);
    }
    const dir = await mkdtemp(join(tmpdir(), 'welbevinden-print-'));
    const pdfText = async (page: Page, name: string): Promise<string> => {
      const file = join(dir, `${name}.pdf`);
      await writeFile(file, await page.pdf({ format: 'A4' }));
      return execFileSync(pdftotext, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFKC');
    };
    const collapse = (text: string) => text.replace(/\s+/g, ' ');
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    try {
      await withPage({}, async (page) => {
        const address = siteUrl('/onderzoek/');
        await page.goto(address);
        const chrome = ['.site-header', 'nav.breadcrumbs', '.site-footer', '.pagination'];
        const displayOf = (selector: string) => page.$eval(selector, (element) => getComputedStyle(element).display);

        // On screen: the chrome is there, the print block is not.
        for (const selector of chrome) expect(await displayOf(selector), `${selector} on screen`).not.toBe('none');
        expect(await displayOf('.print-meta'), '.print-meta on screen').toBe('none');

        // Which main-menu labels occur only in the header menu on this page (not in what prints)?
        const { labels, body } = await page.evaluate(() => ({
          labels: [...document.querySelectorAll('nav.site-menu a')].map((anchor) => (anchor.textContent ?? '').trim()),
          body: document.querySelector('main')?.textContent ?? '',
        }));
        const menuOnly = labels.filter((label) => label !== '' && !body.toLowerCase().includes(label.toLowerCase()));
        expect(menuOnly, 'main-menu labels not found in the page body').toEqual(
          expect.arrayContaining(['Aanpak op korte termijn', 'Interventies vinden']),
        );

        await page.emulateMedia({ media: 'print' });
        for (const selector of chrome) expect(await displayOf(selector), `${selector} in print`).toBe('none');
        expect(await displayOf('.print-meta'), '.print-meta in print').not.toBe('none');
        expect(await page.$eval('.print-meta [data-print-address]', (element) => element.textContent?.trim())).toBe(address);

        const text = await pdfText(page, 'onderzoek');
        expect(collapse(text)).toContain('Wat zegt het onderzoek?');
        expect(collapse(text)).toContain('Welbevinden van leerlingen');
        expect(squeeze(text), 'the page address in the PDF').toContain(address);
        for (const label of menuOnly) {
          expect(collapse(text).toLowerCase(), `main-menu label "${label}" in the PDF`).not.toContain(label.toLowerCase());
        }

        await page.goto(siteUrl('/duurzaam/'));
        const duurzaam = await pdfText(page, 'duurzaam');
        expect(squeeze(duurzaam), 'the external address after its link').toContain('(https://www.welbevindenopschool.nl');
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('n. a tool page with JavaScript prints without a blank page: the empty schoolscan and werkblad each fit one A4 page, page dates included', async () => {
    if (!existsSync(pdfinfo)) throw new Error(`${pdfinfo} not found. Install poppler-utils to run the print test.`);
    const dir = await mkdtemp(join(tmpdir(), 'welbevinden-print-'));
    try {
      await withPage({}, async (page) => {
        for (const [path, heading] of [
          ['/schoolscan/', S.views.list],
          ['/werkblad/', W.views.list],
        ] as const) {
          await page.goto(siteUrl(path));
          await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
          const file = join(dir, 'tool.pdf');
          await writeFile(file, await page.pdf({ format: 'A4' }));
          const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync(pdfinfo, [file], { encoding: 'utf8' }))?.[1]);
          const text = execFileSync(pdftotext, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFKC');
          expect(text, `${path}: the page dates in print`).toContain(t.layout.updated);
          expect(pages, `${path}: printed pages`).toBe(1);
        }
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('guards', () => {
  it('l. the foreign-request guard and the CSP watch catch what they are for', async () => {
    const context = await requireBrowser().newContext();
    try {
      const foreign = await blockForeignRequests(context, requireServer().origin);
      const csp = await watchCspViolations(context);
      const page = await context.newPage();
      await page.goto(siteUrl('/onderzoek/'));
      // Blocked by the policy (img-src 'self' data:, style-src without 'unsafe-inline'): never a request.
      await page.evaluate(() => {
        const image = document.createElement('img');
        image.alt = '';
        image.src = 'https://voorbeeld.invalid/pixel.png';
        document.body.append(image);
        const styled = document.createElement('div');
        styled.setAttribute('style', 'color: red');
        document.body.append(styled);
      });
      await expect
        .poll(async () => (await csp.collect(page)).sort(), { message: 'violations seen by the CSP watch' })
        .toEqual(['img-src https://voorbeeld.invalid/pixel.png', 'style-src-attr inline']);
      expect(foreign.blocked, 'the policy stopped the image before it became a request').toEqual([]);
      // A navigation is not subject to the page's policy: the guard stops it.
      await page.goto('http://voorbeeld.invalid/').catch(() => undefined);
      expect(foreign.blocked.map((entry) => entry.split(' (from')[0])).toEqual(['GET http://voorbeeld.invalid/']);
    } finally {
      await context.close();
    }
  });
});

describe('no foreign requests', () => {
  it('m. one guarded context through a scan, a worksheet, importing and exporting both, a PDF and two searches: nothing goes to another origin (each page test guards its own page)', async () => {
    const catalogue = contentCatalogue();

    await withSession({ acceptDownloads: true }, async ({ context, page, foreign, csp }) => {
      const own: string[] = [];
      context.on('request', (request) => {
        if (new URL(request.url()).origin === requireServer().origin) own.push(sitePath(request.url()));
      });

      // A scan, with a chosen type, exported and imported again.
      await page.goto(siteUrl('/schoolscan/'));
      await viewHeading(page, S.views.list).waitFor();
      await page.getByRole('link', { name: `${S.list.newScan}: ${S.list.alone}`, exact: true }).click();
      await fillNewScan(page, { title: 'Scan zonder verkeer' });
      await page.getByRole('button', { name: S.details.start, exact: true }).click();
      await viewHeading(page, 'Scan zonder verkeer').waitFor();
      const energie = catalogue.domains.find((domain) => domain.id === 'energie')!;
      await page
        .getByRole('group', { name: energie.label, exact: true })
        .getByRole('radio', { name: S.rating.options.grote, exact: true })
        .check();
      await page.getByRole('link', { name: S.nav.toResult, exact: true }).last().click();
      await viewHeading(page, `${S.views.result}: Scan zonder verkeer`).waitFor();
      const type = catalogue.interventions.find((candidate) => candidate.id === energie.interventions[0]!.type)!;
      await page.getByRole('checkbox', { name: type.title, exact: true }).first().check();
      const [scanDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: S.result.exportJson, exact: true }).click(),
      ]);
      const scanFile = await downloadText(scanDownload);
      expect(await page.pdf({ format: 'A4' }), 'the result as PDF').toBeInstanceOf(Buffer);
      await page
        .getByRole('navigation', { name: S.nav.label, exact: true })
        .getByRole('link', { name: S.nav.backToList, exact: true })
        .click();
      await viewHeading(page, S.views.list).waitFor();
      await importField(page, S.import.label).setInputFiles({
        name: 'scan.json',
        mimeType: 'application/json',
        buffer: Buffer.from(scanFile),
      });
      await expect.poll(() => page.locator('.tool-card__title').count(), { message: 'scans after the import' }).toBe(2);

      // Worksheets from the scan, exported and imported again.
      await page.goto(siteUrl('/werkblad/#nieuw'));
      await viewHeading(page, W.views.create).waitFor();
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: W.create.fromScanButton, exact: true }).click();
      await viewHeading(page, W.views.list).waitFor();
      await expect.poll(() => page.locator('.tool-card__title').allTextContents()).toEqual([type.title]);
      const [sheetDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: W.list.exportJson, exact: true }).click(),
      ]);
      const sheetFile = await downloadText(sheetDownload);
      await importField(page, W.import.label).setInputFiles({
        name: 'werkblad.json',
        mimeType: 'application/json',
        buffer: Buffer.from(sheetFile),
      });
      await expect.poll(() => page.locator('.tool-card__title').count(), { message: 'worksheets after the import' }).toBe(2);

      // The plan van aanpak as PDF.
      await page.getByRole('link', { name: W.list.plan, exact: true }).click();
      await viewHeading(page, W.views.plan).waitFor();
      expect(await page.pdf({ format: 'A4' }), 'the plan as PDF').toBeInstanceOf(Buffer);

      // Two searches: one from the address, one typed.
      await page.goto(siteUrl('/zoeken/?q=pesten'));
      const links = page.locator('#zoekresultaten li.search__result h3 a');
      await expect
        .poll(async () =>
          (await links.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname))).includes(
            '/interventietypen/tegengaan-van-pesten/',
          ),
        )
        .toBe(true);
      await page.locator('#zoekterm').fill('mindfulness');
      await expect
        .poll(async () => (await links.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname)))[0])
        .toBe('/interventietypen/mindfulness/');

      await csp?.flush();
      expect(foreign.blocked, 'requests to other origins').toEqual([]);
      expect(csp?.violations, 'Content-Security-Policy violations (a blocked request never reaches the guard)').toEqual([]);
      expect(own.length, 'requests to the site itself').toBeGreaterThan(10);
      expect(own.filter((path) => path.startsWith('/pagefind/')).length, 'Pagefind files').toBeGreaterThan(0);
      expect(own.filter((path) => path.startsWith('/_astro/') && path.endsWith('.js')).length, 'tool scripts').toBeGreaterThan(0);
    });
  });
});
