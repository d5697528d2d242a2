/**
 * The built site (dist/) served on 127.0.0.1 and driven in Chromium. One server, one browser and
 * one crawl for the whole file; run `npm run build` first.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { distDir } from '../support/paths';
import { useBrowserSuite } from '../support/browser-suite';
import { blockForeignRequests, crawlSite, withoutFragment, type CrawledPage, type ForeignRequestGuard } from '../support/crawl';
import { watchCspViolations } from '../support/csp';
import { downloadText, sessionRunner } from '../support/tool-session';
import { contentCatalogue } from '../support/scan-catalogue';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import { format } from '../../src/lib/text';
import { t } from '../../src/lib/i18n/nl';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pdftotext = '/usr/bin/pdftotext';
const pdfinfo = '/usr/bin/pdfinfo';

/** What the crawl records on every HTML page besides links, ids and requests. */
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
let crawlOutcome: { pages: CrawledPage<PageFacts>[]; foreign: ForeignRequestGuard } | Error | undefined;



function requireCrawl(): { pages: CrawledPage<PageFacts>[]; foreign: ForeignRequestGuard } {
  if (crawlOutcome === undefined) throw new Error('The crawl did not run (see beforeAll).');
  if (crawlOutcome instanceof Error) throw crawlOutcome;
  return crawlOutcome;
}

/** Crawled HTML pages that answered 200 (the pages a reader can reach). */
function htmlPages(): CrawledPage<PageFacts>[] {
  return requireCrawl().pages.filter((page) => page.status === 200 && page.extra !== undefined);
}



