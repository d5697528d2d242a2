/**
 * The werkblad island (/werkblad/) driven in Chromium as a user would: worksheets from a scan,
 * answering, "Zet op het werkblad", named programmes, the plan van aanpak and its print, export
 * and import, the linked scan being deleted, two tabs, no JavaScript, storage faults, axe and the
 * JavaScript budget. One server and one browser for the file; every test has its own context (so
 * an empty localStorage), guarded against requests to other origins, and fails on uncaught page
 * errors and console errors. Run `npm run build` first.
 */
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { WERKBLAD_STORAGE_KEY, werkbladTool } from '../../src/lib/werkblad/tool';
import { storedDocument, storedText } from '../support/stored';
import { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from '../../src/lib/limits';
import { SCAN_STORAGE_KEY, scanTool } from '../../src/lib/scan/tool';
import type { Plan, Status, Worksheet } from '../../src/lib/werkblad/model';
import type { ScanDocument } from '../../src/lib/scan/model';
import type { Rating } from '../../src/lib/scan/ratings';
import { formatDay } from '../../src/lib/dates';
import { format, plural } from '../../src/lib/text';
import { contentCatalogue } from '../support/scan-catalogue';
import { makeScan, scanFileText, storedDocumentText } from '../support/scan-files';
import { contentPartners, contentQuestions, makeWorksheet, storedWerkbladText, werkbladFileText } from '../support/werkblad-files';
import { words } from '../support/source-text';
import { printFrame } from '../../src/lib/print-frame';
import { sheetLines } from '../support/pdf';
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
  openToolState,
  sessionRunner,
  storageFaults,
  viewHeading,
} from '../support/tool-session';

const pdftotext = '/usr/bin/pdftotext';
const TOOL = '/werkblad/';
const SCAN_TOOL = '/schoolscan/';

const catalogue = contentCatalogue();
const domains = catalogue.domains;
const questions = contentQuestions();
const partners = contentPartners();
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
const partnerLabel = (id: string): string => {
  const partner = partners.find((candidate) => candidate.id === id);
  if (!partner) throw new Error(`No partner "${id}" in partners.yaml`);
  return partner.label;
};
/** The concern domains of a rating set that link `typeId`: grote first, then enige, each in the source's order. */
const concernDomainsFor = (ratings: Record<string, Rating>, typeId: string): string[] =>
  (['grote', 'enige'] as const).flatMap((level) =>
    domains
      .filter((domain) => ratings[domain.id] === level && domain.interventions.some((link) => link.type === typeId))
      .map((domain) => domain.id),
  );
/** ‘Title’ with the typographic quotes the strings use. */
const quoted = (text: string) => `‘${text}’`;
const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();
const squeeze = (value: string) => value.replace(/\s+/g, '');

const suite = useBrowserSuite('werkblad/index.html');
const requireServer = suite.server;
const siteUrl = suite.siteUrl;
const withSession = sessionRunner(suite);

// ---------------------------------------------------------------------------------------------
// Sessions: a guarded context whose pages report page errors and console errors.

async function withTempDir<R>(prefix: string, body: (dir: string) => Promise<R>): Promise<R> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The tool as a user sees it.

/** Opens a tool page (with an optional #fragment) and waits until its island shows `heading`. */
async function openTool(page: Page, hash = '', heading: string = W.views.list, path = TOOL): Promise<void> {
  const response = await page.goto(siteUrl(`${path}${hash}`));
  if (response) expect(response.status(), `${path}${hash}`).toBe(200);
  await viewHeading(page, heading).waitFor();
}

/** Writes raw localStorage values from a page of the same origin without scripts, before a tool loads. */
async function seedStorage(page: Page, values: { werkblad?: string; scans?: string; extra?: Record<string, string> }): Promise<void> {
  await page.goto(siteUrl('/onderzoek/'));
  await page.evaluate(
    ({ entries }) => {
      localStorage.clear();
      for (const [name, value] of entries) localStorage.setItem(name, value);
    },
    {
      entries: [
        ...(values.werkblad !== undefined ? [[WERKBLAD_STORAGE_KEY, values.werkblad] as [string, string]] : []),
        ...(values.scans !== undefined ? [[SCAN_STORAGE_KEY, values.scans] as [string, string]] : []),
        ...Object.entries(values.extra ?? {}),
      ],
    },
  );
}

async function storedRaw(page: Page, key = WERKBLAD_STORAGE_KEY): Promise<string | null> {
  return storedText(page, key);
}

interface StoredWerkblad {
  worksheets: Worksheet[];
  deleted: Record<string, string>;
  plan: Plan;
}

async function storedDoc(page: Page): Promise<StoredWerkblad> {
  return storedDocument(page, werkbladTool);
}

async function storedScans(page: Page): Promise<ScanDocument> {
  return storedDocument(page, scanTool);
}

/** The worksheet id in the address (#werkblad/<id>). */
function routeId(page: Page): string {
  const match = /#werkblad\/([a-z0-9]+)$/.exec(page.url());
  if (!match?.[1]) throw new Error(`No worksheet in the address ${page.url()}`);
  return match[1];
}

interface Card {
  title: string;
  meta: string;
  progress: string;
}

