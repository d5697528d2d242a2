/**
 * The schoolscan (/schoolscan/) in Chromium, for what needs a real browser: the whole form and
 * rating by keyboard with a visible focus ring on every stop, two tabs that see each other's
 * changes through storage events, and axe (colour contrast included) on every example state and
 * on the paper form. What each view shows, its validation and messages, the list's actions,
 * export and import, compare, team and storage faults are tested in jsdom
 * (tests/component/schoolscan-views.test.tsx, tool-exchange.test.tsx, storage-faults.test.tsx),
 * prints in print-tools.test.ts, the paper form's content and the JavaScript budget in the build
 * layer. Every test has its own context (an empty localStorage), guarded against requests to
 * other origins, and fails on page errors and console errors. Run `npm run build` first.
 */
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { format } from '../../src/lib/text';
import { contentCatalogue } from '../support/scan-catalogue';
import { SchoolscanPage } from '../support/schoolscan-page';
import { useBrowserSuite } from '../support/browser-suite';
import { axeScanWithoutJavaScript, isFocused, sessionRunner } from '../support/tool-session';

const domains = contentCatalogue().domains;

/** Markup that must stay text: if it ever runs, window.__xss is set. */
const XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">';

const suite = useBrowserSuite('schoolscan/index.html');
const siteUrl = suite.siteUrl;
const withSession = sessionRunner(suite);

async function xssState(page: Page): Promise<{ flag: unknown; injectedImages: number }> {
  return page.evaluate(() => ({
    flag: (window as unknown as { __xss?: unknown }).__xss,
    injectedImages: document.querySelectorAll('img[src="x"]').length,
  }));
}

// ---------------------------------------------------------------------------------------------
// Keyboard focus.

interface FocusInfo {
  tag: string;
  id: string;
  name: string;
  type: string;
  value: string;
  checked: boolean;
  text: string;
  label: string;
  indicator: boolean;
  /** False when focus is on a part inside the element's shadow DOM (a date field's calendar button). */
  self: boolean;
}

async function focusInfo(page: Page): Promise<FocusInfo | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const input = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element : null;
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      name: element.getAttribute('name') ?? '',
      type: element.getAttribute('type') ?? '',
      value: input?.value ?? '',
      checked: element instanceof HTMLInputElement ? element.checked : false,
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
      label: (input?.labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
      self: element.matches(':focus'),
    };
  });
}

