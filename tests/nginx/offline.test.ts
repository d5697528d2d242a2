/**
 * The site on nginx (deploy/), in Chromium: installable as an app, and working without a
 * connection once visited (PRODUCT.md, journey 2: the meeting goes on when the wifi drops).
 * Under both the root and /welbevinden/. Run `npm run build && npm run build:subpath` first.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { offlineStrings as O } from '../../src/lib/i18n/offline.nl';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import { format, plural } from '../../src/lib/text';
import { chromiumArgs, chromiumPath } from '../support/chromium';
import { siteAddresses } from '../support/crawl';
import { useNginxSuite, type NginxSuite } from '../support/nginx';
import { distDir, subpathBase, subpathDistDir } from '../support/paths';
import { printToPdf } from '../support/pdf';
import { catalogueLookup, contentCatalogue } from '../support/scan-catalogue';
import { fillNewScan, sessionRunner, viewHeading, waitForIslands } from '../support/tool-session';

const builds = [
  { name: 'at the root', dir: distDir, base: '/' as const },
  { name: 'under /welbevinden/', dir: subpathDistDir, base: subpathBase as '/welbevinden/' },
];

const catalogue = contentCatalogue();
const { domain, typeTitle } = catalogueLookup(catalogue);

interface AppManifest {
  url: string;
  errors: { message: string; critical: number }[];
  data?: string;
}

/** Opens `path` and waits until the service worker controls the page: from then on the site is stored. */
export async function visitUntilOffline(page: Page, url: string): Promise<number> {
  const start = performance.now();
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
  return performance.now() - start;
}

/** Every request the service worker sends to the network, from now on. */
function workerRequests(context: BrowserContext): Request[] {
  const seen: Request[] = [];
  context.on('request', (request) => {
    if (request.serviceWorker()) seen.push(request);
  });
  return seen;
}

