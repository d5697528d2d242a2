/**
 * The schoolscan island (/schoolscan/) driven in Chromium as a user would: keyboard journey,
 * autosave, result, list actions, export and import, two tabs, compare, team mode, print, no
 * JavaScript, storage faults, axe and the JavaScript budget. One server and one browser for the
 * file; every test has its own context (so an empty localStorage), guarded against requests to
 * other origins, and fails on uncaught page errors and console errors. Run `npm run build` first.
 */
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { SCAN_STORAGE_KEY, scanTool } from '../../src/lib/scan/tool';
import { storedDocument, storedEntries, storedText } from '../support/stored';
import { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from '../../src/lib/limits';
import type { Scan, ScanDocument } from '../../src/lib/scan/model';
import type { Rating } from '../../src/lib/scan/ratings';
import { formatDay } from '../../src/lib/dates';
import { format, plural } from '../../src/lib/text';
import { contentCatalogue } from '../support/scan-catalogue';
import { makeScan, scanFileText, storedDocumentText, writeTempFiles } from '../support/scan-files';
import { budgets } from '../budgets';
import { toolStates } from '../fixtures/tool-states';
import { useBrowserSuite } from '../support/browser-suite';
import {
  axeScan,
  axeScanWithoutJavaScript,
  browserToday,
  chooseFile,
  downloadText,
  fillNewScan,
  isFocused,
  type NewScanDetails,
  openToolState,
  sessionRunner,
  storageFaults,
  viewHeading,
} from '../support/tool-session';

const pdftotext = '/usr/bin/pdftotext';
const pdfinfo = '/usr/bin/pdfinfo';
const TOOL = '/schoolscan/';

const catalogue = contentCatalogue();
const domains = catalogue.domains;
const domainLabel = (id: string): string => {
  const domain = domains.find((candidate) => candidate.id === id);
  if (!domain) throw new Error(`No domain "${id}" in the catalogue`);
  return domain.label;
};
const typeTitle = (id: string): string => {
  const type = catalogue.interventions.find((candidate) => candidate.id === id);
  if (!type) throw new Error(`No intervention type "${id}" in the catalogue`);
  return type.title;
};
const ratingText = (rating: Rating | null) => (rating ? S.rating.options[rating] : S.result.noRating);
/** ‘Title’ with the typographic quotes the strings use. */
const quoted = (text: string) => `‘${text}’`;

/** Markup that must stay text: if it ever runs, window.__xss is set. */
const XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">';

const suite = useBrowserSuite('schoolscan/index.html');
const siteUrl = suite.siteUrl;
const withSession = sessionRunner(suite);

// ---------------------------------------------------------------------------------------------
// Sessions: a guarded context whose pages report page errors and console errors.

// ---------------------------------------------------------------------------------------------
// The tool as a user sees it.

/** Opens /schoolscan/ (with an optional #fragment) and waits until the island shows `heading`. */
async function openTool(page: Page, hash = '', heading: string = S.views.list): Promise<void> {
  const response = await page.goto(siteUrl(`${TOOL}${hash}`));
  // A change of #fragment on the same page is a same-document navigation without a response.
  if (response) expect(response.status(), `${TOOL}${hash}`).toBe(200);
  await viewHeading(page, heading).waitFor();
}

/** Writes the raw localStorage value from a page of the same origin without scripts, before the tool loads. */
async function seedStorage(page: Page, raw: string | null, extra: Record<string, string> = {}): Promise<void> {
  await page.goto(siteUrl('/onderzoek/'));
  await page.evaluate(
    ({ key, raw, extra }) => {
      localStorage.clear();
      if (raw !== null) localStorage.setItem(key, raw);
      for (const [name, value] of Object.entries(extra)) localStorage.setItem(name, value);
    },
    { key: SCAN_STORAGE_KEY, raw, extra },
  );
}

async function storedRaw(page: Page): Promise<string | null> {
  return storedText(page, SCAN_STORAGE_KEY);
}

async function storedDoc(page: Page): Promise<ScanDocument> {
  return storedDocument(page, scanTool);
}

async function storedScan(page: Page, title: string): Promise<Scan> {
  const matches = (await storedDoc(page)).scans.filter((scan) => scan.title === title);
  expect(
    matches.map((scan) => scan.title),
    `stored scans titled "${title}"`,
  ).toEqual([title]);
  return matches[0]!;
}

/** The scan id in the address (#scan/<id>…). */
function routeId(page: Page): string {
  const match = /#scan\/([a-z0-9]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`No scan in the address ${page.url()}`);
  return match[1];
}

/** From the list: starts a scan through the form (pointer and fill) and waits for its rating view. */
async function createScan(page: Page, details: NewScanDetails): Promise<string> {
  await page.getByRole('link', { name: `${S.list.newScan}: ${S.list.alone}`, exact: true }).click();
  await viewHeading(page, S.views.create).waitFor();
  await fillNewScan(page, details);
  await page.getByRole('button', { name: S.details.start, exact: true }).click();
  await viewHeading(page, details.title).waitFor();
  return routeId(page);
}

const domainGroup = (page: Page, id: string) => page.getByRole('group', { name: domainLabel(id), exact: true });
const ratingRadio = (page: Page, id: string, rating: Rating) =>
  domainGroup(page, id).getByRole('radio', { name: S.rating.options[rating], exact: true });

/** On the rating view: checks a rating by pointer. */
async function rate(page: Page, id: string, rating: Rating): Promise<void> {
  await ratingRadio(page, id, rating).check();
}

/** On the rating view: the checked rating of each domain, read from the radios. */
async function ratingsOnScreen(page: Page): Promise<Record<string, Rating | null>> {
  const result: Record<string, Rating | null> = {};
  for (const domain of domains) {
    result[domain.id] = null;
    for (const rating of Object.keys(S.rating.options) as Rating[]) {
      if (await ratingRadio(page, domain.id, rating).isChecked()) result[domain.id] = rating;
    }
  }
  return result;
}

/** Rows of a table as trimmed cell texts (th and td), body rows only. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table.evaluate((element) =>
    [...element.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
    ),
  );
}

/** The scan cards on the list: title and meta line. */
async function listCards(page: Page): Promise<{ title: string; meta: string }[]> {
  const cards = page
    .getByRole('list')
    .filter({ has: page.getByRole('heading', { level: 3 }) })
    .getByRole('listitem');
  return cards.evaluateAll((items) =>
    items
      .filter((item) => item.querySelector('h3'))
      .map((item) => ({
        title: (item.querySelector('h3')?.textContent ?? '').trim(),
        meta: (item.querySelector('h3 + p')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
  );
}

const actionsFor = (page: Page, title: string) => page.getByRole('group', { name: format(S.list.actionsFor, { title }), exact: true });

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

// ---------------------------------------------------------------------------------------------

describe('schoolscan: making a scan', () => {
  it('1. keyboard only: start, see the error summary, fill the form with arrow keys, rate and write notes, always with a visible focus ring', async () => {
    await withSession({ viewport: { width: 1280, height: 900 } }, async ({ page }) => {
      await openTool(page);
      const keys = keyboard(page);

      await keys.until(
        `the "${S.list.newScan}: ${S.list.alone}" link`,
        (focus) => focus.tag === 'a' && focus.text === `${S.list.newScan}: ${S.list.alone}`,
        60,
      );
      await keys.press('Enter');
      await viewHeading(page, S.views.create).waitFor();
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
      await viewHeading(page, 'Groep 7, najaar').waitFor();
      const id = routeId(page);

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
      expect(await ratingsOnScreen(page)).toEqual(
        Object.fromEntries(
          domains.map((domain) => [domain.id, { [d1]: 'grote', [d2]: 'enige', [d3]: 'geen', [d4]: 'onbekend' }[domain.id] ?? null]),
        ),
      );

      // Saved as typed (autosave), and the markup never ran.
      const scan = await storedScan(page, 'Groep 7, najaar');
      expect(scan.id).toBe(id);
      expect({ level: scan.level, schoolType: scan.schoolType }).toEqual({ level: 'klas', schoolType: 'po' });
      expect(scan.domains[d1]).toEqual({
        rating: 'grote',
        seen: `Veel verzuim op maandag. ${XSS}`,
        going: 'De inloop om half negen werkt goed.',
      });
      expect(scan.domains[d2]).toEqual({ rating: 'enige', seen: '', going: `Pauzes helpen ${XSS}` });
      expect(await xssState(page)).toEqual({ flag: undefined, injectedImages: 0 });

      expect(keys.withoutRing(), 'focused controls without a visible focus indicator').toEqual([]);
    });
  });

  it('2. autosave: after a reload and in a new tab the scan is listed with its details and progress, and opens unchanged; markup in notes stays text', async () => {
    await withSession({}, async ({ page, newTab }) => {
      const title = 'Autosave 3B';
      const markup = `Ruzie op het plein. ${XSS}`;
      await openTool(page);
      await createScan(page, { title, level: 'afdeling', schoolType: 'vo' });
      await rate(page, 'aanwezigheid', 'grote');
      await rate(page, 'energie', 'enige');
      await rate(page, 'concentratie', 'geen');
      await domainGroup(page, 'aanwezigheid').getByLabel(S.rating.seen, { exact: true }).fill(markup);
      await domainGroup(page, 'energie').getByLabel(S.rating.going, { exact: true }).fill(`Sport helpt. ${XSS}`);
      const expectedRatings = Object.fromEntries(
        domains.map((domain) => [
          domain.id,
          ({ aanwezigheid: 'grote', energie: 'enige', concentratie: 'geen' } as Record<string, Rating>)[domain.id] ?? null,
        ]),
      );

      const checkRatingView = async (target: Page, where: string) => {
        expect(await ratingsOnScreen(target), `ratings ${where}`).toEqual(expectedRatings);
        expect(await domainGroup(target, 'aanwezigheid').getByLabel(S.rating.seen, { exact: true }).inputValue(), `note ${where}`).toBe(
          markup,
        );
        expect(await domainGroup(target, 'energie').getByLabel(S.rating.going, { exact: true }).inputValue(), `note ${where}`).toBe(
          `Sport helpt. ${XSS}`,
        );
        expect(await xssState(target), `markup ran ${where}`).toEqual({ flag: undefined, injectedImages: 0 });
      };

      // Reload on the rating view.
      await page.reload();
      await viewHeading(page, title).waitFor();
      await checkRatingView(page, 'after a reload');

      const date = (await storedScan(page, title)).date;
      expect(date, 'the date the form filled in').toBe(await browserToday(page));
      const expectedCard = {
        title,
        meta: `${S.details.levels.afdeling} · ${S.details.schoolTypes.vo} · ${formatDay(date)} · ${format(S.list.progress, { rated: 3, total: 11 })}`,
      };

      // Reload on the list.
      await openTool(page);
      await page.reload();
      await viewHeading(page, S.views.list).waitFor();
      expect(await listCards(page), 'the list after a reload').toEqual([expectedCard]);
      expect(await xssState(page), 'markup ran on the list').toEqual({ flag: undefined, injectedImages: 0 });

      // A new tab of the same context.
      const second = await newTab();
      await openTool(second);
      expect(await listCards(second), 'the list in a new tab').toEqual([expectedCard]);
      await second.getByRole('link', { name: title, exact: true }).click();
      await viewHeading(second, title).waitFor();
      await checkRatingView(second, 'in a new tab');

      // The result view: the printed notes hold the markup as text.
      await second.getByRole('navigation', { name: S.nav.label }).getByRole('link', { name: S.views.result, exact: true }).click();
      await viewHeading(second, `${S.views.result}: ${title}`).waitFor();
      const noteCells = await second.locator('.print-sheet .domain-notes dd').allTextContents();
      expect(noteCells, 'notes in the print sheet, as text').toEqual(expect.arrayContaining([markup, `Sport helpt. ${XSS}`]));
      expect(await xssState(second), 'markup ran on the result view').toEqual({ flag: undefined, injectedImages: 0 });
      await second.close();
    });
  });

  it('3. result: every domain in the profile table, priorities grote zorgen first, unrated count, intervention types to choose (kept across reload), databank links for the school type', async () => {
    await withSession({}, async ({ page }) => {
      const title = 'Resultaat groep 6';
      await openTool(page);
      await createScan(page, { title, level: 'klas', schoolType: 'po' });
      const given: Record<string, Rating> = {
        aanwezigheid: 'enige',
        energie: 'grote',
        concentratie: 'geen',
        'contact-leeftijdgenoten': 'onbekend',
        'contact-docenten': 'grote',
      };
      for (const [id, rating] of Object.entries(given)) await rate(page, id, rating);
      await page.getByRole('link', { name: S.nav.toResult, exact: true }).last().click();
      await viewHeading(page, `${S.views.result}: ${title}`).waitFor();

      const profile = page.getByRole('table', { name: S.result.profileCaption, exact: true });
      expect(await tableRows(profile), 'the profile table').toEqual(
        domains.map((domain) => [domain.label, ratingText(given[domain.id] ?? null)]),
      );

      const priorities = page.getByRole('heading', { name: S.result.priorities, exact: true }).locator('xpath=following-sibling::ol[1]');
      expect(await priorities.getByRole('listitem').allTextContents(), 'priorities in order').toEqual([
        `${domainLabel('energie')}: grote zorgen`,
        `${domainLabel('contact-docenten')}: grote zorgen`,
        `${domainLabel('aanwezigheid')}: enige zorgen`,
      ]);

      const unratedIds = domains.filter((domain) => !(domain.id in given)).map((domain) => domain.id);
      const unratedLine = page.getByText(format(S.result.unrated.other, { count: unratedIds.length }));
      expect(await unratedLine.isVisible(), `"Nog ${unratedIds.length} domeinen zonder inschatting"`).toBe(true);
      expect(await unratedLine.getByRole('link').allTextContents(), 'links to the unrated domains').toEqual(unratedIds.map(domainLabel));

      // The types that fit the domains of concern: each once, ranked by the weight of concern,
      // each saying which domains it fits.
      const concernIds = ['energie', 'contact-docenten', 'aanwezigheid'];
      const fitting = new Map<string, string[]>();
      const groteFits = new Map<string, number>();
      for (const id of concernIds)
        for (const link of domains.find((candidate) => candidate.id === id)!.interventions) {
          fitting.set(link.type, [...(fitting.get(link.type) ?? []), domainLabel(id)]);
          groteFits.set(link.type, (groteFits.get(link.type) ?? 0) + (given[id] === 'grote' ? 1 : 0));
        }
      const typesSection = page.locator('.suggestion__types');
      const offered = await typesSection
        .getByRole('listitem')
        .filter({ has: page.getByRole('checkbox') })
        .evaluateAll((items) =>
          items.map((item) => ({
            label: (item.querySelector('label')?.textContent ?? '').trim(),
            fits: (item.querySelector('.suggestion__fits')?.textContent ?? '').trim(),
          })),
        );
      expect(offered.map((item) => item.label).sort(), 'every fitting type once').toEqual([...fitting.keys()].map(typeTitle).sort());
      // The weight of concern: domains with "Grote zorgen" first, then domains of concern in all.
      const weights = offered.map((item) => {
        const id = [...fitting.keys()].find((candidate) => typeTitle(candidate) === item.label)!;
        return 100 * groteFits.get(id)! + fitting.get(id)!.length;
      });
      expect(weights, 'the most weight of concern first').toEqual([...weights].sort((a, b) => b - a));
      for (const item of offered) {
        const id = [...fitting.keys()].find((candidate) => typeTitle(candidate) === item.label)!;
        for (const label of fitting.get(id)!) expect(item.fits, `"${item.label}" names ${label}`).toContain(label);
      }
      expect(await page.getByRole('link', { name: plural(1, S.result.nextMake) }).count(), 'no worksheet step before a choice').toBe(0);

      const chosenId = domains.find((domain) => domain.id === 'aanwezigheid')!.interventions[0]!.type;
      const box = page.getByRole('checkbox', { name: typeTitle(chosenId), exact: true });
      expect(await box.isChecked()).toBe(false);
      await box.check();
      expect((await storedScan(page, title)).chosen, 'chosen in localStorage').toEqual([chosenId]);
      expect(await page.getByText(format(S.result.chosenList, { types: typeTitle(chosenId) }), { exact: true }).isVisible()).toBe(true);
      const next = page.getByRole('link', { name: plural(1, S.result.nextMake), exact: true }).first();
      expect(new URL((await next.getAttribute('href'))!, page.url()).search, 'the next step makes the worksheets of this scan').toBe(
        `?scan=${(await storedScan(page, title)).id}`,
      );

      await page.reload();
      await viewHeading(page, `${S.views.result}: ${title}`).waitFor();
      expect(await box.isChecked(), 'the choice after a reload').toBe(true);
      expect((await storedScan(page, title)).chosen).toEqual([chosenId]);

      // Databank links for po, then for mbo after changing the details.
      const databankLinks = () =>
        page
          .getByRole('heading', { name: S.result.databanks, exact: true })
          .locator('xpath=following-sibling::ul[1]')
          .getByRole('link')
          .allTextContents();
      const expectedFor = (type: string) =>
        catalogue.databankLinks.filter((link) => link.schoolTypes.includes(type as never)).map((link) => link.label);
      const po = await databankLinks();
      expect(po, 'databank links for po').toEqual(expectedFor('po'));
      expect(po).toContain('Overzicht voor het primair onderwijs');
      expect(po).not.toContain('Overzicht voor het mbo');

      await page.getByRole('navigation', { name: S.nav.label }).getByRole('link', { name: S.nav.editDetails, exact: true }).click();
      await viewHeading(page, `${S.views.details}: ${title}`).waitFor();
      await page.getByRole('radio', { name: S.details.schoolTypes.mbo, exact: true }).check();
      await page.getByRole('button', { name: S.details.save, exact: true }).click();
      await viewHeading(page, title).waitFor();
      await page.getByRole('link', { name: S.nav.toResult, exact: true }).last().click();
      await viewHeading(page, `${S.views.result}: ${title}`).waitFor();
      const mbo = await databankLinks();
      expect(mbo, 'databank links for mbo').toEqual(expectedFor('mbo'));
      expect(mbo).toContain('Overzicht voor het mbo');
      expect(mbo).not.toContain('Overzicht voor het primair onderwijs');
    });
  });
});

describe('schoolscan: the list', () => {
  it('4. rename, duplicate, delete with confirmation and undo; a delete without undo survives a reload', async () => {
    await withSession({}, async ({ page }) => {
      const a = makeScan(catalogue, { title: 'Lijst A', ratings: { energie: 'grote' }, createdAt: '2026-10-01T10:00:00.000Z' });
      const b = makeScan(catalogue, { title: 'Lijst B', createdAt: '2026-10-02T10:00:00.000Z' });
      await seedStorage(page, storedDocumentText([a, b]));
      await openTool(page);
      const titles = async () => (await listCards(page)).map((card) => card.title).sort();
      expect(await titles()).toEqual(['Lijst A', 'Lijst B']);

      // Rename.
      await actionsFor(page, 'Lijst A').getByRole('button', { name: S.list.rename, exact: true }).click();
      const nameField = page.getByLabel(format(S.list.renameLabel, { title: 'Lijst A' }), { exact: true });
      await expect.poll(() => isFocused(nameField), { message: 'the rename field takes focus' }).toBe(true);
      await nameField.fill('Lijst A hernoemd');
      await page.getByRole('button', { name: S.list.renameSave, exact: true }).click();
      await actionsFor(page, 'Lijst A hernoemd').waitFor();
      expect(await titles()).toEqual(['Lijst A hernoemd', 'Lijst B']);
      expect((await storedDoc(page)).scans.find((scan) => scan.id === a.id)?.title, 'stored title').toBe('Lijst A hernoemd');

      // Duplicate.
      await actionsFor(page, 'Lijst A hernoemd').getByRole('button', { name: S.list.duplicate, exact: true }).click();
      const copyTitle = `Lijst A hernoemd ${S.list.duplicateSuffix}`;
      await actionsFor(page, copyTitle).waitFor();
      expect(await titles()).toEqual(['Lijst A hernoemd', copyTitle, 'Lijst B']);
      const copy = await storedScan(page, copyTitle);
      expect(copy.id).not.toBe(a.id);
      expect(copy.domains, 'the copy keeps the answers').toEqual(a.domains);

      // Delete with confirmation, then undo.
      await actionsFor(page, copyTitle).getByRole('button', { name: S.list.delete, exact: true }).click();
      const confirm = page.getByRole('group', { name: format(S.list.confirmDelete, { title: copyTitle }), exact: true });
      expect(await titles(), 'nothing is deleted before confirming').toContain(copyTitle);
      await confirm.getByRole('button', { name: S.list.confirmDeleteYes, exact: true }).click();
      await page.getByText(format(S.list.deleted, { title: copyTitle }), { exact: true }).waitFor();
      expect(await titles()).toEqual(['Lijst A hernoemd', 'Lijst B']);
      expect(
        (await storedDoc(page)).scans.map((scan) => scan.id),
        'stored after the delete',
      ).not.toContain(copy.id);
      const undo = page.getByRole('button', { name: S.list.undo, exact: true });
      await expect.poll(() => isFocused(undo), { message: '"Ongedaan maken" takes focus' }).toBe(true);
      await page.keyboard.press('Enter');
      await actionsFor(page, copyTitle).waitFor();
      expect(await titles()).toEqual(['Lijst A hernoemd', copyTitle, 'Lijst B']);
      const restored = await storedDoc(page);
      expect(restored.scans.find((scan) => scan.id === copy.id)?.domains, 'the restored scan is stored').toEqual(a.domains);

      // Delete without undo, reload.
      await actionsFor(page, 'Lijst B').getByRole('button', { name: S.list.delete, exact: true }).click();
      await page
        .getByRole('group', { name: format(S.list.confirmDelete, { title: 'Lijst B' }), exact: true })
        .getByRole('button', { name: S.list.confirmDeleteYes, exact: true })
        .click();
      await page.getByText(format(S.list.deleted, { title: 'Lijst B' }), { exact: true }).waitFor();
      await page.reload();
      await viewHeading(page, S.views.list).waitFor();
      expect(await titles(), 'after a reload').toEqual(['Lijst A hernoemd', copyTitle]);
      const after = await storedDoc(page);
      expect(after.scans.map((scan) => scan.id)).not.toContain(b.id);
      // The deletion is kept as the record's own entry, marked deleted, so another tab cannot bring it back.
      const entry = (await storedEntries(page, SCAN_STORAGE_KEY)).find(([key]) => key === `${SCAN_STORAGE_KEY}/${b.id}`);
      expect(
        entry && (JSON.parse(entry[1]) as { data: { fields: Record<string, unknown> } }).data.fields['$deleted'],
        'the deletion is remembered',
      ).toBe(true);
    });
  });

  it('5. "Download als bestand" downloads the scan as JSON and CSV; importing the JSON adds a second scan and leaves the first unchanged', async () => {
    await withSession({ acceptDownloads: true }, async ({ page }) => {
      const title = 'Groep 7, najaar';
      await openTool(page);
      await createScan(page, { title, level: 'klas', schoolType: 'po' });
      await rate(page, 'aanwezigheid', 'enige');
      await rate(page, 'motivatie', 'grote');
      await domainGroup(page, 'motivatie').getByLabel(S.rating.seen, { exact: true }).fill('Weinig zin in toetsen, "vooral" op vrijdag.');
      await page.getByRole('navigation', { name: S.nav.label }).getByRole('link', { name: S.nav.backToList, exact: true }).click();
      await viewHeading(page, S.views.list).waitFor();
      const before = await storedScan(page, title);
      const today = await browserToday(page);
      expect(before.date).toBe(today);

      const [json] = await Promise.all([
        page.waitForEvent('download'),
        actionsFor(page, title).getByRole('button', { name: S.list.exportJson, exact: true }).click(),
      ]);
      expect(json.suggestedFilename()).toBe(`schoolscan-groep-7-najaar-${today}.json`);
      expect(json.suggestedFilename()).toMatch(/^schoolscan-groep-7-najaar-\d{4}-\d{2}-\d{2}\.json$/);
      const jsonText = await downloadText(json);
      const file = JSON.parse(jsonText) as { format: string; version: number; exportedAt: string; scan: Scan };
      expect(file.format).toBe('welbevinden-schoolscan');
      expect(file.version).toBe(1);
      expect(Number.isNaN(Date.parse(file.exportedAt))).toBe(false);
      expect(file.scan, 'the exported scan is the stored scan').toEqual(before);

      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        actionsFor(page, title).getByRole('button', { name: S.list.exportCsv, exact: true }).click(),
      ]);
      expect(csv.suggestedFilename()).toBe(`schoolscan-groep-7-najaar-${today}.csv`);
      const csvText = await downloadText(csv);
      expect(csvText.startsWith('\uFEFF'), 'the CSV starts with a UTF-8 byte order mark').toBe(true);
      const lines = csvText
        .slice(1)
        .split('\r\n')
        .filter((line) => line !== '');
      expect(lines.length, 'header plus one line per domain').toBe(12);
      expect(lines[0]).toBe(S.csvHeaders.join(';'));
      expect(lines[1]).toBe(
        [title, S.details.levels.klas, S.details.schoolTypes.po, today, domainLabel('aanwezigheid'), 'Enige zorgen', '', ''].join(';'),
      );
      expect(
        lines.slice(1).map((line) => line.split(';')[4]),
        'the domain column',
      ).toEqual(domains.map((domain) => domain.label));
      expect(lines.find((line) => line.includes(domainLabel('motivatie')))).toContain('"Weinig zin in toetsen, ""vooral"" op vrijdag."');

      // Import what was exported.
      await page.getByLabel(S.import.label, { exact: true }).setInputFiles({
        name: json.suggestedFilename(),
        mimeType: 'application/json',
        buffer: Buffer.from(jsonText),
      });
      await expect.poll(async () => (await listCards(page)).length, { message: 'scans on the list after the import' }).toBe(2);
      expect(await page.getByRole('alert').count(), 'no import error').toBe(0);
      const doc = await storedDoc(page);
      expect(doc.scans.length).toBe(2);
      expect(
        doc.scans.find((scan) => scan.id === before.id),
        'the first scan is unchanged',
      ).toEqual(before);
      const imported = doc.scans.find((scan) => scan.id !== before.id)!;
      expect(imported.title).toBe(title);
      expect(imported.domains).toEqual(before.domains);
    });
  });

  it('6. broken imports: each shows "Het bestand kon niet worden toegevoegd" with its own message, takes focus and leaves the stored scans byte for byte unchanged', async () => {
    await withSession({}, async ({ page }) => {
      const existing = makeScan(catalogue, { title: 'Bestaande scan', ratings: { energie: 'enige' } });
      await seedStorage(page, storedDocumentText([existing]));
      await openTool(page);
      const rawBefore = await storedRaw(page);
      expect(rawBefore).not.toBeNull();

      const valid = makeScan(catalogue, { title: 'Geldig bestand' });
      const validFile = JSON.parse(scanFileText(valid)) as Record<string, unknown>;
      const cases: { label: string; name: string; body: Buffer; words: string[] }[] = [
        {
          label: 'not JSON',
          name: 'geen-json.json',
          body: Buffer.from('Dit is gewoon tekst, { geen JSON'),
          words: ['geen scanbestand van deze site'],
        },
        {
          label: 'another shape',
          name: 'ander.json',
          body: Buffer.from(JSON.stringify({ hallo: 'wereld', items: [1, 2] })),
          words: ['geen schoolscan van deze site'],
        },
        {
          label: 'version 99',
          name: 'toekomst.json',
          body: Buffer.from(JSON.stringify({ ...validFile, version: 99 })),
          words: ['nieuwere versie', 'versie 99'],
        },
        {
          label: `over ${MAX_IMPORT_LABEL}`,
          name: 'groot.json',
          body: Buffer.from(JSON.stringify(validFile).replace(/}$/, `${' '.repeat(MAX_IMPORT_BYTES)}}`)),
          words: [`groter dan ${MAX_IMPORT_LABEL}`],
        },
        {
          label: 'unknown domain',
          name: 'vreemd.json',
          body: Buffer.from(
            scanFileText({ ...valid, domains: { ...valid.domains, 'onbekend-domein': { rating: 'grote', seen: '', going: '' } } }),
          ),
          words: ['domeinen die deze site niet kent', 'onbekend-domein'],
        },
        { label: 'empty', name: 'leeg.json', body: Buffer.alloc(0), words: ['is leeg'] },
      ];

      const input = page.getByLabel(S.import.label, { exact: true });
      const errorBox = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: S.import.errorTitle, exact: true }) });
      const problems: string[] = [];
      for (const file of cases) {
        await input.focus();
        await chooseFile(input, file.name, file.body);
        try {
          await errorBox.waitFor();
          await expect.poll(() => errorBox.textContent()).toContain(quoted(file.name));
        } catch {
          problems.push(
            `${file.label}: no error box naming ${quoted(file.name)} (alert text: ${JSON.stringify(await page.getByRole('alert').allTextContents())})`,
          );
          continue;
        }
        const text = (await errorBox.textContent()) ?? '';
        for (const word of file.words) if (!text.includes(word)) problems.push(`${file.label}: message lacks "${word}": ${text}`);
        try {
          await expect.poll(() => isFocused(errorBox)).toBe(true);
        } catch {
          problems.push(`${file.label}: the error box does not have focus (focus on ${describeFocus(await focusInfo(page))})`);
        }
        if ((await storedRaw(page)) !== rawBefore) problems.push(`${file.label}: localStorage changed`);
        if ((await listCards(page)).length !== 1) problems.push(`${file.label}: the list no longer holds exactly one scan`);
      }
      expect(problems, 'broken imports').toEqual([]);
      expect(await storedRaw(page), 'stored scans at the end').toBe(rawBefore);
    });
  });
});

