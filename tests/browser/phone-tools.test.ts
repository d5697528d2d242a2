/**
 * Both tools in Chromium on the built site: every shared example state
 * (tests/fixtures/tool-states.ts, long data included) passes axe on a wide screen and at 360 px,
 * and at 320 and 360 px wide fits the screen and keeps its tap targets at 44 px; rating keeps its progress, a way to any domain
 * and the result in view. Run `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { toolStates } from '../fixtures/tool-states';
import { useBrowserSuite } from '../support/browser-suite';
import { contentCatalogue } from '../support/scan-catalogue';
import { axeScan, openToolState, sessionRunner } from '../support/tool-session';

const suite = useBrowserSuite();
const withSession = sessionRunner(suite);
const catalogue = contentCatalogue();
const widths = [320, 360] as const;
const WIDE = { width: 1280, height: 720 };
/**
 * axe looks at the tool, <main>: the header, the menu and the footer around it are the layout's,
 * checked with axe on every address (site.test.ts) and with the menu open (phone-header.test.ts).
 */
const TOOL = 'main';
/** The views with the most colour (a scan's result, a worksheet) are checked in the dark scheme as well. */
const darkToo = (state: (typeof toolStates)[number]) => state.hash.endsWith('/resultaat') || state.hash.startsWith('#werkblad/');

/** What does not fit: sideways scrolling, elements of the tool wider than the screen, small tap targets. */
async function misfits(page: Page, width: number): Promise<string[]> {
  return page.evaluate((w) => {
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${String(el.className).split(' ')[0]} “${(el.textContent ?? '').trim().slice(0, 30)}”`;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > w) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px`);
    for (const el of document.querySelectorAll('.tool *')) {
      const box = el.getBoundingClientRect();
      // A table in its own scroll box may be wider; the box itself may not.
      if (box.width > 0 && box.right > w + 0.5 && !el.parentElement?.closest('.table-scroll'))
        problems.push(`wider than ${w} px: ${name(el)}`);
    }
    const targets = document.querySelectorAll(
      '.tool a, .tool button, .tool select, .tool summary, .tool label.choice, .tool input[type="file"]',
    );
    for (const el of targets) {
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      // Links inside a sentence are exempt (WCAG 2.5.8, inline); so is the input inside a choice's label.
      if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') continue;
      if (box.height < 43.5) problems.push(`tap target ${Math.round(box.height)} px high: ${name(el)}`);
    }
    return problems.slice(0, 12);
  }, width);
}

// Three states at a time (maxConcurrency): each test waits on Chromium more than it computes.
describe.concurrent('every example state of both tools on a phone', () => {
  it.for(toolStates)(
    '$tool, $name: passes axe on a wide screen (a result and a worksheet in the dark scheme too) and at 360 px; fits at 360 and at 320 px, with tap targets of 44 px',
    { timeout: 60_000 },
    async (state, { expect }) => {
      // Opened once, then narrowed: the layout follows the width, the state stays.
      await withSession({ viewport: WIDE }, async ({ page }) => {
        await openToolState(page, suite.siteUrl, state);
        const violations = await axeScan(page, `${state.tool}: ${state.name}, wide`, TOOL);
        if (darkToo(state)) {
          await page.emulateMedia({ colorScheme: 'dark' });
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
          violations.push(...(await axeScan(page, `${state.tool}: ${state.name}, wide, dark scheme`, TOOL)));
          await page.emulateMedia({ colorScheme: 'light' });
        }
        await page.setViewportSize({ width: widths[1], height: 740 });
        violations.push(...(await axeScan(page, `${state.tool}: ${state.name} at ${widths[1]} px`, TOOL)));
        expect.soft(violations, 'axe violations (WCAG 2.2 AA)').toEqual([]);
        for (const width of [...widths].reverse()) {
          await page.setViewportSize({ width, height: 740 });
          expect.soft(await misfits(page, width), `at ${width} px`).toEqual([]);
          const top = await page.evaluate(() => ({
            h1: (document.querySelector('h1')?.getBoundingClientRect().top ?? Number.NaN) + scrollY,
            tools: [...document.querySelectorAll('.quick-nav a')].map((link) => {
              const box = link.getBoundingClientRect();
              return `${(link.textContent ?? '').trim()} ${box.height >= 43.5 && box.bottom + scrollY <= 740 ? 'one tap' : 'out of reach'}`;
            }),
          }));
          expect.soft(top.h1, `at ${width} px: the page’s h1 within the first 200 px`).toBeLessThanOrEqual(200);
          expect
            .soft(top.tools, `at ${width} px: the tools and search at the top of the page`)
            .toEqual(['Schoolscan one tap', 'Werkblad one tap', 'Zoeken one tap']);
        }
      });
    },
  );
});

describe('rating on a phone', () => {
  const rating = toolStates.find((state) => state.name === 'rating view, long data')!;

  it('keeps the progress, a way to any domain and the result in view, and a domain reached that way is not hidden under it', async () => {
    await withSession({ viewport: { width: 360, height: 740 } }, async ({ page }) => {
      await openToolState(page, suite.siteUrl, rating);
      const bar = page.locator('.rating-bar');
      const last = catalogue.domains.at(-1)!;
      await page.getByRole('group', { name: last.label, exact: true }).scrollIntoViewIfNeeded();
      const inView = async () =>
        bar.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        });
      expect(await inView(), 'the bar at the last domain').toBe(true);
      expect(await bar.getByText(`${catalogue.domains.length} van ${catalogue.domains.length} domeinen ingeschat`).isVisible()).toBe(true);
      expect(await bar.getByRole('link', { name: S.nav.toResult, exact: true }).isVisible()).toBe(true);

      const target = catalogue.domains[3]!;
      await bar.getByText(S.rating.jump, { exact: true }).click();
      await bar.getByRole('button', { name: new RegExp(`^${target.label}`) }).click();
      const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
      expect(focused, 'the domain’s answer has focus').toBe(`domein-${target.id}-rating`);
      const [barBottom, groupTop] = await Promise.all([
        bar.evaluate((element) => element.getBoundingClientRect().bottom),
        page.getByRole('group', { name: target.label, exact: true }).evaluate((element) => element.getBoundingClientRect().top),
      ]);
      expect(groupTop, 'the domain starts below the bar').toBeGreaterThanOrEqual(barBottom - 1);
      expect(await inView(), 'the bar after the jump').toBe(true);
    });
  });

  it('lists the four answers of a domain in one column, in the order of the scale', async () => {
    await withSession({ viewport: { width: 320, height: 740 } }, async ({ page }) => {
      await openToolState(page, suite.siteUrl, rating);
      const group = page.getByRole('group', { name: catalogue.domains[0]!.label, exact: true });
      const boxes = await group.locator('label.choice').evaluateAll((labels) =>
        labels.map((label) => ({
          text: (label.textContent ?? '').trim(),
          left: label.getBoundingClientRect().left,
          top: label.getBoundingClientRect().top,
        })),
      );
      expect(boxes.map((box) => box.text)).toEqual(Object.values(S.rating.options));
      expect(new Set(boxes.map((box) => Math.round(box.left))).size, 'one column').toBe(1);
      expect(
        boxes.map((box) => box.top),
        'top to bottom in the scale’s order',
      ).toEqual([...boxes.map((box) => box.top)].sort((a, b) => a - b));
    });
  });
});
