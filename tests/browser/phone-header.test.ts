/**
 * The site on a phone, driven in Chromium on the built site (run `npm run build` first). At 320 and
 * 360 px every address of the build gets a test of its own: a compact header, the heading in the
 * first 200 px, the tools one tap away in the first screen, a Menu control that the keyboard
 * reaches and that opens the whole main menu (read from the content through src/lib/navigation.ts)
 * with the current page marked, and no sideways scrolling. Then the menu without JavaScript, and
 * the search page: results in the first screen, the filters behind "Filteren (n aan)". axe (WCAG
 * 2.2 AA) on the open menu and the open filters.
 */
import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { mainMenu, navPageOf, toolLinks, type NavPage } from '../../src/lib/navigation';
import { t } from '../../src/lib/i18n/nl';
import { searchStrings as S } from '../../src/lib/i18n/search.nl';
import { format } from '../../src/lib/text';
import { useBrowserSuite } from '../support/browser-suite';
import { contentCollections } from '../support/content-files';
import { siteAddresses } from '../support/crawl';
import { distDir } from '../support/paths';
import { axeScan, isFocused, sessionRunner, waitForIslands } from '../support/tool-session';

/** Two phones: the smallest width the site supports, and a common one (360 × 740). */
const PHONES = [
  { width: 320, height: 568 },
  { width: 360, height: 740 },
] as const;
const PHONE = PHONES[1];
/** The header may be about 64 px; this is the most it may take. */
const MAX_HEADER = 72;
/** The page's heading starts within this many pixels from the top. */
const MAX_H1 = 200;
/** The smallest tap target, in CSS pixels. */
const TARGET = 44;

const suite = useBrowserSuite('pagefind/pagefind.js');
const siteUrl = suite.siteUrl;
const withSession = sessionRunner(suite);

/** The main menu as the site builds it: the guidance pages' frontmatter through src/lib/navigation.ts. */
const menu: NavPage[] = mainMenu(contentCollections().guidance.map(navPageOf));
const tools = toolLinks(menu);

/** Every address of the build, read from dist/ when the tests are collected. */
const addresses = existsSync(join(distDir, 'index.html')) ? siteAddresses(distDir) : [];

/**
 * Which menu item a page marks, worked out here from the paths alone: the item of the page
 * itself ("page"), or the deepest item whose path the page lies under ("true", a type under
 * Interventietypen); the home page marks nothing but itself.
 */
function expectedCurrent(pagePath: string): { path: string; value: 'page' | 'true' } | undefined {
  const exact = menu.find((item) => item.path === pagePath);
  if (exact) return { path: exact.path, value: 'page' };
  const parent = menu
    .filter((item) => item.path !== '/' && pagePath.startsWith(item.path))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return parent ? { path: parent.path, value: 'true' } : undefined;
}

/** The Menu control: the <summary> in the main-menu navigation. */
const menuControl = (page: Page) =>
  page.getByRole('navigation', { name: t.layout.mainNav, exact: true }).locator('summary', { hasText: t.layout.menuButton });

/** The links of the phone's main menu (in the navigation that holds the Menu control). */
const menuLinks = (page: Page) => page.locator('nav:has(> details > summary) a[href]');

/**
 * Where things are at the top of the page. (A tool opened on one of its views, such as
 * /werkblad/?type=x, scrolls to that view and focuses its heading: its first screen is the view, and
 * the top of the page is one swipe up.)
 */
async function layout(page: Page) {
  const seen = await page.evaluate((target) => {
    window.scrollTo(0, 0);
    const header = document.querySelector('body > header');
    const h1 = document.querySelector('h1');
    /** A link a thumb can hit: big enough, inside the first screen, and on top at its centre. */
    const tappable = (anchor: HTMLAnchorElement) => {
      const rect = anchor.getBoundingClientRect();
      if (rect.width < target || rect.height < target) return false;
      if (rect.top < 0 || rect.left < 0 || rect.bottom > innerHeight || rect.right > innerWidth) return false;
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      return hit !== null && (hit === anchor || anchor.contains(hit));
    };
    const anchors = [...document.querySelectorAll('a[href]')].filter((a): a is HTMLAnchorElement => a instanceof HTMLAnchorElement);
    return {
      headerHeight: header ? header.getBoundingClientRect().height : Number.NaN,
      h1Top: h1 ? h1.getBoundingClientRect().top + scrollY : Number.NaN,
      scrollWidth: document.documentElement.scrollWidth,
      tappable: anchors.filter(tappable).map((anchor) => anchor.href),
    };
  }, TARGET);
  const oneTap = new Set(seen.tappable.map((href) => suite.sitePath(href)));
  return { ...seen, toolsNotOneTap: tools.map((tool) => tool.path).filter((path) => !oneTap.has(path)) };
}

/** The focused element, described, with whether it shows a focus indicator. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').trim(),
      href: element instanceof HTMLAnchorElement ? element.href : '',
      inMainNav: element.closest('nav')?.getAttribute('aria-label') ?? '',
      indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
    };
  });
}

/** Tabs from the top of the page to the Menu control; the number of presses it took, or -1. */
async function tabToMenu(page: Page): Promise<number> {
  for (let presses = 1; presses <= 12; presses += 1) {
    await page.keyboard.press('Tab');
    const focus = await focused(page);
    if (focus?.tag === 'summary' && focus.text === t.layout.menuButton && focus.inMainNav === t.layout.mainNav) {
      expect(focus.indicator, 'the focused Menu control shows its focus').toBe(true);
      return presses;
    }
  }
  return -1;
}

