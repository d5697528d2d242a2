/**
 * The site on a phone, driven in Chromium on the built site (run `npm run build` first). Every
 * address is checked at 320 and 360 px in its own test in site.test.ts (the header, the h1, the
 * tools one tap away, the Menu control by keyboard: tests/support/phone-header.ts). Here: the
 * menu without JavaScript and by tap, and the search page: results in the first screen, the
 * filters behind "Filteren (n aan)". axe (WCAG 2.2 AA) on the open menu and the open filters.
 */
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { searchStrings as S } from '../../src/lib/i18n/search.nl';
import { t } from '../../src/lib/i18n/nl';
import { format } from '../../src/lib/text';
import { useBrowserSuite } from '../support/browser-suite';
import { menu, tools } from '../support/main-menu';
import { checkPhoneMenu, menuControl, menuLinks, PHONE, TARGET } from '../support/phone-header';
import { axeScan, isFocused, sessionRunner, waitForIslands } from '../support/tool-session';

const suite = useBrowserSuite('pagefind/pagefind.js');
const siteUrl = suite.siteUrl;
const withSession = sessionRunner(suite);

/**
 * One page of each kind: the menu is the layout's, the same on every page; which item a page
 * marks is read from every page's HTML in the build layer (tests/build/wayfinding.test.ts).
 */
const MENU_PAGES = ['/', '/onderzoek/', '/domeinen/energie/', '/interventietypen/mindfulness/', '/literatuur/', '/schoolscan/', '/zoeken/'];