function formatViolations(results: AxeResults): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact ?? 'no impact'}): ${JSON.stringify(node.target)} – ${violation.help}`,
    ),
  );
}

async function axeScan(page: Page): Promise<string[]> {
  return formatViolations(await new AxeBuilder({ page }).withTags(wcagTags).analyze());
}

/** A context that may only talk to the test server. */
async function newGuardedContext(options: BrowserContextOptions = {}): Promise<{
  context: BrowserContext;
  foreign: ForeignRequestGuard;
}> {
  const context = await requireBrowser().newContext(options);
  const foreign = await blockForeignRequests(context, requireServer().origin);
  return { context, foreign };
}

/** Runs `body` with a fresh guarded context and page, always closing the context. */
async function withPage<R>(options: BrowserContextOptions, body: (page: Page) => Promise<R>): Promise<R> {
  const { context, foreign } = await newGuardedContext(options);
  try {
    const page = await context.newPage();
    const result = await body(page);
    expect(foreign.blocked, 'requests to other origins').toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

/** The representative pages: one of each page type, found in the crawl. */
function representativePages(): Record<'home' | 'guidance' | 'literature' | 'interventionType' | 'domain', string> {
  const urls = htmlPages().map((page) => page.url);
  const find = (label: string, test: (path: string) => boolean): string => {
    const url = urls.find((candidate) => test(sitePath(candidate)));
    if (!url) throw new Error(`The crawl found no ${label} page.`);
    return url;
  };
  return {
    home: find('home', (path) => path === '/'),
    guidance: find('guidance (/onderzoek/)', (path) => path === '/onderzoek/'),
    literature: find('literature (/literatuur/)', (path) => path === '/literatuur/'),
    interventionType: find('intervention type (/interventietypen/<slug>/)', (path) =>
      /^\/interventietypen\/(?!doelgroep\/)[^/]+\/$/.test(path),
    ),
    domain: find('domain (/domeinen/<slug>/)', (path) => /^\/domeinen\/[^/]+\/$/.test(path)),
  };
}

async function indexPagesOnDisk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)));
}


beforeAll(async () => {
  let crawlContext: BrowserContext | undefined;
  try {
    const guarded = await newGuardedContext();
    crawlContext = guarded.context;
    const pages = await crawlSite<PageFacts>(crawlContext, requireServer().url, {
      concurrency: 3,
      inspect: async (page) => {
        const facts = await page.evaluate(() => ({
          lang: document.documentElement.getAttribute('lang'),
          h1Count: document.querySelectorAll('h1').length,
          hasTool: document.querySelector('astro-island') !== null,
          title: document.title.trim(),
          description: document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '',
        }));
        return { ...facts, axeViolations: await axeScan(page) };
      },
    });
    crawlOutcome = { pages, foreign: guarded.foreign };
  } catch (error) {
    crawlOutcome = error instanceof Error ? error : new Error(String(error));
  } finally {
    await crawlContext?.close();
  }
});


describe('the crawled site', () => {
  it('a. reaches every built page from the home page, each answering 200 without console errors', async () => {
    const { pages } = requireCrawl();
    expect(pages.length, 'pages found by crawling from /').toBeGreaterThanOrEqual(30);

    const notOk = pages
      .filter((page) => page.status !== 200)
      .map((page) => `${page.url} → ${page.status}${page.redirectedTo ? ` (redirects to ${page.redirectedTo})` : ''}${page.error ? ` (${page.error})` : ''}`);
    expect.soft(notOk, 'pages that did not answer 200').toEqual([]);

    const reached = new Set(pages.filter((page) => page.status === 200).map((page) => page.url));
    const onDisk = await indexPagesOnDisk(distDir);
    expect(onDisk.length).toBeGreaterThan(0);
    const unreached = onDisk
      .map((file) => siteUrl(file.split(sep).slice(0, -1).map((part) => `${part}/`).join('')))
      .filter((url) => !reached.has(url));
    expect.soft(unreached, 'built pages in dist/ that no link leads to').toEqual([]);

    const errors = pages.flatMap((page) => page.consoleErrors.map((message) => `${sitePath(page.url)}: ${message}`));
    expect(errors, 'console errors').toEqual([]);
  });

  it('b. has no broken internal links or fragments', () => {
    const byUrl = new Map(requireCrawl().pages.map((page) => [page.url, page]));
    const broken: string[] = [];
    for (const page of htmlPages()) {
      for (const link of page.links) {
        const target = byUrl.get(withoutFragment(link));
        const from = sitePath(page.url);
        if (!target) {
          broken.push(`${from} → ${link}: never visited`);
          continue;
        }
        if (target.status !== 200) {
          broken.push(`${from} → ${link}: status ${target.status}${target.redirectedTo ? ` (redirects to ${target.redirectedTo})` : ''}`);
          continue;
        }
        const hash = new URL(link).hash;
        if (hash.length <= 1) continue;
        let id: string;
        try {
          id = decodeURIComponent(hash.slice(1));
        } catch {
          broken.push(`${from} → ${link}: malformed fragment`);
          continue;
        }
        if (!target.ids.has(id)) broken.push(`${from} → ${link}: no element with id "${id}" on ${sitePath(target.url)}`);
      }
    }
    expect(broken.length, `broken internal links:\n${broken.join('\n')}`).toBe(0);
  });

  it('c. requests nothing from any other origin', () => {
    expect(requireCrawl().foreign.blocked, 'requests to other origins during the crawl').toEqual([]);
  });

  it('c. reports no Content-Security-Policy violation on any page', () => {
    const violations = requireCrawl().pages.flatMap((page) => page.cspViolations.map((violation) => `${sitePath(page.url)}: ${violation}`));
    expect(violations, 'Content-Security-Policy violations during the crawl').toEqual([]);
  });

  it('d. has no axe violations (WCAG 2.2 AA) on any page, light scheme', () => {
    const violations = htmlPages().flatMap((page) =>
      (page.extra?.axeViolations ?? []).map((violation) => `${sitePath(page.url)}: ${violation}`),
    );
    expect(violations.length, `axe violations:\n${violations.join('\n')}`).toBe(0);
  });

  it('d. has no axe violations in the dark scheme on one page of each type', async () => {
    const targets = Object.values(representativePages());
    const violations = await withPage({ colorScheme: 'dark' }, async (page) => {
      const found: string[] = [];
      for (const url of targets) {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
        expect(dark, 'the context prefers the dark scheme').toBe(true);
        found.push(...(await axeScan(page)).map((violation) => `${sitePath(url)} (dark): ${violation}`));
      }
      return found;
    });
    expect(violations.length, `axe violations in the dark scheme:\n${violations.join('\n')}`).toBe(0);
  });

  it('e. every page has lang="nl", one h1, and a unique title and meta description', () => {
    const pages = htmlPages();
    const problems: string[] = [];
    const titles = new Map<string, string[]>();
    const descriptions = new Map<string, string[]>();
    for (const page of pages) {
      const path = sitePath(page.url);
      const facts = page.extra;
      if (!facts) continue;
      if (facts.lang !== 'nl') problems.push(`${path}: <html lang="${facts.lang ?? ''}">, expected "nl"`);
      if (facts.h1Count !== 1) problems.push(`${path}: ${facts.h1Count} <h1> elements, expected 1`);
      // One document per path: "/werkblad/?type=x" is the werkblad page, opened on a route.
      const add = (map: Map<string, string[]>, key: string) => {
        const paths = map.get(key) ?? [];
        if (!paths.includes(path)) map.set(key, [...paths, path]);
      };
      if (facts.title === '') problems.push(`${path}: empty <title>`);
      else add(titles, facts.title);
      if (facts.description === '') problems.push(`${path}: empty or missing meta description`);
      else add(descriptions, facts.description);
    }
    for (const [title, paths] of titles) {
      if (paths.length > 1) problems.push(`title "${title}" shared by ${paths.join(', ')}`);
    }
    for (const [description, paths] of descriptions) {
      if (paths.length > 1) problems.push(`description "${description.slice(0, 60)}…" shared by ${paths.join(', ')}`);
    }
    expect(pages.length).toBeGreaterThanOrEqual(30);
    expect(problems.length, `page head problems:\n${problems.join('\n')}`).toBe(0);
  });

  it('k. content pages load no JavaScript files; only tool pages do', () => {
    const pages = htmlPages();
    const toolPages = pages.filter((page) => page.extra?.hasTool);
    expect(toolPages.map((page) => sitePath(page.url))).toContain('/schoolscan/');
    for (const page of toolPages) expect(page.scriptRequests.length, sitePath(page.url)).toBeGreaterThan(0);
    const scripts = pages
      .filter((page) => !page.extra?.hasTool)
      .flatMap((page) => page.scriptRequests.map((script) => `${sitePath(page.url)} loads ${script}`));
    expect(scripts, 'script files requested by content pages').toEqual([]);
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
      const menu = await page.$$eval('nav.main-nav a[href]', (anchors) =>
        anchors.map((anchor) => (anchor instanceof HTMLAnchorElement ? anchor.href : '')),
      );
      expect(menu.length, 'links in nav.main-nav').toBeGreaterThanOrEqual(5);

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
            inMenu: element.closest('nav.main-nav') !== null,
            href: element instanceof HTMLAnchorElement ? element.href : '',
            indicator:
              (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
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

  it('i. no horizontal scrolling at 320 px wide, on any page', async () => {
    const urls = htmlPages().map((crawled) => crawled.url);
    const tooWide = await withPage({ viewport: { width: 320, height: 800 } }, async (page) => {
      const found: string[] = [];
      for (const url of urls) {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) {
          // The innermost elements that stick out, named with their parent for context.
          const culprits = await page.evaluate(() => {
            const sticksOut = (element: Element) => element.getBoundingClientRect().right > 320.5;
            const name = (element: Element) =>
              `${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')}`;
            return [...document.querySelectorAll('body *')]
              .filter((element) => sticksOut(element) && ![...element.children].some(sticksOut))
              .slice(0, 5)
              .map((element) => {
                const parent = element.parentElement ? `${name(element.parentElement)} > ` : '';
                return `${parent}${name(element)} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
              });
          });
          found.push(`${sitePath(url)}: scrollWidth ${width} (e.g. ${culprits.join(', ')})`);
        }
      }
      return found;
    });
    expect(tooWide, 'pages wider than a 320 px viewport').toEqual([]);
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
        const displayOf = (selector: string) =>
          page.$eval(selector, (element) => getComputedStyle(element).display);

        // On screen: the chrome is there, the print block is not.
        for (const selector of chrome) expect(await displayOf(selector), `${selector} on screen`).not.toBe('none');
        expect(await displayOf('.print-meta'), '.print-meta on screen').toBe('none');

        // Which main-menu labels occur only in the header menu on this page (not in what prints)?
        const { labels, body } = await page.evaluate(() => ({
          labels: [...document.querySelectorAll('nav.main-nav a')].map((anchor) => (anchor.textContent ?? '').trim()),
          body: document.querySelector('main')?.textContent ?? '',
        }));
        const menuOnly = labels.filter((label) => label !== '' && !body.toLowerCase().includes(label.toLowerCase()));
        expect(menuOnly, 'main-menu labels not found in the page body').toEqual(
          expect.arrayContaining(['Korte termijn', 'Interventies vinden']),
        );

        await page.emulateMedia({ media: 'print' });
        for (const selector of chrome) expect(await displayOf(selector), `${selector} in print`).toBe('none');
        expect(await displayOf('.print-meta'), '.print-meta in print').not.toBe('none');
        expect(await page.$eval('.print-meta [data-print-address]', (element) => element.textContent?.trim())).toBe(
          address,
        );

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
        for (const [path, heading] of [['/schoolscan/', S.views.list], ['/werkblad/', W.views.list]] as const) {
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
  it('m. one guarded context: every crawled page, a scan, a worksheet, importing and exporting both, a PDF and two searches; nothing goes to another origin', async () => {
    const urls = htmlPages().map((page) => page.url);
    expect(urls.length).toBeGreaterThanOrEqual(30);
    const catalogue = contentCatalogue();
    const viewHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

    await withSession({ acceptDownloads: true }, async ({ context, page, foreign, csp }) => {
      const own: string[] = [];
      context.on('request', (request) => {
        if (new URL(request.url()).origin === requireServer().origin) own.push(sitePath(request.url()));
      });

      for (const url of urls) {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
      }

      // A scan, with a chosen type, exported and imported again.
      await page.goto(siteUrl('/schoolscan/'));
      await viewHeading(page, S.views.list).waitFor();
      await page.getByRole('link', { name: S.list.newScan, exact: true }).click();
      await page.getByLabel(S.details.title, { exact: true }).fill('Scan zonder verkeer');
      await page.getByRole('button', { name: S.details.start, exact: true }).click();
      await viewHeading(page, 'Scan zonder verkeer').waitFor();
      const energie = catalogue.domains.find((domain) => domain.id === 'energie')!;
      await page.getByRole('group', { name: energie.label, exact: true }).getByRole('radio', { name: S.rating.options.grote, exact: true }).check();
      await page.getByRole('link', { name: S.nav.toResult, exact: true }).click();
      await viewHeading(page, `${S.views.result}: Scan zonder verkeer`).waitFor();
      const type = catalogue.interventions.find((candidate) => candidate.id === energie.interventions[0]!.type)!;
      await page.getByRole('checkbox', { name: format(S.result.choose, { type: type.title }), exact: true }).first().check();
      const [scanDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: S.result.exportJson, exact: true }).click()]);
      const scanFile = await downloadText(scanDownload);
      expect(await page.pdf({ format: 'A4' }), 'the result as PDF').toBeInstanceOf(Buffer);
      await page.getByRole('navigation', { name: S.nav.label, exact: true }).getByRole('link', { name: S.nav.backToList, exact: true }).click();
      await viewHeading(page, S.views.list).waitFor();
      await page.getByLabel(S.import.label, { exact: true }).setInputFiles({ name: 'scan.json', mimeType: 'application/json', buffer: Buffer.from(scanFile) });
      await expect.poll(() => page.locator('.tool-card__title').count(), { message: 'scans after the import' }).toBe(2);

      // Worksheets from the scan, exported and imported again.
      await page.goto(siteUrl('/werkblad/#nieuw'));
      await viewHeading(page, W.views.create).waitFor();
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: W.create.fromScanButton, exact: true }).click();
      await viewHeading(page, W.views.list).waitFor();
      await expect.poll(() => page.locator('.tool-card__title').allTextContents()).toEqual([type.title]);
      const [sheetDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: W.list.exportJson, exact: true }).click()]);
      const sheetFile = await downloadText(sheetDownload);
      await page.getByLabel(W.import.label, { exact: true }).setInputFiles({ name: 'werkblad.json', mimeType: 'application/json', buffer: Buffer.from(sheetFile) });
      await expect.poll(() => page.locator('.tool-card__title').count(), { message: 'worksheets after the import' }).toBe(2);

      // The plan van aanpak as PDF.
      await page.getByRole('link', { name: W.list.plan, exact: true }).click();
      await viewHeading(page, W.views.plan).waitFor();
      expect(await page.pdf({ format: 'A4' }), 'the plan as PDF').toBeInstanceOf(Buffer);

      // Two searches: one from the address, one typed.
      await page.goto(siteUrl('/zoeken/?q=pesten'));
      const links = page.locator('#zoekresultaten li.search__result h3 a');
      await expect.poll(async () => (await links.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname))).includes('/interventietypen/tegengaan-van-pesten/')).toBe(true);
      await page.locator('#zoekterm').fill('mindfulness');
      await expect.poll(async () => (await links.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname)))[0]).toBe('/interventietypen/mindfulness/');

      await csp?.flush();
      expect(foreign.blocked, 'requests to other origins').toEqual([]);
      expect(csp?.violations, 'Content-Security-Policy violations (a blocked request never reaches the guard)').toEqual([]);
      expect(own.length, 'requests to the site itself').toBeGreaterThan(urls.length);
      expect(own.filter((path) => path.startsWith('/pagefind/')).length, 'Pagefind files').toBeGreaterThan(0);
      expect(own.filter((path) => path.startsWith('/_astro/') && path.endsWith('.js')).length, 'tool scripts').toBeGreaterThan(0);
    });
  });
});
