/**
 * The team session on the projector, in Chromium on the built site, with a stored session of four
 * members whose notes run up to the longest a note may be (tests/fixtures/presentation.ts): at
 * 1280 × 720 and 1920 × 1080 the presentation covers the screen without the site around it, the
 * team's answers, the decision and the next button are in view and nothing but the notes scrolls;
 * axe finds nothing, in both colour schemes and with the longest note opened; the keyboard walks
 * every domain to "Opslaan en naar het resultaat"; full screen ends with the presentation; on
 * paper it is a page of the tool as before. Run `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { format } from '../../src/lib/text';
import { longestNote, presentationHash, presentationStorage, presentedDomains, SESSION_ID, sessionTitle } from '../fixtures/presentation';
import { useBrowserSuite } from '../support/browser-suite';
import { printToPdf } from '../support/pdf';
import { SchoolscanPage } from '../support/schoolscan-page';
import { axeScan, isFocused, sessionRunner } from '../support/tool-session';
import { presentStrings as PS } from '../../src/lib/i18n/present.nl';

const suite = useBrowserSuite();
const withSession = sessionRunner(suite);
const screens = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

const position = (n: number) => format(PS.position, { n, total: presentedDomains.length });

/** Waits until the presentation is ready for keys: its heading takes focus once its keys are listened to. */
async function presentationReady(scan: SchoolscanPage): Promise<void> {
  await scan.presentation(sessionTitle).waitFor();
  await expect.poll(() => scan.presentedDomain().textContent()).toBe(presentedDomains[0]!.label);
  await expect.poll(() => isFocused(scan.presentedDomain()), { message: 'the domain’s heading has focus' }).toBe(true);
}

/** The stored session of four members, presented on its first domain. */
async function openPresentation(page: Page): Promise<SchoolscanPage> {
  const scan = new SchoolscanPage(page, suite.siteUrl);
  await scan.seed(presentationStorage);
  await scan.visit(presentationHash());
  await presentationReady(scan);
  return scan;
}

/** Whether the element's box lies wholly inside the window. */
const inView = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
  });

/** How tall the page and the presentation are, against the window. */
const heights = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('.present')!;
    return {
      page: document.scrollingElement!.scrollHeight,
      window: innerHeight,
      presentation: root.scrollHeight,
      shown: root.clientHeight,
    };
  });

