/**
 * The site's header on a phone: the phones, the layout of the top of a page (checked on every
 * address by tests/browser/site.test.ts), and the Menu control by keyboard (on one page of each
 * kind, tests/browser/phone-header.test.ts).
 */
import type { ExpectStatic } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { t } from '../../src/lib/i18n/nl';
import type { BrowserSuite } from './browser-suite';
import { expectedCurrent, menu, tools } from './main-menu';
import { waitForIslands } from './tool-session';

/** Two phones: the smallest width the site supports, and a common one (360 × 740). */
export const PHONES = [
  { width: 320, height: 568 },
  { width: 360, height: 740 },
] as const;
export const PHONE = PHONES[1];
/** The header may be about 64 px; this is the most it may take. */
export const MAX_HEADER = 72;
/** The page's heading starts within this many pixels from the top. */
export const MAX_H1 = 200;
/** The smallest tap target, in CSS pixels. */
export const TARGET = 44;

/** The Menu control: the <summary> in the main-menu navigation. */
export const menuControl = (page: Page) =>
  page.getByRole('navigation', { name: t.layout.mainNav, exact: true }).locator('summary', { hasText: t.layout.menuButton });

/** The links of the phone's main menu (in the navigation that holds the Menu control). */
export const menuLinks = (page: Page) => page.locator('nav:has(> details > summary) a[href]');

/**
 * Where things are at the top of the page. (A tool opened on one of its views, such as
 * /werkblad/?type=x, scrolls to that view and focuses its heading: its first screen is the view, and
 * the top of the page is one swipe up.)
 */
export async function layout(page: Page, sitePath: (url: string) => string) {
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
    const sticksOut = (element: Element) => element.getBoundingClientRect().right > innerWidth + 0.5;
    const name = (element: Element) => `${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')}`;
    return {
      headerHeight: header ? header.getBoundingClientRect().height : Number.NaN,
      h1Top: h1 ? h1.getBoundingClientRect().top + scrollY : Number.NaN,
      scrollWidth: document.documentElement.scrollWidth,
      /** The innermost elements that stick out, named with their parent. */
      sticking: [...document.querySelectorAll('body *')]
        .filter((element) => sticksOut(element) && ![...element.children].some(sticksOut))
        .slice(0, 5)
        .map((element) => {
          const parent = element.parentElement ? `${name(element.parentElement)} > ` : '';
          return `${parent}${name(element)} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
        }),
      tappable: anchors.filter(tappable).map((anchor) => anchor.href),
    };
  }, TARGET);
  const oneTap = new Set(seen.tappable.map((href) => sitePath(href)));
  return { ...seen, toolsNotOneTap: tools.map((tool) => tool.path).filter((path) => !oneTap.has(path)) };
}

/** The focused element, described, with whether it shows a focus indicator. */
export async function focused(page: Page) {
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
async function tabToMenu(page: Page, expect: ExpectStatic): Promise<number> {
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
async function openMenuLinks(links: Locator, sitePath: (url: string) => string) {
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
  return shown.map(({ href, ...link }) => ({ ...link, path: sitePath(href) }));
}

/**
 * The top of the page already open in `page`, at 320 and at 360 px (the layout follows the width;
 * nothing reloads): a compact header, the h1 in the first 200 px, no sideways scrolling, and
 * Schoolscan and Werkblad one tap away.
 */
export async function checkPhoneLayout(page: Page, sitePath: (url: string) => string, expect: ExpectStatic): Promise<void> {
  expect(
    tools.map((tool) => tool.path),
    'the tools in the main menu',
  ).toEqual(['/schoolscan/', '/werkblad/']);
  for (const phone of PHONES) {
    const at = `${phone.width} px`;
    await page.setViewportSize(phone);
    const seen = await layout(page, sitePath);
    expect.soft(seen.headerHeight, `${at}: height of the header`).toBeLessThanOrEqual(MAX_HEADER);
    expect.soft(seen.h1Top, `${at}: top of the h1`).toBeLessThanOrEqual(MAX_H1);
    expect.soft(seen.scrollWidth, `${at}: width of the page (sticking out: ${seen.sticking.join(', ')})`).toBeLessThanOrEqual(phone.width);
    expect.soft(seen.toolsNotOneTap, `${at}: tools without a link of at least ${TARGET} px, on top, in the first screen`).toEqual([]);
  }
}

/**
 * The Menu control of one address at 320 and 360 px, each freshly loaded: from the skip link Tab
 * reaches it, Enter (at 320) or Space (at 360) opens it with every menu item, the current page
 * marked and looking like no other item, no sideways scrolling, and Tab goes on through the items.
 */
export async function checkPhoneMenu(
  page: Page,
  address: string,
  { siteUrl, sitePath }: Pick<BrowserSuite, 'siteUrl' | 'sitePath'>,
  expect: ExpectStatic,
): Promise<void> {
  const pagePath = new URL(address, 'http://x').pathname;
  const current = expectedCurrent(pagePath);
  for (const [index, phone] of PHONES.entries()) {
    const at = `${phone.width} px`;
    await page.setViewportSize(phone);
    await page.goto(siteUrl(address));
    await waitForIslands(page);

    // The keyboard: from the first Tab stop (the skip link), Tab reaches the Menu control;
    // Enter (at 320) or Space (at 360) opens it.
    await page.locator('.skip-link').focus();
    const presses = await tabToMenu(page, expect);
    expect(presses, `${at}: Tab presses to the Menu control`).toBeGreaterThan(0);
    const links = menuLinks(page);
    expect.soft(await links.first().isVisible(), `${at}: the menu is closed at first`).toBe(false);
    await page.keyboard.press(index === 0 ? 'Enter' : 'Space');
    await expect.poll(() => links.first().isVisible(), { message: `${at}: the menu opens` }).toBe(true);

    const shown = await openMenuLinks(links, sitePath);
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
        shown.filter((link) => link.height < TARGET || link.width < TARGET).map((link) => `${link.label} ${link.width}×${link.height}`),
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
      reached.push(focus ? sitePath(focus.href || 'http://x/') : 'nothing');
      expect.soft(focus?.indicator, `${at}: focus indicator on ${focus?.text}`).toBe(true);
    }
    expect.soft(reached, `${at}: Tab after the Menu control`).toEqual(menu.map((item) => item.path));
  }
}