/** The worksheet cards on the list. */
async function listCards(page: Page): Promise<Card[]> {
  return page.locator('.werkblad').evaluate((root) =>
    [...root.querySelectorAll('li')]
      .filter((item) => item.querySelector('h3'))
      .map((item) => ({
        title: (item.querySelector('h3')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        meta: (item.querySelector('h3 + p')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        progress: (item.querySelector('h3 + p + p')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
  );
}

const cardTitles = async (page: Page) => (await listCards(page)).map((card) => card.title);
const answerField = (page: Page, n: number) => page.getByLabel(format(W.worksheet.answerLabel, { n }), { exact: true });
const statusRadio = (page: Page, status: Status) => page.getByRole('radio', { name: W.statuses[status], exact: true });
/** A partner's checkbox: its label, and for this site's additions the label that says so. */
const partnerBox = (page: Page, id: string) => {
  const addition = partners.find((partner) => partner.id === id)?.addition;
  return page.getByRole('checkbox', {
    name: addition ? `${partnerLabel(id)} ${W.worksheet.partnerAddition}` : partnerLabel(id),
    exact: true,
  });
};
const actionGroup = (page: Page, n: number) => page.getByRole('group', { name: format(W.worksheet.action, { n }), exact: true });
const actionField = (page: Page, n: number, field: 'what' | 'who' | 'when') =>
  actionGroup(page, n).getByLabel(W.worksheet[field], { exact: true });
const toolNav = (page: Page) => page.getByRole('navigation', { name: W.nav.label, exact: true });
const liveRegion = (page: Page) => page.locator('.werkblad [aria-live="polite"]');
const actionsFor = (page: Page, title: string) => page.getByRole('group', { name: format(W.list.actionsFor, { title }), exact: true });
const programmeRegion = (page: Page) => page.getByRole('region', { name: W.create.programmeHeading, exact: true });
const importErrorBox = (page: Page) =>
  page.getByRole('alert').filter({ has: page.getByRole('heading', { name: W.import.errorTitle, exact: true }) });

async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '(body)';
    return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
  });
}

/** Prints the page to an A4 PDF and returns the text of each page (pdftotext, form feeds). */
async function printedPages(page: Page, dir: string, name: string): Promise<string[]> {
  if (!existsSync(pdftotext)) throw new Error(`${pdftotext} not found. Install poppler-utils to run the print tests.`);
  const file = join(dir, name);
  await writeFile(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync(pdftotext, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFKC');
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** A printed page without its running head (`head`: print-frame.ts) and its foot. */
function withoutHead(text: string, head: string): string {
  return sheetLines(text, head).join('\n');
}

/** Text of unique words: "<marker>w01 <marker>w02 …", about `length` characters, ending in "<marker>einde". */
function markedText(marker: string, length: number): string {
  let text = `${marker}begin`;
  for (let word = 1; text.length < length - marker.length - 7; word += 1) text += ` ${marker}w${String(word).padStart(2, '0')}`;
  return `${text} ${marker}einde`;
}

/**
 * True when the words of `expected` that carry `marker` appear in `printed` in the same order
 * and complete. Table cells make pdftotext interleave lines of neighbouring cells, so a cell's
 * text is checked by its own words rather than as one string.
 */
function printedInFull(printed: string, expected: string, marker: string): string | null {
  const own = (list: string[]) => list.filter((word) => word.startsWith(marker));
  const want = own(expected.split(/\s+/));
  const all = printed.split(/\s+/);
  const start = all.indexOf(want[0]!);
  const got = start === -1 ? [] : own(all.slice(start)).slice(0, want.length);
  return got.join(' ') === want.join(' ') ? null : `${marker}: printed ${got.length} of ${want.length} words in order`;
}

/** Paragraphs of the werkblad page outside the tool (the page's intro). */
async function pageIntro(page: Page): Promise<string[]> {
  const texts = await page.$$eval('.content > :not(.tool)', (elements) =>
    elements.map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((text) => text.length > 40),
  );
  expect(texts.length, 'the werkblad page has an intro outside the tool').toBeGreaterThan(0);
  return texts;
}

/** On /schoolscan/: starts a scan through the form and waits for its rating view. */
async function createScanByUi(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: `${S.list.newScan}: ${S.list.alone}`, exact: true }).click();
  await viewHeading(page, S.views.create).waitFor();
  await fillNewScan(page, { title });
  await page.getByRole('button', { name: S.details.start, exact: true }).click();
  await viewHeading(page, title).waitFor();
}

const scanRatingRadio = (page: Page, id: string, rating: Rating) =>
  page.getByRole('group', { name: domainLabel(id), exact: true }).getByRole('radio', { name: S.rating.options[rating], exact: true });

// ---------------------------------------------------------------------------------------------

describe('werkblad: making worksheets', () => {
  it('1. from a scan made in the schoolscan: one worksheet per chosen type, with the concern domains it answers; doing it again adds nothing and says so', async () => {
    await withSession({}, async ({ page }) => {
      const scanTitle = 'Scan voor het werkblad, groep 6';
      const ratings: Record<string, Rating> = { aanwezigheid: 'grote', energie: 'enige', concentratie: 'enige', motivatie: 'geen' };
      const chosen = ['klassenmanagement', 'mindfulness'];

      await openTool(page, '', S.views.list, SCAN_TOOL);
      await createScanByUi(page, scanTitle);
      for (const [id, rating] of Object.entries(ratings)) await scanRatingRadio(page, id, rating).check();
      await page.getByRole('link', { name: S.nav.toResult, exact: true }).last().click();
      await viewHeading(page, `${S.views.result}: ${scanTitle}`).waitFor();
      for (const id of chosen) {
        await page
          .getByRole('checkbox', { name: typeTitle(id), exact: true })
          .first()
          .check();
      }
      const scan = (await storedScans(page)).scans.find((item) => item.title === scanTitle);
      expect(scan?.chosen, 'types chosen in the scan').toEqual(chosen);

      await openTool(page);
      await page.getByRole('link', { name: W.list.newWorksheet, exact: true }).click();
      await viewHeading(page, W.views.create).waitFor();
      const option = format(W.create.scanOption, {
        title: scanTitle,
        date: formatDay(scan!.date),
        chosen: plural(2, W.create.chosenCount),
      });
      await page.getByRole('radio', { name: option, exact: true }).check();
      await page.getByRole('button', { name: W.create.fromScanButton, exact: true }).click();
      await viewHeading(page, W.views.list).waitFor();

      // Both worksheets share one creation time, so the list order is not asserted.
      const cards = await listCards(page);
      expect(cards.map((card) => card.title).sort(), 'worksheets on the list').toEqual(chosen.map(typeTitle).sort());
      for (const card of cards) expect(card.meta, `meta of ${card.title}`).toContain(format(W.list.fromScan, { title: scanTitle }));
      await expect
        .poll(() => liveRegion(page).textContent(), { message: 'the creation is announced' })
        .toBe(format(plural(2, W.create.fromScanDone), { title: scanTitle }));
      const stored = await storedDoc(page);
      expect(
        stored.worksheets
          .map((sheet) => [sheet.typeId, sheet.scanId, sheet.domains])
          .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
        'stored worksheets: type, scan and concern domains',
      ).toEqual(chosen.map((id) => [id, scan!.id, concernDomainsFor(ratings, id)]));

      for (const id of chosen) {
        await page.getByRole('link', { name: typeTitle(id), exact: true }).click();
        await viewHeading(page, typeTitle(id)).waitFor();
        const labels = concernDomainsFor(ratings, id).map(domainLabel);
        expect(labels.length, `${id} answers at least one concern domain`).toBeGreaterThan(0);
        const line = `${format(W.worksheet.fromScan, { title: scanTitle })} ${W.worksheet.domains} ${labels.join(', ')}.`;
        const shown = await page.locator('.worksheet > p').allTextContents();
        expect(shown.map(collapse), `the scan line of ${id}`).toContain(line);
        await toolNav(page).getByRole('link', { name: W.nav.backToList, exact: true }).click();
        await viewHeading(page, W.views.list).waitFor();
      }

      // The same scan again: nothing new, and a message that says so.
      await page.getByRole('link', { name: W.list.newWorksheet, exact: true }).click();
      await viewHeading(page, W.views.create).waitFor();
      await page.getByRole('radio', { name: option, exact: true }).check();
      const rawBefore = await storedRaw(page);
      await page.getByRole('button', { name: W.create.fromScanButton, exact: true }).click();
      const nothing = page.getByRole('status').filter({ hasText: format(W.create.fromScanNothing, { title: scanTitle }) });
      await nothing.waitFor();
      expect(page.url(), 'stays on the new-worksheet view').toMatch(/#nieuw$/);
      expect(await storedRaw(page), 'nothing was stored').toBe(rawBefore);
      await openTool(page);
      expect((await cardTitles(page)).sort(), 'still two worksheets').toEqual(chosen.map(typeTitle).sort());
    });
  });

  it('2. answering: answers, partners, actions by keyboard, status by arrow keys, progress on the sheet and the list, all back after a reload; hints with working source links', async () => {
    await withSession({}, async ({ page }) => {
      const sheet = makeWorksheet({ title: typeTitle('conflicthantering'), typeId: 'conflicthantering' });
      await seedStorage(page, { werkblad: storedWerkbladText([sheet]) });
      await openTool(page);
      await page.getByRole('link', { name: sheet.title, exact: true }).click();
      await viewHeading(page, sheet.title).waitFor();
      expect(routeId(page)).toBe(sheet.id);

      const answer1 = 'We koppelen de lessen aan het mentoruur op maandag.';
      const answer3 = 'Iedereen gebruikt dezelfde afspraken; ouders krijgen een nieuwsbrief.';
      await answerField(page, 1).click();
      await page.keyboard.type(answer1);
      await answerField(page, 3).click();
      await page.keyboard.type(answer3);
      await partnerBox(page, 'gemeente').check();
      await partnerBox(page, 'ouders').check();

      // Actions by keyboard: "Actie toevoegen" puts focus in the new action's "Wat".
      const actions = [
        { what: 'Teamvergadering over de aanpak', who: 'Intern begeleider', when: 'Week 12' },
        { what: 'Ouderavond organiseren', who: 'Directie', when: 'April' },
      ];
      const addButton = page.getByRole('button', { name: W.worksheet.addAction, exact: true });
      await addButton.focus();
      for (const [index, action] of actions.entries()) {
        const n = index + 1;
        await page.keyboard.press('Enter');
        await expect
          .poll(async () => isFocused(actionField(page, n, 'what')), {
            message: `"${W.worksheet.what}" of action ${n} takes focus (focus on ${await describeFocus(page)})`,
          })
          .toBe(true);
        await page.keyboard.type(action.what);
        await page.keyboard.press('Tab');
        expect(await isFocused(actionField(page, n, 'who')), `Tab reaches "${W.worksheet.who}" of action ${n}`).toBe(true);
        await page.keyboard.type(action.who);
        await page.keyboard.press('Tab');
        expect(await isFocused(actionField(page, n, 'when')), `Tab reaches "${W.worksheet.when}" of action ${n}`).toBe(true);
        await page.keyboard.type(action.when);
        await page.keyboard.press('Tab');
        expect(await isFocused(page.getByRole('button', { name: format(W.worksheet.removeAction, { n }), exact: true }))).toBe(true);
        await page.keyboard.press('Tab');
        expect(await isFocused(addButton), `Tab reaches "${W.worksheet.addAction}" again`).toBe(true);
      }

      // Status with the arrow keys.
      await statusRadio(page, 'idee').focus();
      await page.keyboard.press('ArrowRight');
      expect(await statusRadio(page, 'gepland').isChecked(), `"${W.statuses.gepland}" after ArrowRight`).toBe(true);
      expect(await isFocused(statusRadio(page, 'gepland'))).toBe(true);

      const progressLine = `${format(W.worksheet.progress, { answered: 2, total: 5 })}. ${format(W.worksheet.openQuestions, { questions: '2, 4, 5' })}`;
      expect(progressLine).toContain('2 van 5 vragen beantwoord');
      expect(progressLine).toContain('Nog open: 2, 4, 5');
      const progress = page.locator('.worksheet .tool-progress');
      expect(collapse((await progress.textContent()) ?? ''), 'progress on the worksheet').toBe(progressLine);

      const expectedStored = {
        answers: { [questions[0]!.id]: answer1, [questions[2]!.id]: answer3 },
        partners: ['gemeente', 'ouders'],
        actions: actions,
        status: 'gepland',
      };
      const storedNow = async () => {
        const stored = (await storedDoc(page)).worksheets.find((item) => item.id === sheet.id)!;
        return {
          answers: Object.fromEntries(Object.entries(stored.answers).filter(([, value]) => value !== '')),
          partners: stored.partners,
          actions: stored.actions.map(({ what, who, when }) => ({ what, who, when })),
          status: stored.status,
        };
      };
      expect(await storedNow(), 'stored as typed').toEqual(expectedStored);

      // The list shows the progress too.
      await toolNav(page).getByRole('link', { name: W.nav.backToList, exact: true }).click();
      await viewHeading(page, W.views.list).waitFor();
      const [card] = await listCards(page);
      expect(card?.progress, 'progress on the list').toBe(
        `${format(W.list.progress, { answered: 2, total: 5 })}. ${format(W.list.open, { questions: [2, 4, 5].map((n) => format(W.list.questionNumber, { n })).join(', ') })}`,
      );
      expect(card?.meta).toContain(format(W.list.status, { status: W.statuses.gepland }));
      expect(await page.getByText(format(W.list.totalProgress, { answered: 2, total: 5 }), { exact: true }).isVisible()).toBe(true);

      // Reload on the worksheet: everything is back.
      await page.getByRole('link', { name: sheet.title, exact: true }).click();
      await viewHeading(page, sheet.title).waitFor();
      await page.reload();
      await viewHeading(page, sheet.title).waitFor();
      expect(await answerField(page, 1).inputValue()).toBe(answer1);
      expect(await answerField(page, 2).inputValue()).toBe('');
      expect(await answerField(page, 3).inputValue()).toBe(answer3);
      for (const partner of partners) {
        expect(await partnerBox(page, partner.id).isChecked(), `partner ${partner.id} after a reload`).toBe(
          ['gemeente', 'ouders'].includes(partner.id),
        );
      }
      for (const [index, action] of actions.entries()) {
        for (const field of ['what', 'who', 'when'] as const) {
          expect(await actionField(page, index + 1, field).inputValue(), `action ${index + 1} ${field} after a reload`).toBe(action[field]);
        }
      }
      expect(await statusRadio(page, 'gepland').isChecked(), 'status after a reload').toBe(true);
      expect(collapse((await progress.textContent()) ?? ''), 'progress after a reload').toBe(progressLine);

      // Remove the first action: the second stays (and is now "Actie 1").
      await page.getByRole('button', { name: format(W.worksheet.removeAction, { n: 1 }), exact: true }).click();
      await expect.poll(() => actionGroup(page, 2).count(), { message: 'one action group left' }).toBe(0);
      expect(await actionField(page, 1, 'what').inputValue()).toBe(actions[1]!.what);
      expect(await actionField(page, 1, 'who').inputValue()).toBe(actions[1]!.who);
      expect(await actionField(page, 1, 'when').inputValue()).toBe(actions[1]!.when);
      expect((await storedNow()).actions, 'stored actions after removing one').toEqual([actions[1]]);
      expect(await isFocused(addButton), `focus goes to "${W.worksheet.addAction}"`).toBe(true);

      // Every hint under the questions, visible, with a source link to an existing guidance page.
      const problems: string[] = [];
      for (const question of questions) {
        const block = page.locator(`#vraag-${question.id}`);
        expect(collapse((await block.getByRole('heading', { level: 4 }).textContent()) ?? '')).toBe(
          `${format(W.worksheet.question, { n: questions.indexOf(question) + 1 })}. ${question.text}`,
        );
        const quotes = block.locator('blockquote');
        expect(await quotes.count(), `hints under ${question.id}`).toBe(question.hints.length);
        for (const [index, hint] of question.hints.entries()) {
          const quote = quotes.nth(index);
          if (!(await quote.isVisible())) problems.push(`${question.id}: hint ${index + 1} is not visible`);
          const shown = collapse((await quote.locator('p').first().textContent()) ?? '');
          if (shown !== hint.quote) problems.push(`${question.id}: hint ${index + 1} reads "${shown}"`);
          const link = quote.getByRole('link');
          const href = (await link.getAttribute('href')) ?? '';
          const target = new URL(href, page.url());
          if (target.origin !== requireServer().origin) {
            problems.push(`${question.id}: hint ${index + 1} links off the site: ${href}`);
            continue;
          }
          const response = await fetch(target.href);
          const html = await response.text();
          if (response.status !== 200) {
            problems.push(`${question.id}: hint ${index + 1} links to ${href}, which answers ${response.status}`);
            continue;
          }
          if (target.pathname !== `/${hint.page}/`)
            problems.push(`${question.id}: hint ${index + 1} links to ${target.pathname}, not /${hint.page}/`);
          const h1 =
            /<h1[^>]*>([\s\S]*?)<\/h1>/
              .exec(html)?.[1]
              ?.replace(/<[^>]+>/g, '')
              .trim() ?? '';
          const linkText = collapse((await link.textContent()) ?? '');
          if (linkText !== format(W.worksheet.hintSource, { page: h1 }))
            problems.push(`${question.id}: link "${linkText}" for a page titled "${h1}"`);
          if (!words(html.replace(/<[^>]+>/g, ' ').replace(/&#39;|&apos;|&rsquo;/g, "'")).includes(words(hint.quote))) {
            problems.push(`${question.id}: the quote of hint ${index + 1} is not on ${target.pathname}`);
          }
        }
      }
      expect(problems, 'hints and their sources').toEqual([]);
    });
  });

  it('3. "Zet op het werkblad" on a type page: the question for that type, the address becomes #nieuw/type/<id>, "Werkblad maken" opens it; a second visit lists the existing worksheet', async () => {
    await withSession({}, async ({ page }) => {
      const typePage = '/interventietypen/veerkracht/';
      const title = typeTitle('veerkracht');
      const response = await page.goto(siteUrl(typePage));
      expect(response?.status()).toBe(200);
      await page.getByRole('link', { name: 'Zet op het werkblad', exact: true }).click();
      await viewHeading(page, W.views.createType).waitFor();
      // The view loads when it is opened: wait for it, not only for its heading.
      await page.getByText(format(W.create.forType, { title }), { exact: true }).waitFor();
      expect(format(W.create.forType, { title })).toBe('Een werkblad maken voor ‘Veerkracht’?');
      expect(page.url(), 'the address after the link').toBe(siteUrl(`${TOOL}#nieuw/type/veerkracht`));
      expect(page.url()).not.toContain('?type=');
      expect(await page.getByText(plural(1, W.create.existing)).count(), 'no existing worksheet yet').toBe(0);

      await page.getByRole('button', { name: W.create.typeButton, exact: true }).click();
      await viewHeading(page, title).waitFor();
      const id = routeId(page);
      const stored = await storedDoc(page);
      expect(stored.worksheets.map((sheet) => ({ id: sheet.id, title: sheet.title, typeId: sheet.typeId, scanId: sheet.scanId }))).toEqual([
        { id, title, typeId: 'veerkracht', scanId: null },
      ]);

      // Back to the type page through the link on the worksheet, and the same link again.
      await page.locator('.worksheet .tool-card__meta').getByRole('link', { name: title, exact: true }).click();
      await page.waitForURL(siteUrl(typePage));
      await page.getByRole('link', { name: 'Zet op het werkblad', exact: true }).click();
      await viewHeading(page, W.views.createType).waitFor();
      expect(page.url()).toBe(siteUrl(`${TOOL}#nieuw/type/veerkracht`));
      await page.getByText(plural(1, W.create.existing), { exact: true }).waitFor();
      const link = page.locator('.new-worksheet ul').getByRole('link', { name: title, exact: true });
      expect(await link.getAttribute('href')).toBe(`#werkblad/${id}`);
      await link.click();
      await viewHeading(page, title).waitFor();
      expect(routeId(page)).toBe(id);
      expect((await storedDoc(page)).worksheets.length, 'no second worksheet was made').toBe(1);
    });
  });

  it('4. a named programme: an empty name gives the error summary with focus and a link to the field; "Kanjertraining" makes a worksheet of kind "Programma"', async () => {
    await withSession({}, async ({ page }) => {
      await openTool(page, '#nieuw', W.views.create);
      const region = programmeRegion(page);
      await region.getByRole('button', { name: W.create.programmeButton, exact: true }).click();
      const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: W.create.summaryTitle, exact: true }) });
      await summary.waitFor();
      await expect.poll(() => isFocused(summary), { message: 'the error summary has focus' }).toBe(true);
      const field = page.getByLabel(W.create.programmeLabel, { exact: true });
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await storedRaw(page), 'nothing stored').toBeNull();

      await summary.getByRole('link', { name: W.create.programmeMissing, exact: true }).click();
      await expect.poll(() => isFocused(field), { message: 'the summary link focuses the name field' }).toBe(true);
      await page.keyboard.type('Kanjertraining');
      await page.keyboard.press('Enter');
      await viewHeading(page, 'Kanjertraining').waitFor();
      expect(collapse((await page.locator('.worksheet .tool-card__meta').textContent()) ?? '')).toBe(W.worksheet.kindProgramme);
      expect((await storedDoc(page)).worksheets.map((sheet) => ({ title: sheet.title, typeId: sheet.typeId }))).toEqual([
        { title: 'Kanjertraining', typeId: null },
      ]);
      await toolNav(page).getByRole('link', { name: W.nav.backToList, exact: true }).click();
      await viewHeading(page, W.views.list).waitFor();
      const cards = await listCards(page);
      expect(cards.map((card) => card.title)).toEqual(['Kanjertraining']);
      expect(cards[0]?.meta.startsWith(`${W.list.programme} ·`), `meta "${cards[0]?.meta}"`).toBe(true);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Worksheets with long answers, for the print tests.

function filledWorksheet(
  marker: string,
  spec: { title: string; typeId: string | null; scanId?: string | null; domains?: string[]; createdAt?: string },
) {
  const answers = Object.fromEntries(questions.map((question, index) => [question.id, markedText(`${marker}V${index + 1}`, 400)]));
  const actions = [1, 2].map((n) => ({
    what: markedText(`${marker}A${n}wat`, 160),
    who: markedText(`${marker}A${n}wie`, 40),
    when: markedText(`${marker}A${n}wnr`, 30),
  }));
  return makeWorksheet({ ...spec, answers, partners: ['schoolbestuur', 'jeugdhulp'], actions, status: 'loopt' });
}

describe('werkblad: plan van aanpak and print', () => {
  it('5. the plan prints a title page with school and date, then the scan summary, then every worksheet on a new page with every answer and action in full', async () => {
    await withTempDir('werkblad-plan-', async (dir) => {
      await withSession({}, async ({ page }) => {
        const ratings: Record<string, Rating> = {
          aanwezigheid: 'grote',
          energie: 'enige',
          concentratie: 'geen',
          motivatie: 'grote',
          'omgaan-met-emoties': 'onbekend',
        };
        const scan = makeScan(catalogue, {
          title: 'Planscan onderbouw',
          date: '2027-01-20',
          ratings,
          chosen: ['klassenmanagement', 'stressmanagement'],
        });
        const sheets = [
          filledWorksheet('Pa', {
            title: typeTitle('klassenmanagement'),
            typeId: 'klassenmanagement',
            scanId: scan.id,
            domains: ['aanwezigheid', 'motivatie'],
            createdAt: '2027-01-21T09:00:00.000Z',
          }),
          filledWorksheet('Pb', {
            title: typeTitle('stressmanagement'),
            typeId: 'stressmanagement',
            scanId: scan.id,
            domains: ['energie'],
            createdAt: '2027-01-21T09:05:00.000Z',
          }),
        ];
        for (const sheet of sheets) for (const answer of Object.values(sheet.answers)) expect(answer.length).toBeGreaterThanOrEqual(390);
        await seedStorage(page, { werkblad: storedWerkbladText(sheets), scans: storedDocumentText([scan]) });
        await openTool(page);
        await page.getByRole('link', { name: W.list.plan, exact: true }).click();
        await viewHeading(page, W.views.plan).waitFor();

        const school = 'OBS De Regenboog Teststad';
        await page.getByLabel(W.plan.school, { exact: true }).fill(school);
        await page.getByLabel(W.plan.date, { exact: true }).fill('2027-03-15');
        await expect
          .poll(async () => (await storedDoc(page)).plan, { message: 'the plan details are stored' })
          .toMatchObject({ school, date: '2027-03-15' });
        const intro = await pageIntro(page);

        const pages = await printedPages(page, dir, 'plan.pdf');
        const head = printFrame('document', { name: W.plan.title, detail: school }).head;
        const all = pages.join('\n');
        expect(pages.length, 'pages: title with scan summary + one per worksheet at least').toBeGreaterThanOrEqual(1 + sheets.length);

        // Title page.
        const first = collapse(pages[0] ?? '');
        expect(first, 'school on the title page').toContain(school);
        expect(first, 'date on the title page').toContain(formatDay('2027-03-15'));
        expect(first).toContain(W.plan.title);
        // Not the page's intro, the plan's intro, the privacy notice, the form or buttons.
        const absent = [
          ...intro.map((text) => text.slice(0, 50)),
          W.plan.intro.slice(0, 50),
          W.privacy.slice(0, 50),
          W.plan.detailsLegend,
          W.plan.schoolHint,
          W.plan.print,
          W.nav.backToList,
        ];
        for (const text of absent) expect(collapse(all), `"${text}" must not be printed`).not.toContain(text);

        // After the title, on the first page: the scan summary, up to the first worksheet's page.
        const firstSheet = pages.findIndex(
          (text, number) => number > 0 && squeeze(text).includes(squeeze(sheets[0]!.answers[questions[0]!.id]!.slice(0, 40))),
        );
        const second = pages.slice(0, firstSheet === -1 ? 1 : firstSheet).join('\n');
        const contents = squeeze(first).indexOf(squeeze(W.plan.contents));
        expect(contents, `"${W.plan.contents}" on the first page`).toBeGreaterThan(-1);
        expect(
          squeeze(first).indexOf(squeeze(W.plan.scanSummary), contents + squeeze(W.plan.contents).length + 1),
          `"${W.plan.scanSummary}" follows the contents on the first page: ${first.slice(0, 200)}`,
        ).toBeGreaterThan(contents);
        expect(squeeze(second)).toContain(squeeze(scan.title));
        // The profile is a table: pdftotext interleaves a label that wraps with the rating cell
        // beside it, so the rating texts are taken out before looking for each label.
        const ratingTexts = [...Object.values(S.rating.options), S.result.noRating];
        const labelsOnly = squeeze(ratingTexts.reduce((text, rating) => text.split(rating).join(' '), second));
        const missingDomains = domains.filter((domain) => !labelsOnly.includes(squeeze(domain.label))).map((domain) => domain.id);
        expect(missingDomains, 'domains missing from the scan summary').toEqual([]);
        expect(squeeze(second)).toContain(squeeze(W.profile.priorities));
        for (const id of ['aanwezigheid', 'motivatie', 'energie']) {
          const line = `${domainLabel(id)}: ${S.rating.options[ratings[id]!].toLowerCase()}`;
          expect(squeeze(second), `priority "${line}"`).toContain(squeeze(line));
        }

        // Each worksheet starts a new page, in order, with its answers and actions in full.
        let previous = 0;
        const incomplete: string[] = [];
        for (const [index, sheet] of sheets.entries()) {
          const start = pages.findIndex(
            (text, number) => number > previous && squeeze(withoutHead(text, head)).startsWith(squeeze(sheet.title)),
          );
          expect(start, `worksheet "${sheet.title}" starts a page after page ${previous + 1}`).toBeGreaterThan(previous);
          previous = start;
          const next = sheets[index + 1];
          const end = next
            ? pages.findIndex((text, number) => number > start && squeeze(withoutHead(text, head)).startsWith(squeeze(next.title)))
            : pages.length;
          const own = pages.slice(start, end === -1 ? pages.length : end).join('\n');
          for (const [id, answer] of Object.entries(sheet.answers)) {
            if (!squeeze(own).includes(squeeze(answer))) incomplete.push(`${sheet.title}: answer ${id} not printed in full`);
          }
          for (const action of sheet.actions) {
            for (const field of ['what', 'who', 'when'] as const) {
              const problem = printedInFull(own, action[field], action[field].split('begin')[0]!);
              if (problem) incomplete.push(`${sheet.title}: ${problem}`);
            }
          }
        }
        expect(incomplete, 'answers and actions printed in full').toEqual([]);
      });
    });
  });

  it('6. printing one worksheet gives every answer in full and the actions, without the form, buttons or privacy notice', async () => {
    await withTempDir('werkblad-print-', async (dir) => {
      await withSession({}, async ({ page }) => {
        const sheet = filledWorksheet('Pw', { title: 'Kanjertraining', typeId: null });
        await seedStorage(page, { werkblad: storedWerkbladText([sheet]) });
        await openTool(page, `#werkblad/${sheet.id}`, sheet.title);
        const intro = await pageIntro(page);
        const pages = await printedPages(page, dir, 'werkblad.pdf');
        const all = pages.join('\n');
        const incomplete: string[] = [];
        for (const [id, answer] of Object.entries(sheet.answers)) {
          if (!squeeze(all).includes(squeeze(answer))) incomplete.push(`answer ${id} not printed in full`);
        }
        for (const action of sheet.actions) {
          for (const field of ['what', 'who', 'when'] as const) {
            const problem = printedInFull(all, action[field], action[field].split('begin')[0]!);
            if (problem) incomplete.push(problem);
          }
        }
        expect(incomplete, 'answers and actions printed in full').toEqual([]);
        for (const text of [
          sheet.title,
          W.statuses.loopt,
          partnerLabel('schoolbestuur'),
          partnerLabel('jeugdhulp'),
          ...questions.map((question) => question.text),
        ]) {
          expect(squeeze(all), `"${text}" printed`).toContain(squeeze(text));
        }
        const absent = [
          ...intro.map((text) => text.slice(0, 50)),
          W.privacy.slice(0, 50),
          format(W.worksheet.answerLabel, { n: 1 }),
          // (Not hintsLabel: the first page's block names the source with the same words.)
          questions[0]!.hints[0]!.quote.slice(0, 50),
          W.worksheet.titleLabel,
          W.worksheet.addAction,
          format(W.worksheet.removeAction, { n: 1 }),
          W.worksheet.print,
          W.nav.backToList,
          W.worksheet.partnersIntro,
        ];
        for (const text of absent) expect(collapse(all), `"${text}" must not be printed`).not.toContain(text);
      });
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('werkblad: export and import', () => {
  it('7. JSON export equals the stored worksheets, CSV export has one row per filled action; importing the JSON elsewhere adds them under new ids, twice without replacing', async () => {
    const scan = makeScan(catalogue, { title: 'Exportscan', ratings: { energie: 'grote' }, chosen: ['stressmanagement'] });
    const sheets = [
      makeWorksheet({
        title: typeTitle('stressmanagement'),
        typeId: 'stressmanagement',
        scanId: scan.id,
        domains: ['energie'],
        answers: { [questions[0]!.id]: 'Antwoord op vraag 1', [questions[4]!.id]: 'Antwoord op vraag 5' },
        partners: ['gemeente'],
        actions: [
          { what: 'Training voor het team', who: 'Zorgcoördinator', when: 'Maart' },
          { what: '', who: '', when: '' },
          { what: 'Evaluatie; met "ouders"', who: 'Mentor', when: 'Juni' },
        ],
        status: 'gepland',
        createdAt: '2027-01-01T10:00:00.000Z',
      }),
      makeWorksheet({
        title: 'Kanjertraining',
        typeId: null,
        actions: [{ what: 'Licentie aanvragen', who: '', when: 'Februari' }],
        status: 'idee',
        createdAt: '2027-01-02T10:00:00.000Z',
      }),
    ];
    const plan: Plan = { school: 'Exportschool', date: '2027-02-01', scanId: null, updatedAt: '2027-01-03T10:00:00.000Z' };

    const jsonText = await withSession({ acceptDownloads: true }, async ({ page }) => {
      await seedStorage(page, { werkblad: storedWerkbladText(sheets, plan), scans: storedDocumentText([scan]) });
      await openTool(page);
      const stored = await storedDoc(page);
      expect(stored.worksheets).toEqual(sheets);
      const today = await browserToday(page);

      const [json] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: W.list.exportJson, exact: true }).click(),
      ]);
      expect(json.suggestedFilename()).toBe(`werkblad-${today}.json`);
      const text = await downloadText(json);
      const file = JSON.parse(text) as { format: string; version: number; exportedAt: string; worksheets: Worksheet[]; plan: Plan };
      expect(file.format).toBe('welbevinden-werkblad');
      expect(file.version).toBe(1);
      expect(Number.isNaN(Date.parse(file.exportedAt))).toBe(false);
      expect(file.worksheets, 'the exported worksheets are the stored ones').toEqual(stored.worksheets);
      expect(file.plan).toEqual(stored.plan);

      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: W.list.exportCsv, exact: true }).click(),
      ]);
      expect(csv.suggestedFilename()).toBe(`acties-${today}.csv`);
      const csvText = await downloadText(csv);
      expect(csvText.startsWith('\uFEFF'), 'the CSV starts with a UTF-8 byte order mark').toBe(true);
      const lines = csvText
        .slice(1)
        .split('\r\n')
        .filter((line) => line !== '');
      expect(lines, 'header plus one row per filled action').toEqual([
        W.csvHeaders.join(';'),
        [sheets[0]!.title, 'Training voor het team', 'Zorgcoördinator', 'Maart', W.statuses.gepland].join(';'),
        [sheets[0]!.title, '"Evaluatie; met ""ouders"""', 'Mentor', 'Juni', W.statuses.gepland].join(';'),
        ['Kanjertraining', 'Licentie aanvragen', '', 'Februari', W.statuses.idee].join(';'),
      ]);
      return text;
    });

    await withSession({}, async ({ page }) => {
      await openTool(page);
      expect(await page.getByText(W.list.empty, { exact: true }).isVisible(), 'a fresh context starts empty').toBe(true);
      const input = page.getByLabel(W.import.label, { exact: true });
      const strip = (sheet: Worksheet) => ({ ...sheet, id: '', createdAt: '', updatedAt: '' });

      await input.setInputFiles({ name: 'werkblad-export.json', mimeType: 'application/json', buffer: Buffer.from(jsonText) });
      const byTitle = <T extends { title: string }>(list: T[]) => [...list].sort((a, b) => a.title.localeCompare(b.title));
      await expect
        .poll(async () => (await cardTitles(page)).sort(), { message: 'worksheets after the first import' })
        .toEqual(sheets.map((sheet) => sheet.title).sort());
      expect(await importErrorBox(page).count(), 'no import error').toBe(0);
      const once = (await storedDoc(page)).worksheets;
      expect(byTitle(once.map(strip)), 'imported worksheets keep their content').toEqual(byTitle(sheets.map(strip)));
      for (const sheet of once)
        expect(
          sheets.map((original) => original.id),
          'imported under a new id',
        ).not.toContain(sheet.id);

      await input.setInputFiles({ name: 'werkblad-export.json', mimeType: 'application/json', buffer: Buffer.from(jsonText) });
      await expect.poll(async () => (await cardTitles(page)).length, { message: 'worksheets after the second import' }).toBe(4);
      const twice = (await storedDoc(page)).worksheets;
      for (const sheet of once)
        expect(
          twice.find((item) => item.id === sheet.id),
          `${sheet.title} from the first import is unchanged`,
        ).toEqual(sheet);
      expect(new Set(twice.map((sheet) => sheet.id)).size, 'four different ids').toBe(4);
      expect(byTitle(twice.map(strip))).toEqual(byTitle([...sheets, ...sheets].map(strip)));
    });
  });

  it('8. broken imports: each shows "Het bestand kon niet worden toegevoegd" with its own message, takes focus and leaves the stored worksheets byte for byte unchanged', async () => {
    await withSession({}, async ({ page }) => {
      const existing = makeWorksheet({ title: 'Bestaand werkblad', typeId: 'veerkracht', answers: { [questions[0]!.id]: 'Al ingevuld' } });
      await seedStorage(page, { werkblad: storedWerkbladText([existing]) });
      await openTool(page);
      const rawBefore = await storedRaw(page);
      expect(rawBefore).not.toBeNull();

      const valid = JSON.parse(werkbladFileText([makeWorksheet({ title: 'Geldig', typeId: 'veerkracht' })])) as Record<string, unknown>;
      const message = (code: keyof typeof W.import.errors, file: string, values: Record<string, string | number> = {}) =>
        format(W.import.errors[code], { file: quoted(file), limit: MAX_IMPORT_LABEL, ...values });
      const cases: { label: string; name: string; body: Buffer; expected: string; words?: string[] }[] = [
        {
          label: 'not JSON',
          name: 'geen-json.json',
          body: Buffer.from('Dit is tekst, { geen JSON'),
          expected: message('not-json', 'geen-json.json'),
        },
        {
          label: 'a schoolscan file',
          name: 'schoolscan.json',
          body: Buffer.from(scanFileText(makeScan(catalogue, { title: 'Een scan' }))),
          expected: message('not-a-werkblad', 'schoolscan.json'),
          words: ['geen werkblad'],
        },
        {
          label: 'version 99',
          name: 'toekomst.json',
          body: Buffer.from(JSON.stringify({ ...valid, version: 99 })),
          expected: message('newer-version', 'toekomst.json', { version: 99 }),
          words: ['versie 99'],
        },
        {
          label: `over ${MAX_IMPORT_LABEL}`,
          name: 'groot.json',
          body: Buffer.from(JSON.stringify(valid).replace(/}$/, `${' '.repeat(MAX_IMPORT_BYTES)}}`)),
          expected: message('too-large', 'groot.json'),
          words: [`groter dan ${MAX_IMPORT_LABEL}`],
        },
        {
          label: 'unknown partner',
          name: 'vreemde-partner.json',
          body: Buffer.from(
            werkbladFileText([makeWorksheet({ title: 'Vreemd', typeId: 'veerkracht', partners: ['gemeente', 'onbekende-partner'] })]),
          ),
          expected: message('unknown-items', 'vreemde-partner.json', { ids: 'onbekende-partner' }),
          words: ['onbekende-partner'],
        },
        { label: 'empty', name: 'leeg.json', body: Buffer.alloc(0), expected: message('empty', 'leeg.json') },
        {
          label: 'zero worksheets',
          name: 'niets.json',
          body: Buffer.from(werkbladFileText([])),
          expected: message('no-worksheets', 'niets.json'),
        },
      ];

      const input = page.getByLabel(W.import.label, { exact: true });
      const errorBox = importErrorBox(page);
      const problems: string[] = [];
      for (const file of cases) {
        await input.focus();
        await chooseFile(input, file.name, file.body);
        try {
          await errorBox.waitFor();
          await expect.poll(() => errorBox.textContent()).toContain(quoted(file.name));
        } catch {
          problems.push(
            `${file.label}: no error box naming ${quoted(file.name)} (alerts: ${JSON.stringify(await page.getByRole('alert').allTextContents())})`,
          );
          continue;
        }
        const text = collapse((await errorBox.getByRole('listitem').textContent()) ?? '');
        if (text !== file.expected) problems.push(`${file.label}: message "${text}", expected "${file.expected}"`);
        for (const word of file.words ?? []) if (!text.includes(word)) problems.push(`${file.label}: message lacks "${word}": ${text}`);
        try {
          await expect.poll(() => isFocused(errorBox)).toBe(true);
        } catch {
          problems.push(`${file.label}: the error box does not have focus (focus on ${await describeFocus(page)})`);
        }
        if ((await storedRaw(page)) !== rawBefore) problems.push(`${file.label}: localStorage changed`);
        if ((await cardTitles(page)).join('|') !== existing.title) problems.push(`${file.label}: the list changed`);
      }
      expect(problems, 'broken imports').toEqual([]);
      expect(await storedRaw(page), 'stored worksheets at the end').toBe(rawBefore);
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('werkblad: the list, the linked scan and tabs', () => {
  it('9. the linked scan deleted in the schoolscan: worksheets stay, with "Scan niet op dit apparaat", the notice on the sheet and in the plan; delete a worksheet and undo', async () => {
    await withSession({}, async ({ page }) => {
      const ratings: Record<string, Rating> = { energie: 'grote', 'contact-leeftijdgenoten': 'enige' };
      const scan = makeScan(catalogue, { title: 'Scan die verdwijnt', ratings, chosen: ['stressmanagement', 'tegengaan-van-pesten'] });
      await seedStorage(page, { scans: storedDocumentText([scan]) });
      await openTool(page, '#nieuw', W.views.create);
      await page.getByRole('button', { name: W.create.fromScanButton, exact: true }).click();
      await viewHeading(page, W.views.list).waitFor();
      // Worksheets made together share one creation time; their order on the list is whatever it is.
      const titles = await cardTitles(page);
      expect([...titles].sort()).toEqual(scan.chosen.map(typeTitle).sort());
      for (const card of await listCards(page)) expect(card.meta).toContain(format(W.list.fromScan, { title: scan.title }));

      // Delete the scan in the schoolscan.
      await openTool(page, '', S.views.list, SCAN_TOOL);
      await page
        .getByRole('group', { name: format(S.list.actionsFor, { title: scan.title }), exact: true })
        .getByRole('button', { name: S.list.delete, exact: true })
        .click();
      await page
        .getByRole('group', { name: format(S.list.confirmDelete, { title: scan.title }), exact: true })
        .getByRole('button', { name: S.list.confirmDeleteYes, exact: true })
        .click();
      await page.getByText(format(S.list.deleted, { title: scan.title }), { exact: true }).waitFor();
      expect((await storedScans(page)).scans, 'the scan is gone').toEqual([]);

      await openTool(page);
      const cards = await listCards(page);
      expect(
        cards.map((card) => card.title),
        'the worksheets stay',
      ).toEqual(titles);
      for (const card of cards) {
        expect(card.meta, `${card.title}`).toContain(W.list.scanGone);
        expect(card.meta).not.toContain(format(W.list.fromScan, { title: scan.title }));
      }
      await page.getByRole('link', { name: titles[0]!, exact: true }).click();
      await viewHeading(page, titles[0]!).waitFor();
      await page.getByRole('status').filter({ hasText: W.worksheet.scanGone }).waitFor();
      await toolNav(page).getByRole('link', { name: W.nav.toPlan, exact: true }).click();
      await viewHeading(page, W.views.plan).waitFor();
      const summary = page.getByRole('region', { name: W.plan.scanSummary, exact: true });
      expect(collapse((await summary.textContent()) ?? '')).toContain(W.plan.scanMissing);
      expect(W.plan.scanMissing).toContain('staat niet (meer) op dit apparaat');

      // Delete a worksheet with confirmation, then undo.
      await openTool(page);
      const before = (await storedDoc(page)).worksheets.find((sheet) => sheet.title === titles[1])!;
      await actionsFor(page, titles[1]!).getByRole('button', { name: W.list.delete, exact: true }).click();
      const confirm = page.getByRole('group', { name: format(W.list.confirmDelete, { title: titles[1]! }), exact: true });
      expect(await cardTitles(page), 'nothing is deleted before confirming').toEqual(titles);
      await confirm.getByRole('button', { name: W.list.confirmDeleteYes, exact: true }).click();
      await page.getByText(format(W.list.deleted, { title: titles[1]! }), { exact: true }).waitFor();
      expect(await cardTitles(page)).toEqual([titles[0]]);
      expect(
        (await storedDoc(page)).worksheets.map((sheet) => sheet.id),
        'stored after the delete',
      ).not.toContain(before.id);
      const undo = page.getByRole('button', { name: W.list.undo, exact: true });
      await expect.poll(() => isFocused(undo), { message: '"Ongedaan maken" takes focus' }).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => cardTitles(page), { message: 'the worksheet is back' }).toEqual(titles);
      const restored = (await storedDoc(page)).worksheets.find((sheet) => sheet.id === before.id);
      expect(restored && { ...restored, updatedAt: before.updatedAt }, 'the restored worksheet is stored').toEqual(before);
      await page.reload();
      await viewHeading(page, W.views.list).waitFor();
      expect(await cardTitles(page), 'after a reload').toEqual(titles);
    });
  });

  it('10. two tabs: an answer typed in tab A shows in tab B without reload, with a notice; a worksheet made in tab B survives a later save in tab A', async () => {
    await withSession({}, async ({ page: tabA, newTab }) => {
      const sheet = makeWorksheet({ title: 'Tabbladen', typeId: 'mindfulness' });
      await seedStorage(tabA, { werkblad: storedWerkbladText([sheet]) });
      await openTool(tabA, `#werkblad/${sheet.id}`, sheet.title);
      const tabB = await newTab();
      await openTool(tabB, `#werkblad/${sheet.id}`, sheet.title);

      const answer = 'Getypt in tabblad A.';
      await answerField(tabA, 1).fill(answer);
      await expect.poll(() => answerField(tabB, 1).inputValue(), { message: 'tab B shows the answer' }).toBe(answer);
      const notice = tabB.getByRole('status').filter({ hasText: W.storage.otherTab });
      await expect.poll(() => notice.isVisible(), { message: `tab B says "${W.storage.otherTab}"` }).toBe(true);
      expect(W.storage.otherTab).toContain('in een ander tabblad gewijzigd');
      expect(await tabA.getByRole('status').filter({ hasText: W.storage.otherTab }).count(), 'no notice in tab A').toBe(0);

      // Tab B makes a programme worksheet, then tab A saves another answer.
      await toolNav(tabB).getByRole('link', { name: W.nav.backToList, exact: true }).click();
      await viewHeading(tabB, W.views.list).waitFor();
      await tabB.getByRole('link', { name: W.list.newWorksheet, exact: true }).click();
      await viewHeading(tabB, W.views.create).waitFor();
      await tabB.getByLabel(W.create.programmeLabel, { exact: true }).fill('Gemaakt in tab B');
      await programmeRegion(tabB).getByRole('button', { name: W.create.programmeButton, exact: true }).click();
      await viewHeading(tabB, 'Gemaakt in tab B').waitFor();
      await answerField(tabA, 2).fill('Later opgeslagen in tab A.');

      const doc = await storedDoc(tabA);
      expect(doc.worksheets.map((item) => item.title).sort(), 'both worksheets stored').toEqual(['Gemaakt in tab B', 'Tabbladen']);
      const first = doc.worksheets.find((item) => item.id === sheet.id)!;
      expect(first.answers[questions[0]!.id]).toBe(answer);
      expect(first.answers[questions[1]!.id]).toBe('Later opgeslagen in tab A.');
      await tabA.reload();
      await viewHeading(tabA, sheet.title).waitFor();
      await openTool(tabA);
      expect((await cardTitles(tabA)).sort(), 'tab A lists both after a reload').toEqual(['Gemaakt in tab B', 'Tabbladen']);
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('werkblad: no JavaScript and storage faults', () => {
  it('11. without JavaScript: the paper form with the five questions verbatim, every partner, the status boxes and an actions table, printing on at most 3 pages', async () => {
    await withTempDir('werkblad-paper-', async (dir) => {
      await withSession({ javaScriptEnabled: false }, async ({ page }) => {
        const response = await page.goto(siteUrl(TOOL));
        expect(response?.status()).toBe(200);
        const section = page.getByRole('region', { name: W.paper.heading, exact: true });
        expect(await section.isVisible(), `"${W.paper.heading}" is shown`).toBe(true);
        const form = await section.evaluate((element) => {
          const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
          const boxes = (node: Element | null | undefined) => [...(node?.querySelectorAll('.paper-box') ?? [])].map(text);
          const headings = [...element.querySelectorAll('h3')];
          const partnersHeading = headings.find((heading) => text(heading) === 'Met wie werk je samen?');
          const statusLine = [...element.querySelectorAll('p')].find((p) => text(p).startsWith('Status'));
          return {
            questions: [...element.querySelectorAll('ol > li h3')].map(text),
            partners: boxes(partnersHeading?.nextElementSibling),
            statuses: boxes(statusLine),
            columns: [...element.querySelectorAll('table thead th')].map(text),
            rows: element.querySelectorAll('table tbody tr').length,
          };
        });
        expect(form.questions, 'the five questions, verbatim').toEqual(questions.map((question) => question.text));
        expect(form.questions.length).toBe(5);
        expect(form.partners, 'every partner').toEqual(partners.map((partner) => partner.label));
        expect(form.partners.length).toBe(13);
        expect(form.statuses, 'the status boxes').toEqual(Object.values(W.statuses));
        expect(form.columns, 'the actions table').toEqual([W.worksheet.what, W.worksheet.who, W.worksheet.when]);
        expect(form.rows, 'rows to write actions in').toBeGreaterThanOrEqual(3);

        const pages = await printedPages(page, dir, 'papier.pdf');
        expect(pages.length, 'pages of the printed paper form').toBeLessThanOrEqual(3);
        const printed = squeeze(pages.join('\n'));
        expect(printed).toContain(squeeze(W.paper.heading));
        for (const question of questions) expect(printed, `question "${question.id}" printed`).toContain(squeeze(question.text));
        for (const partner of partners) expect(printed, `partner "${partner.id}" printed`).toContain(squeeze(partner.label));
      });
    });
  });

  it('12a. localStorage that throws on every access: the "opslaan niet toe" notice, and a programme worksheet can still be made and filled', async () => {
    await withSession({}, async ({ context, page }) => {
      await storageFaults.refused(context);
      await openTool(page);
      const notice = page.getByText(W.storage.unavailable, { exact: true });
      expect(await notice.isVisible(), 'the "opslaan niet toe" notice').toBe(true);
      expect(W.storage.unavailable).toContain('opslaan niet toe');
      await page.getByRole('link', { name: W.list.newWorksheet, exact: true }).click();
      await viewHeading(page, W.views.create).waitFor();
      await page.getByLabel(W.create.programmeLabel, { exact: true }).fill('Privévenster-programma');
      await programmeRegion(page).getByRole('button', { name: W.create.programmeButton, exact: true }).click();
      await viewHeading(page, 'Privévenster-programma').waitFor();
      await answerField(page, 1).fill('Een antwoord dat alleen in dit tabblad staat.');
      await statusRadio(page, 'loopt').check();
      expect(collapse((await page.locator('.worksheet .tool-progress').textContent()) ?? '')).toContain(
        format(W.worksheet.progress, { answered: 1, total: 5 }),
      );
      expect(await statusRadio(page, 'loopt').isChecked()).toBe(true);
      expect(await notice.isVisible(), 'the notice stays after saving').toBe(true);
      await toolNav(page).getByRole('link', { name: W.nav.backToList, exact: true }).click();
      await viewHeading(page, W.views.list).waitFor();
      expect(await cardTitles(page), 'the worksheet is in the page').toEqual(['Privévenster-programma']);
    });
  });

  it('12b. unreadable stored worksheets: a notice with "Download de oude gegevens" giving the raw text, which is also kept under a backup key', async () => {
    await withSession({ acceptDownloads: true }, async ({ page }) => {
      const cases = [
        { raw: '{"version":1,"data":{"worksheets":[{"id":"kapot","title":"Half', message: W.storage.unreadable },
        { raw: '{"version":1,"data":{"worksheets":"geen lijst"}}', message: W.storage.invalid },
      ];
      for (const { raw, message } of cases) {
        await seedStorage(page, { werkblad: raw });
        await openTool(page);
        const notice = page.getByRole('alert').filter({ hasText: message });
        expect(await notice.isVisible(), `the notice for ${raw}`).toBe(true);
        expect(await page.getByText(W.list.empty, { exact: true }).isVisible(), 'the list starts empty').toBe(true);
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          notice.getByRole('button', { name: W.storage.downloadOld, exact: true }).click(),
        ]);
        expect(await downloadText(download), 'the downloaded old data').toBe(raw);
        const kept = await page.evaluate((key) => {
          const backups: string[] = [];
          for (let index = 0; index < localStorage.length; index += 1) {
            const name = localStorage.key(index)!;
            if (name.startsWith(`${key}.backup.`)) backups.push(localStorage.getItem(name) ?? '');
          }
          return { backups, main: localStorage.getItem(key) };
        }, WERKBLAD_STORAGE_KEY);
        expect(kept.backups, 'backup keys').toEqual([raw]);
        expect(kept.main, 'the unreadable value is no longer under the main key').toBeNull();
      }
    });
  });

  it('12c. a full storage (QuotaExceededError): the "vol" notice, and the worksheet stays in the page', async () => {
    await withSession({}, async ({ context, page }) => {
      await storageFaults.full(context);
      await openTool(page, '#nieuw', W.views.create);
      await page.getByLabel(W.create.programmeLabel, { exact: true }).fill('Volle opslag');
      await programmeRegion(page).getByRole('button', { name: W.create.programmeButton, exact: true }).click();
      await viewHeading(page, 'Volle opslag').waitFor();
      const notice = page.getByRole('alert').filter({ hasText: 'vol' });
      await expect.poll(() => notice.isVisible(), { message: 'the "opslag vol" notice' }).toBe(true);
      const noticeText = collapse((await notice.textContent()) ?? '');
      expect(noticeText).toContain('De opslag van je browser is vol');
      await answerField(page, 1).fill('Staat alleen in dit tabblad.');
      expect(await answerField(page, 1).inputValue()).toBe('Staat alleen in dit tabblad.');
      expect(await storedRaw(page), 'nothing could be stored').toBeNull();
      // The notice is the werkblad's own: it must not tell the user to export or delete "scans".
      expect(noticeText, 'the werkblad\'s "vol" notice talks about worksheets, not scans').not.toMatch(/\bscans?\b/);
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('werkblad: accessibility and weight', () => {
  it('13. axe finds no WCAG 2.2 AA violations in any example state of the tool (and in the dark scheme on a worksheet), nor on the paper worksheet', async () => {
    const violations: string[] = [];
    const states = toolStates.filter((state) => state.tool === 'werkblad');
    expect(states.length, 'example states of the werkblad').toBeGreaterThanOrEqual(8);
    await withSession({ acceptDownloads: true }, async ({ page }) => {
      for (const state of states) {
        await openToolState(page, siteUrl, state);
        violations.push(...(await axeScan(page, state.name)));
        if (state.hash.startsWith('#werkblad/')) {
          await page.emulateMedia({ colorScheme: 'dark' });
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
          violations.push(...(await axeScan(page, `${state.name}, dark scheme`)));
          await page.emulateMedia({ colorScheme: 'light' });
        }
      }
    });

    violations.push(...(await axeScanWithoutJavaScript(withSession, siteUrl(TOOL), W.paper.heading, '.werkblad')));
    expect(violations.length, `axe violations:\n${violations.join('\n')}`).toBe(0);
  });

  it('14. /werkblad/ transfers its first-view JavaScript within its budget (gzip 9) and shares the storage code with /schoolscan/ in one chunk, not duplicated', async () => {
    await withSession({}, async ({ page }) => {
      const load = async (path: string, heading: string) => {
        const scripts = new Map<string, Promise<Buffer>>();
        const listener = (response: Response) => {
          if (response.request().resourceType() === 'script') scripts.set(response.url(), response.body());
        };
        page.on('response', listener);
        await openTool(page, '', heading, path);
        await page.waitForLoadState('networkidle');
        page.off('response', listener);
        return new Map(await Promise.all([...scripts].map(async ([url, body]) => [url, await body] as const)));
      };
      const werkblad = await load(TOOL, W.views.list);
      const sizes = [...werkblad].map(([url, body]) => ({ url, gzip: gzipSync(body, { level: 9 }).length }));
      const total = sizes.reduce((sum, entry) => sum + entry.gzip, 0);
      expect(sizes.length, 'script files loaded by the werkblad').toBeGreaterThan(0);
      expect(
        total,
        `JavaScript on ${TOOL}, gzip: ${sizes.map((entry) => `${new URL(entry.url).pathname} ${entry.gzip} B`).join(', ')}`,
      ).toBeLessThanOrEqual(budgets.firstView[TOOL]!);

      const schoolscan = await load(SCAN_TOOL, S.views.list);
      const framework = /\/(client|preact\.module|hooks\.module|signals\.module)[.-][^/]*\.js$/;
      const shared = [...werkblad.keys()].filter((url) => schoolscan.has(url) && !framework.test(new URL(url).pathname));
      expect(
        shared.length,
        `a shared non-framework chunk (werkblad: ${[...werkblad.keys()].join(', ')}; schoolscan: ${[...schoolscan.keys()].join(', ')})`,
      ).toBeGreaterThan(0);

      // Code both tools' first views use (store, migrations, ids, notices, import) lives in one file
      // only. The concern profile loads later, with the scan's result and the plan.
      const files = new Map([...werkblad, ...schoolscan]);
      const markers = ['No migration from version', 'NS_ERROR_DOM_QUOTA_REACHED', 'getRandomValues', 'scan-notices', 'tool-import'];
      const placement = markers.map((marker) => ({
        marker,
        in: [...files].filter(([, body]) => body.toString('utf8').includes(marker)).map(([url]) => new URL(url).pathname),
      }));
      for (const { marker, in: where } of placement) {
        expect(where.length, `"${marker}" occurs in exactly one loaded file, found in: ${where.join(', ') || 'none'}`).toBe(1);
        expect(
          shared.map((url) => new URL(url).pathname),
          `"${marker}" is in a chunk both pages load`,
        ).toContain(where[0]);
      }
    });
  });
});