describe.each(builds)('the site on nginx $name', ({ dir, base }) => {
  const suite: NginxSuite = useNginxSuite(dir, base);
  const withSession = sessionRunner(suite);
  const siteUrl = suite.siteUrl;

  it('is installable: Chromium reads the manifest without errors, its icons load, and it finds no installability error', async () => {
    // Every context of a launched browser is off the record, which Chromium never installs from
    // ("in-incognito"): this test has a profile of its own.
    const profile = await mkdtemp(join(tmpdir(), 'welbevinden-profiel-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: chromiumArgs,
      serviceWorkers: 'allow',
    });
    try {
      const errors: string[] = [];
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await visitUntilOffline(page, siteUrl('/'));
      const cdp = await context.newCDPSession(page);
      const manifest = (await cdp.send('Page.getAppManifest')) as AppManifest;
      expect(manifest.url).toBe(siteUrl('/manifest.webmanifest'));
      expect(manifest.errors).toEqual([]);
      const data = JSON.parse(manifest.data ?? '{}') as {
        id: string;
        start_url: string;
        scope: string;
        icons: { src: string; sizes: string; type: string; purpose: string }[];
      };
      expect(data).toMatchObject({
        id: base,
        name: 'Welbevinden van leerlingen',
        short_name: O.manifest.shortName,
        display: 'standalone',
        lang: 'nl',
      });
      expect(new URL(data.start_url, manifest.url).href).toBe(siteUrl('/'));
      expect(new URL(data.scope, manifest.url).href).toBe(siteUrl('/'));
      const sizes = data.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
      expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
      for (const icon of data.icons) {
        const response = await page.request.get(new URL(icon.src, manifest.url).href);
        expect(response.status(), icon.src).toBe(200);
        expect(response.headers()['content-type']?.split(';')[0], icon.src).toBe(icon.type);
        if (icon.type === 'image/png') {
          // A PNG's width and height stand in its header, at bytes 16 and 20.
          const body = await response.body();
          expect(`${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
        }
      }
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      expect(installabilityErrors.map((error) => error.errorId)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  });

  it('works without a connection once visited: every page, search, a scan, a worksheet and its printed plan; an address never visited shows the offline page', async () => {
    await withSession({ serviceWorkers: 'allow' }, async ({ context, page }) => {
      const ready = await visitUntilOffline(page, siteUrl('/'));
      console.log(`${base}: offline-ready ${ready.toFixed(0)} ms after opening the home page`);
      const served = (await suite.nginx().requests()).length;
      const toNetwork = workerRequests(context);
      await context.setOffline(true);

      // Every page of the build, also with a query string.
      for (const path of siteAddresses(dir, base)) {
        const response = await page.goto(siteUrl(path));
        expect(response?.status(), path).toBe(200);
        expect(response?.fromServiceWorker(), path).toBe(true);
        await waitForIslands(page);
        expect(await page.locator('h1').textContent(), path).not.toBe('');
        const styled = await page.evaluate(() =>
          [...document.querySelectorAll('link[rel="stylesheet"]')].every((link) => (link as HTMLLinkElement).sheet),
        );
        expect(styled, `${path}: stylesheets`).toBe(true);
      }

      // Search.
      await page.goto(siteUrl('/zoeken/?q=pesten'));
      await page.locator('#zoekresultaten[aria-busy="false"]').waitFor();
      await page.locator('#zoekresultaten-status', { hasText: /\d+ resultaten/ }).waitFor();
      expect(await page.locator('#zoekresultaten li.search__result h3 a').count()).toBeGreaterThan(2);

      // A scan, a worksheet from it, and the plan on paper.
      const title = 'Groep 6, zonder wifi';
      await page.goto(siteUrl('/schoolscan/#nieuw'));
      await viewHeading(page, S.views.create).waitFor();
      await fillNewScan(page, { title });
      await page.getByRole('button', { name: S.details.start, exact: true }).click();
      await viewHeading(page, title).waitFor();
      await page
        .getByRole('group', { name: domain('motivatie').label, exact: true })
        .getByRole('radio', { name: S.rating.options.grote, exact: true })
        .check();
      await page.getByRole('link', { name: S.nav.toResult, exact: true }).last().click();
      await viewHeading(page, `${S.views.result}: ${title}`).waitFor();
      const type = typeTitle(domain('motivatie').interventions[0]!.type);
      await page.getByRole('checkbox', { name: type, exact: true }).check();
      await page
        .getByRole('link', { name: plural(1, S.result.nextMake), exact: true })
        .first()
        .click();
      await viewHeading(page, type).waitFor();
      const answer = 'We beginnen in de week na de vakantie.';
      await page.getByLabel(format(W.worksheet.answerLabel, { n: 1 }), { exact: true }).fill(answer);
      await page.getByRole('link', { name: W.worksheet.toPlan, exact: true }).click();
      await viewHeading(page, W.views.plan).waitFor();
      await page.locator('.plan-scan', { hasText: title }).waitFor({ state: 'attached' });
      const plan = await printToPdf(page);
      expect(plan.text).toContain(W.plan.title);
      expect(plan.text).toContain(title);
      expect(plan.text).toContain(answer);

      // An address never visited: the offline page, at that address.
      const unknown = await page.goto(siteUrl('/nooit-bezocht/'));
      expect(unknown?.fromServiceWorker()).toBe(true);
      expect(await page.locator('h1').textContent()).toBe(O.page.title);
      expect(page.url()).toBe(siteUrl('/nooit-bezocht/'));

      // The worker tried the network once, for that address; nothing else left the page or the
      // worker. Only Chromium's own check for a new sw.js after a navigation reaches the server:
      // the browser makes it outside the page's emulated network (on a device without a
      // connection it fails quietly and the stored worker stays).
      expect(toNetwork.map((request) => request.url())).toEqual([siteUrl('/nooit-bezocht/')]);
      const reached = (await suite.nginx().requests()).slice(served);
      expect(reached.filter((line) => line !== `GET ${base}sw.js 304`)).toEqual([]);
    });
  });
});
