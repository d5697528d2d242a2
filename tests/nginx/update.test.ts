/**
 * A new deploy while a tab is open, on nginx (deploy/): the open page finds it when the reader
 * comes back to the tab, says so, and never reloads by itself; typing meanwhile loses nothing;
 * "Vernieuwen" shows the new version; a tool's unstored work makes it ask first. The second
 * version is the first with one page changed and its service worker and compressed copies made
 * again with the build's own code, served from the same root by swapping the folder, as a deploy
 * does. Under both the root and /welbevinden/. Run `npm run build && npm run build:subpath` first.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialog, Page } from 'playwright-core';
import { compressFile } from '../../src/integrations/precompress';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { offlineStrings as O } from '../../src/lib/i18n/offline.nl';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { contentCatalogue } from '../support/scan-catalogue';
import { useNginxSuite } from '../support/nginx';
import { distDir, subpathBase, subpathDistDir } from '../support/paths';
import { fillNewScan, sessionRunner, viewHeading } from '../support/tool-session';

const builds = [
  { name: 'at the root', dir: distDir, base: '/' as const },
  { name: 'under /welbevinden/', dir: subpathDistDir, base: subpathBase as '/welbevinden/' },
];

const OLD_HEADING = 'Wat zegt het onderzoek?';
const NEW_HEADING = 'Wat zegt het onderzoek? Nu met een nieuwe zin.';

/** The build in `dir` with one page's heading changed, as the next deploy: a folder of its own. */
async function nextVersion(dir: string, base: string): Promise<string> {
  const next = await mkdtemp(join(tmpdir(), 'welbevinden-versie-2-'));
  await cp(dir, next, { recursive: true });
  const page = join(next, 'onderzoek', 'index.html');
  const html = await readFile(page, 'utf8');
  if (!html.includes(`<h1>${OLD_HEADING}</h1>`)) throw new Error(`The heading "${OLD_HEADING}" is not on /onderzoek/ any more.`);
  await writeFile(page, html.replace(`<h1>${OLD_HEADING}</h1>`, `<h1>${NEW_HEADING}</h1>`));
  await writeServiceWorker(next, base);
  for (const changed of [page, join(next, 'sw.js')]) await compressFile(changed);
  return next;
}

const notice = (page: Page) => page.locator('[data-update-notice]');
const refresh = (page: Page) => notice(page).getByRole('button', { name: O.update.button, exact: true });

/** Opens `url` and waits until the service worker controls it. */
async function visitUntilOffline(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

/** Marks the document, so a test can tell whether the page was reloaded since. */
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { sameDocument: true }));
const sameDocument = (page: Page) => page.evaluate(() => 'sameDocument' in window);

/**
 * The reader comes back to the tab. Headless Chromium keeps every tab visible, so the event is
 * sent as the browser sends it on return; the page reads document.visibilityState, which is
 * "visible".
 */
const returnToTab = (page: Page) => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

const noteOf = (page: Page, domainLabel: string) =>
  page.getByRole('group', { name: domainLabel, exact: true }).getByLabel(S.rating.seen, { exact: true });

describe.each(builds)('a new version on nginx $name', ({ dir, base }) => {
  const suite = useNginxSuite(dir, base);
  const withSession = sessionRunner(suite);
  const siteUrl = suite.siteUrl;
  const motivatie = contentCatalogue().domains.find((domain) => domain.id === 'motivatie')!.label;
  let next: string | undefined;

  beforeAll(async () => {
    next = await nextVersion(dir, base);
  });
  afterAll(async () => {
    if (next) await rm(next, { recursive: true, force: true });
  });

  /** The first version is served; the session has visited it until it is stored, and has a scan open. */
  async function openScan(page: Page, title: string): Promise<void> {
    await suite.nginx().serve(dir);
    await visitUntilOffline(page, siteUrl('/onderzoek/'));
    expect(await page.locator('h1').textContent()).toBe(OLD_HEADING);
    await page.goto(siteUrl('/schoolscan/#nieuw'));
    await viewHeading(page, S.views.create).waitFor();
    await fillNewScan(page, { title });
    await page.getByRole('button', { name: S.details.start, exact: true }).click();
    await viewHeading(page, title).waitFor();
  }

  /** The next version is deployed while the page is open; the reader comes back to the tab and is told. */
  async function deployWhileOpen(page: Page): Promise<void> {
    await markDocument(page);
    await suite.nginx().serve(next!);
    await returnToTab(page);
    await expect.poll(() => notice(page).getByRole('status').textContent()).toBe(O.update.message);
  }

  it('is found on return to the tab and offered in the page; typing meanwhile loses nothing; "Vernieuwen" shows the new page', async () => {
    await withSession({ serviceWorkers: 'allow' }, async ({ page }) => {
      await openScan(page, 'Groep 5, voor de update');
      await noteOf(page, motivatie).fill('Eerste zin.');
      expect(await notice(page).getByRole('status').textContent()).toBe('');
      expect(await refresh(page).isVisible()).toBe(false);

      await deployWhileOpen(page);
      expect(await refresh(page).isVisible()).toBe(true);

      // Typing goes on and is stored; the page stays the same document.
      const typed = 'Eerste zin. En nog een zin, getypt terwijl de melding er staat.';
      await noteOf(page, motivatie).fill(typed);
      await expect.poll(() => page.evaluate((text) => Object.values(localStorage).some((value) => value.includes(text)), typed)).toBe(true);
      expect(await sameDocument(page), 'no reload by itself').toBe(true);

      // "Vernieuwen" with the keyboard.
      await refresh(page).focus();
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
      expect(await sameDocument(page), 'reloaded').toBe(false);
      await viewHeading(page, 'Groep 5, voor de update').waitFor();
      expect(await noteOf(page, motivatie).inputValue()).toBe(typed);
      expect(await notice(page).getByRole('status').textContent()).toBe('');

      await page.goto(siteUrl('/onderzoek/'));
      expect(await page.locator('h1').textContent()).toBe(NEW_HEADING);
    });
  });

  it('asks first when a tool holds work it could not store; "no" changes nothing and the new version keeps waiting', async () => {
    await withSession({ serviceWorkers: 'allow' }, async ({ page }) => {
      await openScan(page, 'Groep 4, opslag vol');
      // The storage fills up: the next keystroke cannot be stored.
      await page.evaluate(() => {
        Storage.prototype.setItem = function setItem() {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      await noteOf(page, motivatie).fill('Deze zin staat niet in de opslag.');
      await page.locator('.tool-saved', { hasText: 'Niet alles is opgeslagen' }).waitFor();

      await deployWhileOpen(page);

      const dialogs: string[] = [];
      const answer = (accept: boolean) => (dialog: Dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void (accept ? dialog.accept() : dialog.dismiss());
      };
      page.once('dialog', answer(false));
      await refresh(page).click();
      await expect.poll(() => dialogs).toEqual([`confirm: ${O.update.unsaved}`]);
      expect(await sameDocument(page), 'stays after "no"').toBe(true);
      expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)), 'still waiting').toBe(
        true,
      );
      expect(await noteOf(page, motivatie).inputValue()).toBe('Deze zin staat niet in de opslag.');

      // "Yes": one question, the site's own; the tool's question on leaving is not asked again.
      page.on('dialog', answer(true));
      await Promise.all([page.waitForEvent('load'), refresh(page).click()]);
      expect(dialogs).toEqual([`confirm: ${O.update.unsaved}`, `confirm: ${O.update.unsaved}`]);
      await page.goto(siteUrl('/onderzoek/'));
      expect(await page.locator('h1').textContent()).toBe(NEW_HEADING);
    });
  });
});