describe('the presentation on the projector', () => {
  it.each(screens)(
    'fits $width × $height: the answers, the decision and the next domain in view, only the notes scroll',
    async (viewport) => {
      await withSession({ viewport }, async ({ page }) => {
        const scan = await openPresentation(page);
        const measured = await heights(page);
        console.log(`presentation at ${viewport.width} × ${viewport.height}: page scroll height ${measured.page} px`);
        expect(measured.page, 'the page does not scroll').toBeLessThanOrEqual(measured.window);
        expect(measured.presentation, 'the presentation does not scroll').toBeLessThanOrEqual(measured.shown);

        const shown = scan.presentation(sessionTitle);
        const decision = shown.getByRole('group', { name: PS.agreedLegend, exact: true });
        const inside: [string, Locator][] = [
          ['the domain', scan.presentedDomain()],
          ['the position', shown.getByText(position(1), { exact: true })],
          ['the answers', shown.locator('.present__counts')],
          ['the decision', decision],
          ...(await decision.getByRole('radio').all()).map((radio, at): [string, Locator] => [`answer ${at + 1}`, radio]),
          ['the next domain', shown.getByRole('button', { name: PS.next, exact: true })],
          ['full screen', shown.getByRole('button', { name: PS.fullScreen, exact: true })],
          ['leaving', shown.getByRole('link', { name: PS.leave, exact: true })],
        ];
        for (const [what, locator] of inside) expect(await inView(locator), `${what} in view`).toBe(true);
        expect(await page.locator('.site-header').isVisible(), 'the site’s header').toBe(false);
        expect(await page.locator('.site-footer').isVisible(), 'the site’s footer').toBe(false);
        expect(await page.locator('h1').isVisible(), 'the page’s title and intro').toBe(false);

        // Type that scales with the screen: the domain stands out from the back of the room.
        const domainSize = await scan.presentedDomain().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
        expect(domainSize, 'the domain’s type, px').toBeGreaterThanOrEqual(viewport.height / 18);

        const violations = await axeScan(page, `${viewport.width} × ${viewport.height}`);
        const notes = shown.getByRole('region', { name: PS.notesLabel, exact: true });
        const more = notes.getByRole('button', { name: PS.readMore, exact: true }).first();
        await more.click();
        await expect.poll(() => notes.getByText(longestNote.slice(-40)).isVisible()).toBe(true);
        expect(await notes.evaluate((element) => element.scrollHeight > element.clientHeight), 'the opened notes scroll').toBe(true);
        const opened = await heights(page);
        expect(opened.page, 'the page still does not scroll').toBeLessThanOrEqual(opened.window);
        expect(opened.presentation, 'nor the presentation').toBeLessThanOrEqual(opened.shown);
        for (const [what, locator] of inside) expect(await inView(locator), `${what} in view with the note open`).toBe(true);
        violations.push(...(await axeScan(page, `${viewport.width} × ${viewport.height}, the longest note open`)));
        await page.emulateMedia({ colorScheme: 'dark' });
        violations.push(...(await axeScan(page, `${viewport.width} × ${viewport.height}, dark scheme`)));
        expect(violations).toEqual([]);
      });
    },
  );

  it('walks every domain by keyboard to “Opslaan en naar het resultaat”, and the team’s choice is saved', async () => {
    await withSession({ viewport: screens[0] }, async ({ page }) => {
      const scan = await openPresentation(page);
      const domainHeading = scan.presentedDomain();
      const first = presentedDomains[0]!;

      // The arrow keys on an answer choose the answer; the domain stays.
      await page.keyboard.press('Tab');
      const decision = scan.presentation(sessionTitle).getByRole('group', { name: PS.agreedLegend, exact: true });
      expect(await isFocused(decision.getByRole('radio').first()), 'Tab leads to the decision').toBe(true);
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      expect(await decision.getByRole('radio', { name: S.rating.options.enige, exact: true }).isChecked()).toBe(true);
      expect(await domainHeading.textContent()).toBe(first.label);

      // End and Home from the answer; the arrows from anywhere else.
      await page.keyboard.press('End');
      await expect.poll(() => domainHeading.textContent()).toBe(presentedDomains.at(-1)!.label);
      await expect.poll(() => isFocused(domainHeading), { message: 'focus on the new domain' }).toBe(true);
      await page.keyboard.press('Home');
      await expect.poll(() => domainHeading.textContent()).toBe(first.label);
      await page.keyboard.press('ArrowLeft');
      expect(await page.evaluate(() => location.hash), 'nothing before the first domain').toBe(presentationHash(first.id));
      for (const [at, domain] of presentedDomains.entries()) {
        if (at > 0) await page.keyboard.press('ArrowRight');
        await expect.poll(() => domainHeading.textContent()).toBe(domain.label);
        await expect.poll(() => isFocused(domainHeading)).toBe(true);
        expect(
          await scan
            .presentation(sessionTitle)
            .getByText(position(at + 1), { exact: true })
            .isVisible(),
        ).toBe(true);
      }
      expect(await page.getByRole('button', { name: PS.next, exact: true }).count(), 'no next domain after the last').toBe(0);

      const finish = page.getByRole('button', { name: PS.finish, exact: true });
      for (let tabs = 0; tabs < 30 && !(await isFocused(finish)); tabs += 1) await page.keyboard.press('Tab');
      expect(await isFocused(finish), 'Tab reaches “Opslaan en naar het resultaat”').toBe(true);
      expect(await inView(finish)).toBe(true);
      await page.keyboard.press('Enter');

      await scan.heading(scan.resultHeading(sessionTitle)).waitFor();
      expect(await page.locator('.site-header').isVisible(), 'the site is back').toBe(true);
      const team = (await scan.storedDocument()).scans.find((scan) => scan.id === SESSION_ID);
      expect(team?.team, 'the team’s scan counts its members').toEqual({ members: 4 });
      expect(team?.domains[first.id]?.rating, 'the team’s choice').toBe('enige');
    });
  });

  it('leaves with Escape, and full screen ends when the presentation does', async () => {
    await withSession({ viewport: screens[0] }, async ({ page }) => {
      const scan = await openPresentation(page);
      const domainHeading = scan.presentedDomain();
      const fullScreen = scan.presentation(sessionTitle).getByRole('button', { name: PS.fullScreen, exact: true });
      await fullScreen.click();
      await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className ?? null)).toBe('present');
      await expect.poll(() => fullScreen.getAttribute('aria-pressed'), { message: 'the button says full screen is on' }).toBe('true');
      const measured = await heights(page);
      expect(measured.presentation, 'in full screen too, nothing scrolls').toBeLessThanOrEqual(measured.shown);

      await scan.presentation(sessionTitle).getByRole('link', { name: PS.leave, exact: true }).click();
      await scan.heading(scan.sessionHeading(sessionTitle)).waitFor();
      await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();

      await scan.present();
      await presentationReady(scan);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => domainHeading.textContent()).toBe(presentedDomains[1]!.label);
      await page.keyboard.press('Escape');
      await scan.heading(scan.sessionHeading(sessionTitle)).waitFor();
      expect(await page.evaluate(() => location.hash)).toBe(`#sessie/${SESSION_ID}`);
      expect(await page.locator('.site-header').isVisible(), 'the site is back').toBe(true);
      expect(await page.evaluate(() => document.scrollingElement!.scrollHeight > innerHeight), 'the page scrolls again').toBe(true);
    });
  });

  it('prints as a page of the tool: the domain, the answers, the decision and every note in full, no screen controls', async () => {
    await withSession({ viewport: screens[0] }, async ({ page }) => {
      await openPresentation(page);
      const { text } = await printToPdf(page);
      const squeezed = text.replace(/\s+/g, '');
      const squeeze = (part: string) => part.replace(/\s+/g, '');
      for (const shown of [position(1), presentedDomains[0]!.label, PS.answers, PS.agreedLegend]) expect(text, shown).toContain(shown);
      expect(squeezed, 'the longest note, its start').toContain(squeeze(longestNote.slice(0, 40)));
      expect(squeezed, 'the longest note, its end: not folded on paper').toContain(squeeze(longestNote.slice(-40)));
      for (const control of [PS.fullScreen, PS.leave, PS.readMore, PS.next, PS.keys]) expect(text, control).not.toContain(control);
    });
  });
});