describe('schoolscan: several scans', () => {
  it('7. two tabs: a change in tab A shows in tab B without reload, with a notice; a scan made in tab B survives a later save in tab A', async () => {
    await withSession({}, async ({ page: tabA, newTab }) => {
      const title = 'Tabblad-test';
      await openTool(tabA);
      const id = await createScan(tabA, { title });
      const tabB = await newTab();
      await openTool(tabB, `#scan/${id}`, title);
      const tabList = await newTab();
      await openTool(tabList);
      expect((await listCards(tabList))[0]?.meta).toContain(format(S.list.progress, { rated: 0, total: 11 }));

      await rate(tabA, 'energie', 'grote');
      await expect.poll(() => ratingRadio(tabB, 'energie', 'grote').isChecked(), { message: 'tab B shows the new rating' }).toBe(true);
      const notice = tabB.getByRole('status').filter({ hasText: S.storage.otherTab });
      await expect.poll(() => notice.isVisible(), { message: 'tab B says the scan changed in another tab' }).toBe(true);
      await expect
        .poll(async () => (await listCards(tabList))[0]?.meta ?? '', { message: 'a tab on the list shows the new progress' })
        .toContain(format(S.list.progress, { rated: 1, total: 11 }));

      // Tab B makes a new scan, then tab A saves a change to the first one.
      await tabB.getByRole('navigation', { name: S.nav.label }).getByRole('link', { name: S.nav.backToList, exact: true }).click();
      await viewHeading(tabB, S.views.list).waitFor();
      await createScan(tabB, { title: 'Gemaakt in tab B' });
      await rate(tabA, 'concentratie', 'geen');

      const doc = await storedDoc(tabA);
      expect(doc.scans.map((scan) => scan.title).sort(), 'both scans in localStorage').toEqual(['Gemaakt in tab B', title]);
      const first = doc.scans.find((scan) => scan.id === id)!;
      expect(first.domains.energie?.rating).toBe('grote');
      expect(first.domains.concentratie?.rating).toBe('geen');
      await tabA.reload();
      await viewHeading(tabA, title).waitFor();
      await openTool(tabA);
      expect((await listCards(tabA)).map((card) => card.title).sort(), 'tab A lists both after a reload').toEqual([
        'Gemaakt in tab B',
        title,
      ]);
    });
  });

  it('8. compare: both scans per domain, with "meer zorgen"/"minder zorgen" where the rating changed, and the summary line', async () => {
    await withSession({}, async ({ page }) => {
      const autumn = makeScan(catalogue, {
        title: 'Vergelijk najaar',
        date: '2026-09-15',
        ratings: {
          aanwezigheid: 'geen',
          energie: 'grote',
          concentratie: 'enige',
          'contact-leeftijdgenoten': 'onbekend',
          motivatie: 'enige',
        },
        createdAt: '2026-09-15T09:00:00.000Z',
      });
      const spring = makeScan(catalogue, {
        title: 'Vergelijk voorjaar',
        date: '2027-02-15',
        ratings: { aanwezigheid: 'grote', energie: 'enige', concentratie: 'enige', 'contact-leeftijdgenoten': 'geen', motivatie: 'geen' },
        createdAt: '2027-02-15T09:00:00.000Z',
      });
      await seedStorage(page, storedDocumentText([spring, autumn]));
      await openTool(page);
      await page.getByRole('link', { name: S.list.compare, exact: true }).click();
      await viewHeading(page, S.views.compare).waitFor();

      for (const scan of [autumn, spring]) {
        expect(
          await page.getByRole('checkbox', { name: `${scan.title} (${formatDay(scan.date)})`, exact: true }).isChecked(),
          `${scan.title} picked`,
        ).toBe(true);
      }
      const table = page.getByRole('table', { name: S.compare.tableCaption, exact: true });
      const headers = await table.locator('thead th').allTextContents();
      expect(headers.map((header) => header.replace(/\s+/g, ' ').trim())).toEqual([
        S.result.domainColumn,
        `${autumn.title}${formatDay(autumn.date)}`,
        `${spring.title}${formatDay(spring.date)}`,
      ]);

      const rows = await tableRows(table);
      const problems: string[] = [];
      const changeWord = { meer: S.compare.changes.meer, minder: S.compare.changes.minder };
      const expectedChange: Record<string, keyof typeof changeWord | 'gelijk'> = {
        aanwezigheid: 'meer',
        energie: 'minder',
        concentratie: 'gelijk',
        motivatie: 'minder',
      };
      domains.forEach((domain, index) => {
        const [label, first, second] = rows[index] ?? [];
        const before = autumn.domains[domain.id]!.rating;
        const after = spring.domains[domain.id]!.rating;
        if (label !== domain.label) problems.push(`row ${index + 1}: "${label}" instead of "${domain.label}"`);
        if (first !== ratingText(before)) problems.push(`${domain.id}: first column "${first}", expected "${ratingText(before)}"`);
        if (!second?.startsWith(ratingText(after)))
          problems.push(`${domain.id}: second column "${second}", expected to start with "${ratingText(after)}"`);
        const change = expectedChange[domain.id];
        for (const [kind, word] of Object.entries(changeWord)) {
          const shown = second?.includes(word) ?? false;
          if (shown !== (change === kind)) problems.push(`${domain.id}: "${word}" ${shown ? 'shown' : 'missing'} in "${second}"`);
        }
      });
      expect(problems, 'compare table').toEqual([]);

      const summary = format(S.compare.summary, { meer: 1, minder: 2, gelijk: 1 });
      expect(await page.getByRole('status').filter({ hasText: summary }).isVisible(), `summary "${summary}"`).toBe(true);
    });
  });

  it('9. team mode: three member files at once give counts per rating, the most common answer and "Bespreken in het team"; saved as "Team: …" it opens on its result', async () => {
    const title = 'Teamscan groep 5';
    const members = [
      makeScan(catalogue, {
        title,
        role: 'leerkracht',
        date: '2026-11-20',
        ratings: { aanwezigheid: 'geen', energie: 'enige', concentratie: 'geen' },
        notes: { aanwezigheid: { seen: 'Notitie van de leerkracht' } },
      }),
      makeScan(catalogue, {
        title: `${title} (2)`,
        date: '2026-11-21',
        ratings: { aanwezigheid: 'enige', energie: 'enige', concentratie: 'geen' },
      }),
      makeScan(catalogue, {
        title: `${title} (3)`,
        role: 'intern begeleider',
        date: '2026-11-22',
        ratings: { aanwezigheid: 'grote', energie: 'enige', concentratie: 'enige' },
        notes: { aanwezigheid: { seen: 'Notitie van de ib’er' } },
      }),
    ];
    const { dir, paths } = await writeTempFiles(
      'schoolscan-team-',
      members.map((scan, index) => ({ name: `teamlid-${index + 1}.json`, text: scanFileText(scan) })),
    );
    try {
      await withSession({}, async ({ page }) => {
        await openTool(page);
        await page.getByRole('link', { name: S.list.teamView, exact: true }).click();
        await viewHeading(page, S.views.team).waitFor();
        await page.getByLabel(S.team.filesLabel, { exact: true }).setInputFiles(paths);

        const status = `${format(S.team.loaded.other, { count: 3 })}. ${format(S.team.discussCount.one, { count: 1 })}`;
        await page.getByRole('status').filter({ hasText: status }).waitFor();
        const memberList = page.getByRole('heading', { name: S.team.members, exact: true }).locator('xpath=following-sibling::ol[1]');
        expect(await memberList.getByRole('listitem').allTextContents()).toEqual([
          `leerkracht: ${title}`,
          `${format(S.team.member, { n: 2 })}: ${title} (2)`,
          `intern begeleider: ${title} (3)`,
        ]);

        const table = page.getByRole('table', { name: S.team.tableCaption, exact: true });
        const rows = await tableRows(table);
        const flagged = `${S.team.discuss}: ${S.team.discussWhy}`;
        const expected = (id: string, counts: [number, number, number, number], mostCommon: string, discuss: string) => [
          domainLabel(id),
          ...counts.map(String),
          mostCommon,
          discuss,
        ];
        const byId = Object.fromEntries(domains.map((domain, index) => [domain.id, rows[index]]));
        expect(byId.aanwezigheid, 'geen/enige/grote').toEqual(
          expected('aanwezigheid', [1, 1, 1, 0], `${S.rating.options.grote} ${S.team.tie}`, flagged),
        );
        expect(byId.energie, 'agreement').toEqual(expected('energie', [0, 3, 0, 0], S.rating.options.enige, S.team.noDiscuss));
        expect(byId.concentratie, 'two against one, one step apart').toEqual(
          expected('concentratie', [2, 1, 0, 0], S.rating.options.geen, S.team.noDiscuss),
        );
        expect(byId.motivatie, 'nobody answered').toEqual(expected('motivatie', [0, 0, 0, 0], S.team.noAnswer, S.team.noDiscuss));
        expect(rows.filter((row) => row.at(-1) === flagged).length, 'domains flagged').toBe(1);

        await page.getByRole('button', { name: S.team.save, exact: true }).click();
        const teamTitle = format(S.team.saveTitle, { title });
        await viewHeading(page, `${S.views.result}: ${teamTitle}`).waitFor();
        expect(page.url()).toMatch(/#scan\/[a-z0-9]+\/resultaat$/);
        expect(
          await page
            .getByText(format(S.result.teamNote, { members: 3 }), { exact: true })
            .first()
            .isVisible(),
        ).toBe(true);
        const profile = await tableRows(page.getByRole('table', { name: S.result.profileCaption, exact: true }));
        expect(profile[0]).toEqual([domainLabel('aanwezigheid'), S.rating.options.grote]);
        expect(profile[1]).toEqual([domainLabel('energie'), S.rating.options.enige]);

        const saved = await storedScan(page, teamTitle);
        expect(saved.team).toEqual({ members: 3 });
        expect(saved.domains.aanwezigheid?.seen).toBe('leerkracht: Notitie van de leerkracht\n\nintern begeleider: Notitie van de ib’er');
        await openTool(page);
        expect((await listCards(page)).find((card) => card.title === teamTitle)?.meta).toContain(format(S.list.team, { members: 3 }));
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('schoolscan: print and no JavaScript', () => {
  it('10. printing the result gives every note in full plus the details, without the privacy notice or buttons', async () => {
    if (!existsSync(pdftotext)) throw new Error(`${pdftotext} not found. Install poppler-utils to run the print test.`);
    const dir = await mkdtemp(join(tmpdir(), 'schoolscan-print-'));
    try {
      await withSession({}, async ({ page }) => {
        const ratingsCycle: Rating[] = ['grote', 'enige', 'geen', 'onbekend'];
        const marker = (index: number) => `Kenmerk${String(index + 1).padStart(2, '0')}x`;
        const note = (index: number) => {
          const start = marker(index);
          let text = `${start} begin.`;
          for (let word = 1; text.length < 600; word += 1) text += ` ${start}w${word}`;
          return `${text.slice(0, 594).trimEnd()} einde.`;
        };
        const notes = domains.map((_, index) => note(index));
        const scan = makeScan(catalogue, {
          title: 'Afdrukscan 4A',
          level: 'afdeling',
          schoolType: 'so-vso',
          date: '2026-11-20',
          ratings: Object.fromEntries(domains.map((domain, index) => [domain.id, ratingsCycle[index % 4]!])),
          notes: Object.fromEntries(domains.map((domain, index) => [domain.id, { seen: notes[index] }])),
        });
        for (const text of notes) expect(text.length).toBeGreaterThanOrEqual(590);
        await seedStorage(page, storedDocumentText([scan]));
        await openTool(page, `#scan/${scan.id}/resultaat`, `${S.views.result}: ${scan.title}`);

        const file = join(dir, 'resultaat.pdf');
        await writeFile(file, await page.pdf({ format: 'A4' }));
        const text = execFileSync(pdftotext, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFKC');
        const squeeze = (value: string) => value.replace(/\s+/g, '');
        const collapse = (value: string) => value.replace(/\s+/g, ' ');
        // The notes sit in a table next to the domain and rating cells, whose lines pdftotext
        // interleaves with the note's lines; so compare the note's own words, in order.
        const words = text.split(/\s+/);
        const incomplete = notes.flatMap((value, index) => {
          const own = (list: string[]) => list.filter((word) => word.startsWith(marker(index)) || word === 'begin.' || word === 'einde.');
          const expected = own(value.split(' '));
          const start = words.indexOf(expected[0]!);
          const printed = start === -1 ? [] : own(words.slice(start)).slice(0, expected.length);
          return printed.join(' ') === expected.join(' ')
            ? []
            : [`${marker(index)}: printed ${printed.length} of ${expected.length} words`];
        });
        expect(incomplete, 'notes not printed in full').toEqual([]);
        for (const detail of [scan.title, S.details.levels.afdeling, S.details.schoolTypes['so-vso'], formatDay(scan.date)]) {
          expect(squeeze(text), `"${detail}" in the PDF`).toContain(squeeze(detail));
        }
        for (const absent of [S.privacy.slice(0, 40), S.result.print, S.result.exportJson, S.result.exportCsv, S.nav.backToList]) {
          expect(collapse(text), `"${absent}" must not be printed`).not.toContain(absent);
        }
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('11. without JavaScript: the paper form with every domain and the four answers, printing on at most 3 pages', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'schoolscan-paper-'));
    try {
      await withSession({ javaScriptEnabled: false }, async ({ page }) => {
        const response = await page.goto(siteUrl(TOOL));
        expect(response?.status()).toBe(200);
        const heading = page.getByRole('heading', { level: 2, name: S.paper.heading, exact: true });
        expect(await heading.isVisible(), `"${S.paper.heading}" is shown`).toBe(true);
        const items = await page
          .locator('section', { has: heading })
          .getByRole('listitem')
          .evaluateAll((elements) =>
            elements.map((element) => ({
              heading: (element.querySelector('h3')?.textContent ?? '').trim(),
              text: (element.textContent ?? '').replace(/\s+/g, ' '),
            })),
          );
        expect(
          items.map((item) => item.heading),
          'domains on the paper form',
        ).toEqual(domains.map((domain) => domain.label));
        const missing = items.flatMap((item) =>
          Object.values(S.rating.options)
            .filter((option) => !item.text.includes(option))
            .map((option) => `${item.heading}: ${option}`),
        );
        expect(missing, 'answers missing on the paper form').toEqual([]);

        const file = join(dir, 'papier.pdf');
        await writeFile(file, await page.pdf({ format: 'A4' }));
        const info = execFileSync(pdfinfo, [file], { encoding: 'utf8' });
        const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
        expect(pages, 'pages of the printed paper form').toBeLessThanOrEqual(3);
        const printed = execFileSync(pdftotext, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFKC');
        expect(printed.replace(/\s+/g, ' ')).toContain(S.paper.heading);
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('schoolscan: storage faults', () => {
  it('12a. localStorage that throws on every access: a notice, and the scan still works in the page', async () => {
    await withSession({}, async ({ context, page }) => {
      await storageFaults.refused(context);
      await openTool(page);
      const notice = page.getByText(S.storage.unavailable, { exact: true });
      expect(await notice.isVisible(), 'the "opslaan niet toe" notice').toBe(true);
      expect(S.storage.unavailable).toContain('opslaan niet toe');
      await createScan(page, { title: 'Privévenster' });
      await rate(page, 'energie', 'grote');
      expect(await ratingRadio(page, 'energie', 'grote').isChecked()).toBe(true);
      expect(await page.getByText(format(S.rating.progress, { rated: 1, total: 11 }), { exact: true }).isVisible()).toBe(true);
      expect(await notice.isVisible(), 'the notice stays after saving').toBe(true);
    });
  });

  it('12b. a full storage (QuotaExceededError): the "opslag van je browser is vol" notice, and the scan stays in the page', async () => {
    await withSession({}, async ({ context, page }) => {
      await storageFaults.full(context);
      await openTool(page);
      await createScan(page, { title: 'Volle opslag' });
      const notice = page.getByRole('alert').filter({ hasText: 'de opslag van je browser is vol' });
      await expect.poll(() => notice.isVisible(), { message: 'the "opslag vol" notice' }).toBe(true);
      await rate(page, 'energie', 'enige');
      expect(await ratingRadio(page, 'energie', 'enige').isChecked()).toBe(true);
      await page.getByRole('navigation', { name: S.nav.label }).getByRole('link', { name: S.nav.backToList, exact: true }).click();
      await viewHeading(page, S.views.list).waitFor();
      expect(
        (await listCards(page)).map((card) => card.title),
        'the scan is still in the page',
      ).toEqual(['Volle opslag']);
      expect(await storedRaw(page), 'nothing could be stored').toBeNull();
    });
  });

  it('12c. unreadable stored data: a notice with "Download de oude gegevens" giving the raw text, which is also kept under a backup key', async () => {
    await withSession({ acceptDownloads: true }, async ({ page }) => {
      for (const raw of ['{"version":1,"data":{"scans":[{"id":"kapot","title":"Half', '{"version":1,"data":{"scans":"geen lijst"}}']) {
        await seedStorage(page, raw);
        await openTool(page);
        const notice = page.getByRole('alert').filter({ hasText: /konden niet worden gelezen|beschadigd/ });
        expect(await notice.isVisible(), `a notice for ${raw}`).toBe(true);
        expect(await page.getByText(S.list.empty, { exact: true }).isVisible(), 'the list starts empty').toBe(true);
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          notice.getByRole('button', { name: S.storage.downloadOld, exact: true }).click(),
        ]);
        expect(await downloadText(download), 'the downloaded old data').toBe(raw);
        const kept = await page.evaluate((key) => {
          const entries: [string, string][] = [];
          for (let index = 0; index < localStorage.length; index += 1) {
            const name = localStorage.key(index)!;
            entries.push([name, localStorage.getItem(name) ?? '']);
          }
          return { backups: entries.filter(([name]) => name.startsWith(`${key}.backup.`)), main: localStorage.getItem(key) };
        }, SCAN_STORAGE_KEY);
        expect(
          kept.backups.map(([, value]) => value),
          'backup keys',
        ).toEqual([raw]);
        expect(kept.main, 'the unreadable value is no longer under the main key').toBeNull();
      }
    });
  });

  it('12d. stored data of version 99: the "nieuwere versie" notice', async () => {
    await withSession({}, async ({ page }) => {
      const raw = JSON.stringify({ version: 99, data: { scans: [], deleted: {} } });
      await seedStorage(page, raw);
      await openTool(page);
      const notice = page.getByRole('alert').filter({ hasText: 'nieuwere versie' });
      expect(await notice.isVisible(), 'the "nieuwere versie" notice').toBe(true);
      expect(await notice.getByRole('button', { name: S.storage.downloadOld, exact: true }).isVisible()).toBe(true);
      const backups = await page.evaluate(
        (key) =>
          Object.keys(localStorage)
            .filter((name) => name.startsWith(`${key}.backup.`))
            .map((name) => localStorage.getItem(name)),
        SCAN_STORAGE_KEY,
      );
      expect(backups).toEqual([raw]);
    });
  });
});

describe('schoolscan: accessibility and weight', () => {
  it('13. axe finds no WCAG 2.2 AA violations in any example state of the tool (and in the dark scheme on the result view), nor on the paper form', async () => {
    const violations: string[] = [];
    const states = toolStates.filter((state) => state.tool === 'schoolscan');
    expect(states.length, 'example states of the schoolscan').toBeGreaterThanOrEqual(8);
    await withSession({ acceptDownloads: true }, async ({ page }) => {
      for (const state of states) {
        await openToolState(page, siteUrl, state);
        violations.push(...(await axeScan(page, state.name)));
        if (state.hash.endsWith('/resultaat')) {
          await page.emulateMedia({ colorScheme: 'dark' });
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
          violations.push(...(await axeScan(page, `${state.name}, dark scheme`)));
          await page.emulateMedia({ colorScheme: 'light' });
        }
      }
    });

    violations.push(...(await axeScanWithoutJavaScript(withSession, siteUrl(TOOL), S.paper.heading, '.schoolscan')));
    expect(violations.length, `axe violations:\n${violations.join('\n')}`).toBe(0);
  });

  it('14. /schoolscan/ transfers its first-view JavaScript within its budget (gzip level 9), and /onderzoek/ loads no script files', async () => {
    await withSession({}, async ({ page }) => {
      const scripts = new Map<string, Promise<Buffer>>();
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.set(response.url(), response.body());
      });
      await openTool(page);
      await page.waitForLoadState('networkidle');
      const sizes = await Promise.all([...scripts].map(async ([url, body]) => ({ url, gzip: gzipSync(await body, { level: 9 }).length })));
      const total = sizes.reduce((sum, entry) => sum + entry.gzip, 0);
      expect(sizes.length, 'script files loaded by the tool').toBeGreaterThan(0);
      expect(
        total,
        `JavaScript on ${TOOL}, gzip: ${sizes.map((entry) => `${new URL(entry.url).pathname} ${entry.gzip} B`).join(', ')}`,
      ).toBeLessThanOrEqual(budgets.firstView[TOOL]!);

      const onderzoek: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') onderzoek.push(request.url());
      });
      const response = await page.goto(siteUrl('/onderzoek/'));
      expect(response?.status()).toBe(200);
      await page.waitForLoadState('networkidle');
      expect(onderzoek, 'script files on /onderzoek/').toEqual([]);
    });
  });
});