/** What each link of the open menu shows: label, path, aria-current, size, and a signature of its look. */
async function openMenuLinks(links: Locator) {
  const shown = await links.evaluateAll((anchors) =>
    anchors.map((anchor) => {
      const rect = anchor.getBoundingClientRect();
      const style = getComputedStyle(anchor);
      return {
        label: (anchor.textContent ?? '').trim(),
        href: (anchor as HTMLAnchorElement).href,
        current: anchor.getAttribute('aria-current'),
        shown: rect.width > 0 && rect.height > 0 && style.visibility === 'visible',
        width: rect.width,
        height: rect.height,
        look: [
          style.fontWeight,
          style.borderInlineStartColor,
          style.borderBlockEndColor,
          style.backgroundColor,
          style.textDecorationLine,
        ].join(' '),
      };
    }),
  );
  return shown.map(({ href, ...link }) => ({ ...link, path: suite.sitePath(href) }));
}

describe.concurrent('every address at 320 and 360 px, one test each', () => {
  it('finds the addresses in dist/ and the tools in the menu', () => {
    expect(addresses.length, 'addresses in dist/ (run npm run build first)').toBeGreaterThanOrEqual(30);
    expect(
      tools.map((page) => page.path),
      'the tools in the main menu',
    ).toEqual(['/schoolscan/', '/werkblad/']);
  });

  it.for(addresses)(
    '%s: a compact header, the h1 in the first 200 px, Schoolscan and Werkblad one tap away, a Menu control the keyboard opens with every menu item and the current page marked, no sideways scrolling',
    { timeout: 90_000 },
    async (address, { expect }) => {
      const pagePath = new URL(address, 'http://x').pathname;
      const current = expectedCurrent(pagePath);
      await withSession({}, async ({ page }) => {
        for (const [index, phone] of PHONES.entries()) {
          const at = `${phone.width} px`;
          await page.setViewportSize(phone);
          await page.goto(siteUrl(address));
          await waitForIslands(page);

          const seen = await layout(page);
          expect.soft(seen.headerHeight, `${at}: height of the header`).toBeLessThanOrEqual(MAX_HEADER);
          expect.soft(seen.h1Top, `${at}: top of the h1`).toBeLessThanOrEqual(MAX_H1);
          expect.soft(seen.scrollWidth, `${at}: width of the page`).toBeLessThanOrEqual(phone.width);
          expect.soft(seen.toolsNotOneTap, `${at}: tools without a link of at least ${TARGET} px, on top, in the first screen`).toEqual([]);

          // The keyboard: from the first Tab stop (the skip link), Tab reaches the Menu control;
          // Enter (at 320) or Space (at 360) opens it.
          await page.locator('.skip-link').focus();
          const presses = await tabToMenu(page);
          expect(presses, `${at}: Tab presses to the Menu control`).toBeGreaterThan(0);
          const links = menuLinks(page);
          expect.soft(await links.first().isVisible(), `${at}: the menu is closed at first`).toBe(false);
          await page.keyboard.press(index === 0 ? 'Enter' : 'Space');
          await expect.poll(() => links.first().isVisible(), { message: `${at}: the menu opens` }).toBe(true);

          const shown = await openMenuLinks(links);
          expect
            .soft(
              shown.map((link) => `${link.label} ${link.path}`),
              `${at}: the open menu, in order`,
            )
            .toEqual(menu.map((item) => `${item.label} ${item.path}`));
          expect
            .soft(
              shown.filter((link) => !link.shown).map((link) => link.label),
              `${at}: menu items not shown`,
            )
            .toEqual([]);
          expect
            .soft(
              shown
                .filter((link) => link.height < TARGET || link.width < TARGET)
                .map((link) => `${link.label} ${link.width}×${link.height}`),
              `${at}: menu items smaller than ${TARGET} px`,
            )
            .toEqual([]);
          expect
            .soft(
              shown.filter((link) => link.current !== null).map((link) => `${link.path} ${link.current}`),
              `${at}: aria-current in the menu`,
            )
            .toEqual(current ? [`${current.path} ${current.value}`] : []);
          const marked = shown.find((link) => link.current !== null);
          if (marked) {
            expect
              .soft(
                shown
                  .filter((link) => link !== marked)
                  .filter((link) => link.look === marked.look)
                  .map((link) => link.label),
                `${at}: other items that look like the current one (${marked.label})`,
              )
              .toEqual([]);
          }
          expect
            .soft(await page.evaluate(() => document.documentElement.scrollWidth), `${at}: width with the menu open`)
            .toBeLessThanOrEqual(phone.width);

          // The links follow the control in the Tab order, in menu order.
          const reached: string[] = [];
          for (let i = 0; i < menu.length; i += 1) {
            await page.keyboard.press('Tab');
            const focus = await focused(page);
            reached.push(focus ? suite.sitePath(focus.href || 'http://x/') : 'nothing');
            expect.soft(focus?.indicator, `${at}: focus indicator on ${focus?.text}`).toBe(true);
          }
          expect.soft(reached, `${at}: Tab after the Menu control`).toEqual(menu.map((item) => item.path));
        }
      });
    },
  );
});

describe('the menu and the tools on a phone', () => {
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