const describeFocus = (info: FocusInfo | null) =>
  info
    ? `${info.tag}${info.id ? `#${info.id}` : ''}${info.name ? `[name=${info.name}]` : ''} "${info.label || info.text}"${
        info.self ? '' : ' (focus on a part inside its shadow DOM)'
      }`
    : '(body)';

/** Presses keys and records where focus lands, so every focused control can be checked for a ring. */
function keyboard(page: Page) {
  const trail: { key: string; focus: FocusInfo | null }[] = [];
  const press = async (key: string): Promise<FocusInfo | null> => {
    await page.keyboard.press(key);
    const focus = await focusInfo(page);
    trail.push({ key, focus });
    return focus;
  };
  const until = async (what: string, predicate: (focus: FocusInfo) => boolean, max = 40): Promise<FocusInfo> => {
    const start = trail.length;
    for (let presses = 0; presses < max; presses += 1) {
      const focus = await press('Tab');
      if (focus && predicate(focus)) return focus;
    }
    throw new Error(
      `Tab never reached ${what}; focus went ${trail
        .slice(start)
        .map((step) => describeFocus(step.focus))
        .join(' → ')}`,
    );
  };
  /** Focused controls (not the view headings, which take focus only to announce a view) without a visible ring. */
  const withoutRing = () =>
    trail
      .filter((step) => step.focus && !/^h[1-6]$/.test(step.focus.tag) && !step.focus.indicator)
      .map((step) => `${step.key} → ${describeFocus(step.focus)}`);
  return { press, until, trail, withoutRing };
}

describe('schoolscan: making a scan', () => {
  it('keyboard only: start, see the error summary, fill the form with arrow keys, rate and write notes, always with a visible focus ring', async () => {
    await withSession({ viewport: { width: 1280, height: 900 } }, async ({ page }) => {
      const scan = new SchoolscanPage(page, siteUrl);
      await scan.open();
      const keys = keyboard(page);

      await keys.until(
        `the "${S.list.newScan}: ${S.list.alone}" link`,
        (focus) => focus.tag === 'a' && focus.text === `${S.list.newScan}: ${S.list.alone}`,
        60,
      );
      await keys.press('Enter');
      await scan.heading(S.views.create).waitFor();
      expect(page.url()).toMatch(/#nieuw$/);

      // Submitting the empty form: nothing is chosen for the user, so the summary names the title,
      // the level and the school type; it takes focus and links to each field.
      await keys.until(`the "${S.details.start}" button`, (focus) => focus.tag === 'button' && focus.text === S.details.start);
      await keys.press('Enter');
      const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: S.details.summaryTitle }) });
      await summary.waitFor();
      await expect.poll(() => isFocused(summary), { message: 'the error summary has focus' }).toBe(true);
      const summaryFocus = await focusInfo(page);
      expect(summaryFocus?.indicator, 'the focused error summary shows a focus ring').toBe(true);
      expect(await summary.getByRole('link').allTextContents()).toEqual([
        S.details.errors.titleMissing,
        S.details.errors.levelMissing,
        S.details.errors.schoolTypeMissing,
      ]);
      const titleError = summary.getByRole('link', { name: S.details.errors.titleMissing, exact: true });
      const titleId = await page.getByLabel(S.details.title, { exact: true }).getAttribute('id');
      expect(titleId, 'the title field has an id').toBeTruthy();
      expect(await titleError.getAttribute('href')).toBe(`#${titleId}`);
      expect(await page.getByLabel(S.details.title, { exact: true }).getAttribute('aria-invalid')).toBe('true');
      const firstLevel = page.getByRole('group', { name: S.details.level }).getByRole('radio').first();
      expect(await summary.getByRole('link', { name: S.details.errors.levelMissing }).getAttribute('href')).toBe(
        `#${await firstLevel.getAttribute('id')}`,
      );
      for (const name of [S.details.level, S.details.schoolType])
        expect(await page.getByRole('group', { name }).getByRole('radio', { checked: true }).count(), `nothing chosen for "${name}"`).toBe(
          0,
        );

      const toLink = await keys.press('Tab');
      expect(toLink?.text, 'Tab from the summary reaches its first link').toBe(S.details.errors.titleMissing);
      const onTitle = await keys.press('Enter');
      expect(onTitle?.id, 'the summary link focuses the title field').toBe(titleId);

      await page.keyboard.type('Groep 7, najaar');
      const level = await keys.press('Tab');
      const levelName = await firstLevel.getAttribute('name');
      expect(level?.name, 'Tab from the title reaches the level radios').toBe(levelName);
      expect(level?.label).toBe(S.details.levels.school);
      expect(level?.checked, 'the first level is not chosen for the user').toBe(false);
      expect((await keys.press('Space'))?.checked).toBe(true);
      expect((await keys.press('ArrowDown'))?.label).toBe(S.details.levels.afdeling);
      const klas = await keys.press('ArrowDown');
      expect(klas?.label).toBe(S.details.levels.klas);
      expect(klas?.checked).toBe(true);

      const type = await keys.press('Tab');
      const typeName = await page
        .getByRole('group', { name: S.details.schoolType, exact: true })
        .getByRole('radio')
        .first()
        .getAttribute('name');
      expect(typeName, 'the school type radios have their own name').not.toBe(levelName);
      expect(type?.name, 'Tab from the level reaches the school type radios').toBe(typeName);
      expect(type?.label).toBe(S.details.schoolTypes.po);
      expect(type?.checked, 'the first school type is not chosen for the user').toBe(false);
      expect((await keys.press('Space'))?.checked).toBe(true);
      expect((await keys.press('ArrowDown'))?.label).toBe(S.details.schoolTypes.vo);
      expect(await page.getByRole('radio', { name: S.details.schoolTypes.vo }).isChecked()).toBe(true);
      expect((await keys.press('ArrowUp'))?.label).toBe(S.details.schoolTypes.po);
      expect(await page.getByRole('radio', { name: S.details.schoolTypes.po }).isChecked()).toBe(true);

      await keys.until(`the "${S.details.start}" button`, (focus) => focus.tag === 'button' && focus.text === S.details.start);
      await keys.press('Enter');
      await scan.heading('Groep 7, najaar').waitFor();
      const id = scan.routeId();

      // Rating with Tab, Space and arrow keys only.
      const radioOf = (domainId: string) => (focus: FocusInfo) => focus.name === `domein-${domainId}-rating`;
      const [d1, d2, d3, d4] = domains.map((domain) => domain.id) as [string, string, string, string];

      await keys.until(`the first radio of ${d1}`, radioOf(d1));
      expect((await keys.press('Space'))?.value).toBe('geen');
      await keys.press('ArrowDown');
      const d1Rating = await keys.press('ArrowDown');
      expect(d1Rating?.value, `${d1} after Space and two ArrowDown`).toBe('grote');
      expect(d1Rating?.checked).toBe(true);
      const seen1 = await keys.press('Tab');
      expect(seen1?.id).toBe(`domein-${d1}-seen`);
      expect(seen1?.label).toBe(S.rating.seen);
      await page.keyboard.type(`Veel verzuim op maandag. ${XSS}`);
      const going1 = await keys.press('Tab');
      expect(going1?.id).toBe(`domein-${d1}-going`);
      expect(going1?.label).toBe(S.rating.going);
      await page.keyboard.type('De inloop om half negen werkt goed.');

      const d2First = await keys.until(`the first radio of ${d2}`, radioOf(d2), 3);
      expect(d2First.value).toBe('geen');
      await keys.press('Space');
      expect((await keys.press('ArrowDown'))?.value, `${d2} after Space and ArrowDown`).toBe('enige');
      await keys.press('Tab');
      await keys.press('Tab');
      expect((await focusInfo(page))?.id).toBe(`domein-${d2}-going`);
      await page.keyboard.type(`Pauzes helpen ${XSS}`);

      await keys.until(`the first radio of ${d3}`, radioOf(d3), 3);
      expect((await keys.press('Space'))?.checked, `${d3} checked with Space`).toBe(true);
      await keys.until(`the first radio of ${d4}`, radioOf(d4), 4);
      await keys.press('ArrowDown');
      await keys.press('ArrowDown');
      expect((await keys.press('ArrowDown'))?.value, `${d4} after three ArrowDown`).toBe('onbekend');

      expect(await page.getByText(format(S.rating.progress, { rated: 4, total: 11 }), { exact: true }).isVisible()).toBe(true);
      expect(await scan.ratingsOnScreen()).toEqual(
        Object.fromEntries(
          domains.map((domain) => [domain.id, { [d1]: 'grote', [d2]: 'enige', [d3]: 'geen', [d4]: 'onbekend' }[domain.id] ?? null]),
        ),
      );

      // Saved as typed (autosave), and the markup never ran.
      const stored = await scan.storedScan('Groep 7, najaar');
      expect(stored.id).toBe(id);
      expect({ level: stored.level, schoolType: stored.schoolType }).toEqual({ level: 'klas', schoolType: 'po' });
      expect(stored.domains[d1]).toEqual({
        rating: 'grote',
        seen: `Veel verzuim op maandag. ${XSS}`,
        going: 'De inloop om half negen werkt goed.',
      });
      expect(stored.domains[d2]).toEqual({ rating: 'enige', seen: '', going: `Pauzes helpen ${XSS}` });
      expect(await xssState(page)).toEqual({ flag: undefined, injectedImages: 0 });

      expect(keys.withoutRing(), 'focused controls without a visible focus indicator').toEqual([]);
    });
  });
});