describe('the menu and the tools on a phone', () => {
  it.for(MENU_PAGES)(
    '%s at 320 and 360 px: Tab reaches the Menu control, which opens every item with the current page marked and looking like no other; Tab goes on through them',
    { timeout: 60_000 },
    async (path, { expect }) => {
      await withSession({}, async ({ page }) => {
        await checkPhoneMenu(page, path, suite, expect);
      });
    },
  );

  it('opens without JavaScript, by tap and by keyboard, and closes again', async () => {
    await withSession({ javaScriptEnabled: false, viewport: PHONE, hasTouch: true, isMobile: true }, async ({ page }) => {
      for (const path of ['/onderzoek/', '/interventietypen/mindfulness/']) {
        await page.goto(siteUrl(path));
        const control = menuControl(page);
        const links = menuLinks(page);
        expect(await control.isVisible(), `${path}: the Menu control`).toBe(true);
        expect(await links.first().isVisible(), `${path}: closed at first`).toBe(false);

        await control.tap();
        await expect.poll(() => links.first().isVisible()).toBe(true);
        expect(await links.evaluateAll((anchors) => anchors.map((anchor) => (anchor.textContent ?? '').trim()))).toEqual(
          menu.map((item) => item.label),
        );
        for (const link of await links.all()) expect(await link.isVisible(), (await link.textContent()) ?? '').toBe(true);

        await control.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => links.first().isVisible(), { message: `${path}: Enter closes the menu` }).toBe(false);
        expect(await isFocused(control), `${path}: the focus stays on the Menu control`).toBe(true);
        await page.keyboard.press('Space');
        await expect.poll(() => links.first().isVisible(), { message: `${path}: Space opens it` }).toBe(true);
      }
    });
  });

  it('takes a reader from a chapter to the werkblad and on to the schoolscan with one tap each', async () => {
    await withSession({ viewport: PHONE, hasTouch: true, isMobile: true }, async ({ page }) => {
      await page.goto(siteUrl('/onderzoek/'));
      for (const tool of [...tools].reverse()) {
        const link = page
          .getByRole('navigation', { name: t.layout.quickNav, exact: true })
          .getByRole('link', { name: tool.label, exact: true });
        await link.tap();
        await page.waitForURL((url) => suite.sitePath(url.href) === tool.path);
        await page.getByRole('heading', { level: 1, name: tool.title, exact: true }).waitFor();
        expect(await link.getAttribute('aria-current'), `${tool.label} is marked on its own page`).toBe('page');
      }
    });
  });

  it('has no axe violations (WCAG 2.2 AA) with the menu open at 360 px, light and dark', async () => {
    const violations: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await withSession({ viewport: PHONE, colorScheme }, async ({ page }) => {
        for (const path of ['/interventietypen/mindfulness/', '/werkblad/', '/']) {
          await page.goto(siteUrl(path));
          await waitForIslands(page);
          await menuControl(page).click();
          await expect.poll(() => menuLinks(page).first().isVisible()).toBe(true);
          violations.push(...(await axeScan(page, `${path}, menu open, ${colorScheme}`)));
        }
      });
    }
    expect(violations, 'axe violations').toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The search page on a phone.

const RESULT = '#zoekresultaten li.search__result';

/** Waits until the search in the address has its results (or says there are none). */
async function settled(page: Page): Promise<void> {
  await page.locator('#zoekresultaten[aria-busy="false"]').waitFor();
  await page.locator('#zoekresultaten-status', { hasText: /\d+ resulta|Geen resultaten/ }).waitFor();
}

const filtersToggle = (page: Page) => page.getByRole('button', { name: /^Filteren/ });
const filterBoxes = (page: Page) => page.locator('#zoekfilters input[type="checkbox"]');
const toggleLabel = (count: number) => (count > 0 ? format(S.filtersToggleOn, { count }) : S.filtersToggle);

describe('the search page on a phone', () => {
  it('shows the first result in the first screen and keeps the filters behind "Filteren", which counts the filters that are on', async () => {
    const violations: string[] = [];
    await withSession({ viewport: PHONE }, async ({ page }) => {
      await page.goto(siteUrl('/zoeken/?q=pesten'));
      await settled(page);
      const first = await page.locator(RESULT).first().locator('h3').boundingBox();
      expect(first, 'the first result').not.toBeNull();
      expect(first!.y + first!.height, 'bottom of the first result’s title').toBeLessThanOrEqual(PHONE.height);
      console.log(`/zoeken/?q=pesten at ${PHONE.width} × ${PHONE.height}: the first result starts at y = ${Math.round(first!.y)}`);

      const toggle = filtersToggle(page);
      expect(await toggle.textContent()).toBe(toggleLabel(0));
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await filterBoxes(page).count(), 'filters in the page').toBeGreaterThan(10);
      expect(await filterBoxes(page).first().isVisible(), 'the filters wait behind the control').toBe(false);
      const box = await toggle.boundingBox();
      expect(box!.height, 'height of the Filteren control').toBeGreaterThanOrEqual(TARGET);
      expect(box!.y, 'the Filteren control before the results').toBeLessThan(first!.y);

      // The keyboard: Tab from the search field reaches the control; Enter opens; the filters follow it.
      await page.locator('#zoekterm').focus();
      let presses = 0;
      while (!(await isFocused(toggle)) && presses < 5) {
        await page.keyboard.press('Tab');
        presses += 1;
      }
      expect(await isFocused(toggle), 'Tab from the search field reaches Filteren').toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await filterBoxes(page).first().isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await isFocused(filterBoxes(page).first()), 'the first filter follows the control').toBe(true);

      // Two filters on: the control says so, the address holds them.
      for (const step of [1, 2]) {
        await page.keyboard.press('Space');
        await expect.poll(() => toggle.textContent(), { message: `after ${step} filter(s)` }).toBe(toggleLabel(step));
        await settled(page);
        await page.keyboard.press('Tab');
      }
      const address = new URL(page.url()).searchParams;
      expect(address.getAll('soort').length + address.getAll('domein').length + address.getAll('doelgroep').length).toBe(2);
      violations.push(...(await axeScan(page, '/zoeken/?q=pesten, filters open, two on')));

      // Escape closes the filters and puts the focus back on the control.
      await page.keyboard.press('Escape');
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await isFocused(toggle), 'focus on the control after Escape').toBe(true);
      expect(await filterBoxes(page).first().isVisible()).toBe(false);

      // "Filters sluiten" does the same; "Alle filters weghalen" keeps the focus in the filters.
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: S.filtersClose, exact: true }).click();
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await isFocused(toggle), 'focus on the control after "Filters sluiten"').toBe(true);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: S.clearFilters, exact: true }).click();
      await expect.poll(() => toggle.textContent()).toBe(toggleLabel(0));
      expect(await isFocused(filterBoxes(page).first()), 'focus on the first filter after clearing').toBe(true);

      // Opened from an address with a filter, the control counts it at once.
      await page.goto(siteUrl('/zoeken/?q=veerkracht&soort=Literatuur'));
      await settled(page);
      expect(await filtersToggle(page).textContent()).toBe(toggleLabel(1));
      expect(await filtersToggle(page).getAttribute('aria-expanded')).toBe('false');
    });
    expect(violations, 'axe violations').toEqual([]);
  });

  it('keeps the filters beside the results on a wide screen, with no Filteren control', async () => {
    await withSession({ viewport: { width: 1280, height: 800 } }, async ({ page }) => {
      await page.goto(siteUrl('/zoeken/?q=pesten'));
      await settled(page);
      expect(await filtersToggle(page).isVisible()).toBe(false);
      expect(await filterBoxes(page).first().isVisible()).toBe(true);
    });
  });
});
