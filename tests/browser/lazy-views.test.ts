/**
 * Views that load when they are opened (src/components/tools/useLazyModule.ts), in Chromium on the
 * built site at 360 px: every view of both tools that is not the list arrives without moving what
 * is on screen (layout shifts measured with a PerformanceObserver while the view's chunk arrives),
 * says that it is loading while its chunk is slow (every script and stylesheet held back 800 ms,
 * longer than the half second after an input in which the browser forgives a shift), and loads
 * without a page error, a console error or a stylesheet twice. A chunk that does not load says
 * so, and loads when asked again (the page loads again, on the same view). Run `npm run build`
 * first.
 */
import { describe, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { toolStrings } from '../../src/lib/i18n/tools.nl';
import { toolStates, type ToolState } from '../fixtures/tool-states';
import { useBrowserSuite } from '../support/browser-suite';
import { seedStorage, sessionRunner, viewHeading } from '../support/tool-session';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import type { Rating } from '../../src/lib/scan/ratings';
import { SCAN_STORAGE_KEY } from '../../src/lib/scan/tool';
import { scanHash } from '../../src/lib/scan/routes';
import { format } from '../../src/lib/text';
import { contentCatalogue } from '../support/scan-catalogue';
import { makeScan, storedDocumentText } from '../support/scan-files';

const suite = useBrowserSuite();
const withSession = sessionRunner(suite);
const SLOW_MS = 800;

const catalogue = contentCatalogue();
/** A team session with two members' scans: the coordinator's view shows the team overview, a chunk of its own. */
const session = { ...makeScan(catalogue, { id: 'sessie', title: 'Klas 2B' }), session: 'sessie' };
const members = ['geen', 'grote'].map((rating, index) => ({
  ...makeScan(catalogue, { id: `lid${index + 1}`, title: 'Klas 2B', ratings: { [catalogue.domains[0]!.id]: rating as Rating } }),
  session: 'sessie',
  member: `sleutel${index + 1}`,
}));

/** Every state on a view other than the list, the start of a team session, a session with members and its presentation (their own chunks). */
const lazyStates: ToolState[] = [
  ...toolStates.filter((state) => state.hash !== ''),
  { tool: 'schoolscan', name: 'new team session', storage: {}, hash: '#sessie/nieuw', steps: [], heading: S.session.startLink },
  {
    tool: 'schoolscan',
    name: 'team session with members',
    storage: { [SCAN_STORAGE_KEY]: storedDocumentText([session, ...members]) },
    hash: '#sessie/sessie',
    steps: [],
    heading: format(S.session.heading, { title: 'Klas 2B' }),
  },
  {
    tool: 'schoolscan',
    name: 'presentation of that session',
    storage: { [SCAN_STORAGE_KEY]: storedDocumentText([session, ...members]) },
    hash: scanHash({ view: 'present', id: 'sessie', domain: null }),
    steps: [],
    heading: format(S.session.presentHeading, { title: 'Klas 2B' }),
  },
];

/**
 * Holds back every script and stylesheet requested from now on, as a slow connection would. The
 * session's views bring a stylesheet of their own (withStylesheet.ts); it is held back twice as
 * long as their code: a view that showed before its styles could move when they arrive.
 */
async function slowFiles(page: Page): Promise<void> {
  await page.route(/\/_astro\/[^/]+\.(js|css)(\?|$)/, async (route: Route) => {
    const stylesheet = /\.css(\?|$)/.test(route.request().url());
    await new Promise((resolve) => setTimeout(resolve, stylesheet ? 2 * SLOW_MS : SLOW_MS));
    await route.continue();
  });
}

/** Starts recording layout shifts; `shifts()` in the page returns their sum since. */
async function recordShifts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node | null }[] })[]) {
        w.__shifts.push({
          value: entry.value,
          sources: (entry.sources ?? []).map((source) => {
            const node = source.node as Element | null | undefined;
            return node ? `${node.nodeName.toLowerCase()}.${String(node.className ?? '').split(' ')[0]}` : '?';
          }),
        });
      }
    }).observe({ type: 'layout-shift' });
  });
}

const shifts = (page: Page) => page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);

// Three views at a time (maxConcurrency), each in its own context: most of each test is waiting
// for the held-back scripts.
describe.concurrent('a view that loads when it is opened, at 360 px', () => {
  it.for(lazyStates.map((state) => [`${state.tool}: ${state.name}`, state] as const))(
    '%s arrives without a layout shift, says it is loading meanwhile, and loads each stylesheet once',
    async ([, state], { expect }) => {
      await withSession({ viewport: { width: 360, height: 740 } }, async ({ page }) => {
        await seedStorage(page, suite.siteUrl, state.storage);
        await page.goto(suite.siteUrl(`/${state.tool}/`));
        await page.locator('.tool-root[aria-busy="false"]').waitFor();
        await slowFiles(page);

        // The view is opened as a link would open it; what moves is measured from when it is loading.
        await page.evaluate((hash) => (location.hash = hash), state.hash);
        const loading = page.locator('.tool-opening').getByRole('status');
        await loading.waitFor();
        expect(await loading.textContent()).toBe(toolStrings.opening);
        await recordShifts(page);
        await viewHeading(page, state.heading).waitFor();
        await page.locator('.tool-opening').waitFor({ state: 'detached' });
        // Until every stylesheet the page has asked for has arrived, then two frames, so that a
        // shift of the view's first layout, or of its styles arriving late, has been reported.
        await page.waitForFunction(() =>
          [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet !== null),
        );
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

        const recorded = await shifts(page);
        const total = recorded.reduce((sum, entry) => sum + entry.value, 0);
        expect(total, `layout shifts: ${JSON.stringify(recorded)}`).toBeLessThan(0.01);

        const sheets = await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href).filter(Boolean));
        expect(sheets.length).toBeGreaterThan(1);
        expect(new Set(sheets).size, `stylesheets: ${sheets.join(', ')}`).toBe(sheets.length);
      });
    },
  );

  it('says so when a view’s chunk does not load, and loads it when asked again', async () => {
    const state = lazyStates.find((candidate) => candidate.tool === 'schoolscan' && candidate.hash === '#vergelijken')!;
    await withSession({ viewport: { width: 360, height: 740 } }, async ({ page, errors }) => {
      await seedStorage(page, suite.siteUrl, state.storage);
      await page.goto(suite.siteUrl('/schoolscan/'));
      await page.locator('.tool-root[aria-busy="false"]').waitFor();
      let offline = true;
      await page.route(/\/_astro\/CompareView[^/]*\.js(\?|$)/, (route) =>
        offline ? route.abort('internetdisconnected') : route.continue(),
      );

      await page.evaluate((hash) => (location.hash = hash), state.hash);
      const alert = page.getByRole('alert').filter({ hasText: toolStrings.openFailed });
      await alert.waitFor();
      offline = false;
      await Promise.all([page.waitForEvent('load'), alert.getByRole('button', { name: toolStrings.openAgain, exact: true }).click()]);
      await viewHeading(page, state.heading).waitFor();
      await page.locator('.tool-opening').waitFor({ state: 'detached' });
      await page
        .getByRole('table', { name: S.compare.tableCaption, exact: true, includeHidden: true })
        .first()
        .waitFor({ state: 'attached' });
      // The failed request is the browser's own report of it, not the page's.
      errors.splice(
        0,
        errors.length,
        ...errors.filter((error) => !error.includes('Failed to load resource') && !error.includes('CompareView')),
      );
    });
  });
});