describe('schoolscan: several scans', () => {
  it('two tabs: a change in tab A shows in tab B without reload, with a notice; a scan made in tab B survives a later save in tab A', async () => {
    await withSession({}, async ({ page, newTab }) => {
      const title = 'Tabblad-test';
      const tabA = new SchoolscanPage(page, siteUrl);
      await tabA.open();
      const id = await tabA.createScan({ title });
      const tabB = new SchoolscanPage(await newTab(), siteUrl);
      await tabB.open(`#scan/${id}`, title);
      const tabList = new SchoolscanPage(await newTab(), siteUrl);
      await tabList.open();
      expect((await tabList.listCards())[0]?.meta).toContain(format(S.list.progress, { rated: 0, total: 11 }));

      await tabA.rate('energie', 'grote');
      await expect.poll(() => tabB.ratingRadio('energie', 'grote').isChecked(), { message: 'tab B shows the new rating' }).toBe(true);
      await expect.poll(() => tabB.otherTabNotice().isVisible(), { message: 'tab B says the scan changed in another tab' }).toBe(true);
      expect(await tabA.otherTabNotice().count(), 'no notice in tab A').toBe(0);
      await expect
        .poll(async () => (await tabList.listCards())[0]?.meta ?? '', { message: 'a tab on the list shows the new progress' })
        .toContain(format(S.list.progress, { rated: 1, total: 11 }));

      // Tab B makes a new scan, then tab A saves a change to the first one.
      await tabB.backToList();
      await tabB.createScan({ title: 'Gemaakt in tab B' });
      await tabA.rate('concentratie', 'geen');

      const doc = await tabA.storedDocument();
      expect(doc.scans.map((scan) => scan.title).sort(), 'both scans in localStorage').toEqual(['Gemaakt in tab B', title]);
      const first = doc.scans.find((scan) => scan.id === id)!;
      expect(first.domains.energie?.rating).toBe('grote');
      expect(first.domains.concentratie?.rating).toBe('geen');
      await tabA.page.reload();
      await tabA.heading(title).waitFor();
      await tabA.open();
      expect((await tabA.listTitles()).sort(), 'tab A lists both after a reload').toEqual(['Gemaakt in tab B', title]);
    });
  });
});

describe('schoolscan: accessibility', () => {
  // Every example state of the tool passes axe on a wide screen and at 360 px in phone-tools.test.ts.
  it('axe finds no WCAG 2.2 AA violations on the paper form without JavaScript', async () => {
    const violations = await axeScanWithoutJavaScript(withSession, siteUrl('/schoolscan/'), S.paper.heading, '.schoolscan');
    expect(violations.length, `axe violations:\n${violations.join('\n')}`).toBe(0);
  });
});
