/**
 * The werkblad (/werkblad/) in Chromium, for what needs a real browser: worksheets made from a scan
 * that the schoolscan stored on its own page, "Zet op het werkblad" from a guidance page and back,
 * actions and the status by keyboard, two tabs that see each other's changes through storage
 * events, and axe (colour contrast included) on every example state and on the paper form. What
 * each view shows, its validation and messages, the list, export and import, a linked scan that is
 * gone and storage faults are tested in jsdom (tests/component/werkblad-views.test.tsx,
 * tool-exchange.test.tsx, storage-faults.test.tsx), prints in print-tools.test.ts, the paper form,
 * the hints' sources and the JavaScript budget in the build layer. Every test has its own context
 * (an empty localStorage), guarded against requests to other origins, and fails on page errors
 * and console errors. Run `npm run build` first.
 */
import { describe, it, expect } from 'vitest';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import type { Rating } from '../../src/lib/scan/ratings';
import { concernDomainsFor } from '../../src/lib/werkblad/from-scan';
import { formatDay } from '../../src/lib/dates';
import { format, plural } from '../../src/lib/text';
import { contentCatalogue } from '../support/scan-catalogue';
import { domainLabel, SchoolscanPage } from '../support/schoolscan-page';
import { WerkbladPage } from '../support/werkblad-page';
import { contentQuestions, makeWorksheet, storedWerkbladText } from '../support/werkblad-files';
import { WERKBLAD_STORAGE_KEY } from '../../src/lib/werkblad/tool';
import { useBrowserSuite } from '../support/browser-suite';
import { axeScanWithoutJavaScript, isFocused, sessionRunner } from '../support/tool-session';

const catalogue = contentCatalogue();
const questions = contentQuestions();
const typeTitle = (id: string): string => {
  const type = catalogue.interventions.find((candidate) => candidate.id === id);
  if (!type) throw new Error(`No intervention type "${id}" in the catalogue`);
  return type.title;
};
const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();

const suite = useBrowserSuite('werkblad/index.html');
const siteUrl = suite.siteUrl;
const withSession = sessionRunner(suite);

describe('werkblad: from another page', () => {
  it('from a scan made on the schoolscan’s page: one worksheet per chosen type, with the concern domains it answers; doing it again adds nothing and says so', async () => {
    await withSession({}, async ({ page }) => {
      const scanTitle = 'Scan voor het werkblad, groep 6';
      const ratings: Record<string, Rating> = { aanwezigheid: 'grote', energie: 'enige', concentratie: 'enige', motivatie: 'geen' };
      const chosen = ['klassenmanagement', 'mindfulness'];

      const schoolscan = new SchoolscanPage(page, siteUrl);
      await schoolscan.open();
      await schoolscan.createScan({ title: scanTitle });
      for (const [id, rating] of Object.entries(ratings)) await schoolscan.rate(id, rating);
      await schoolscan.toResult(scanTitle);
      for (const id of chosen) {
        await page
          .getByRole('checkbox', { name: typeTitle(id), exact: true })
          .first()
          .check();
      }
      const scan = await schoolscan.storedScan(scanTitle);
      expect(scan.chosen, 'types chosen in the scan').toEqual(chosen);
      // Which domains a type answers is worked out and tested in jsdom and in the unit layer: here,
      // that the werkblad's page reads the scan the schoolscan's page stored, and stores and shows them.
      const answers = Object.fromEntries(chosen.map((id) => [id, concernDomainsFor(scan, id, catalogue)]));
      for (const id of chosen) expect(answers[id]!.length, `${id} answers a concern domain of this scan`).toBeGreaterThan(0);

      const werkblad = new WerkbladPage(page, siteUrl);
      await werkblad.open();
      await page.getByRole('link', { name: W.list.newWorksheet, exact: true }).click();
      await werkblad.heading(W.views.create).waitFor();
      const option = format(W.create.scanOption, {
        title: scanTitle,
        date: formatDay(scan.date),
        chosen: plural(2, W.create.chosenCount),
      });
      await page.getByRole('radio', { name: option, exact: true }).check();
      await page.getByRole('button', { name: W.create.fromScanButton, exact: true }).click();
      await werkblad.heading(W.views.list).waitFor();

      // Both worksheets share one creation time, so the list order is not asserted.
      const cards = await werkblad.listCards();
      expect(cards.map((card) => card.title).sort(), 'worksheets on the list').toEqual(chosen.map(typeTitle).sort());
      for (const card of cards) expect(card.meta, `meta of ${card.title}`).toContain(format(W.list.fromScan, { title: scanTitle }));
      const stored = await werkblad.storedDocument();
      expect(
        stored.worksheets
          .map((sheet) => [sheet.typeId, sheet.scanId, sheet.domains])
          .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
        'stored worksheets: type, scan and concern domains',
      ).toEqual(chosen.map((id) => [id, scan.id, answers[id]]));

      for (const id of chosen) {
        await page.getByRole('link', { name: typeTitle(id), exact: true }).click();
        await werkblad.heading(typeTitle(id)).waitFor();
        const line = `${format(W.worksheet.fromScan, { title: scanTitle })} ${W.worksheet.domains} ${answers[id]!.map(domainLabel).join(', ')}.`;
        const shown = await page.locator('.worksheet > p').allTextContents();
        expect(shown.map(collapse), `the scan line of ${id}`).toContain(line);
        await werkblad.backToList();
      }

      // The same scan again: nothing new, and a message that says so.
      await page.getByRole('link', { name: W.list.newWorksheet, exact: true }).click();
      await werkblad.heading(W.views.create).waitFor();
      await page.getByRole('radio', { name: option, exact: true }).check();
      const rawBefore = await werkblad.storedRaw();
      await page.getByRole('button', { name: W.create.fromScanButton, exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: format(W.create.fromScanNothing, { title: scanTitle }) })
        .waitFor();
      expect(page.url(), 'stays on the new-worksheet view').toMatch(/#nieuw$/);
      expect(await werkblad.storedRaw(), 'nothing was stored').toBe(rawBefore);
    });
  });

  it('"Zet op het werkblad" on a type page: the question for that type, the address becomes #nieuw/type/<id>, "Werkblad maken" opens it; a second visit lists the existing worksheet', async () => {
    await withSession({}, async ({ page }) => {
      const werkblad = new WerkbladPage(page, siteUrl);
      const typePage = '/interventietypen/veerkracht/';
      const title = typeTitle('veerkracht');
      const response = await page.goto(siteUrl(typePage));
      expect(response?.status()).toBe(200);
      await page.getByRole('link', { name: 'Zet op het werkblad', exact: true }).click();
      await werkblad.heading(W.views.createType).waitFor();
      // The view loads when it is opened: wait for it, not only for its heading.
      await page.getByText(format(W.create.forType, { title }), { exact: true }).waitFor();
      expect(format(W.create.forType, { title })).toBe('Een werkblad maken voor ‘Veerkracht’?');
      expect(page.url(), 'the address after the link').toBe(siteUrl(`${werkblad.path}#nieuw/type/veerkracht`));
      expect(page.url()).not.toContain('?type=');
      expect(await page.getByText(plural(1, W.create.existing)).count(), 'no existing worksheet yet').toBe(0);

      await page.getByRole('button', { name: W.create.typeButton, exact: true }).click();
      await werkblad.heading(title).waitFor();
      const id = werkblad.routeId();
      const stored = await werkblad.storedDocument();
      expect(stored.worksheets.map((sheet) => ({ id: sheet.id, title: sheet.title, typeId: sheet.typeId, scanId: sheet.scanId }))).toEqual([
        { id, title, typeId: 'veerkracht', scanId: null },
      ]);

      // Back to the type page through the link on the worksheet, and the same link again.
      await page.locator('.worksheet .tool-card__meta').getByRole('link', { name: title, exact: true }).click();
      await page.waitForURL(siteUrl(typePage));
      await page.getByRole('link', { name: 'Zet op het werkblad', exact: true }).click();
      await werkblad.heading(W.views.createType).waitFor();
      expect(page.url()).toBe(siteUrl(`${werkblad.path}#nieuw/type/veerkracht`));
      await page.getByText(plural(1, W.create.existing), { exact: true }).waitFor();
      const link = page.locator('.new-worksheet ul').getByRole('link', { name: title, exact: true });
      expect(await link.getAttribute('href')).toBe(`#werkblad/${id}`);
      await link.click();
      await werkblad.heading(title).waitFor();
      expect(werkblad.routeId()).toBe(id);
      expect((await werkblad.storedDocument()).worksheets.length, 'no second worksheet was made').toBe(1);
    });
  });
});

describe('werkblad: by keyboard', () => {
  it('"Actie toevoegen" puts focus in the new action, Tab goes what, who, when, remove and back; the status moves with the arrow keys; removing an action puts focus on "Actie toevoegen"', async () => {
    await withSession({}, async ({ page }) => {
      const werkblad = new WerkbladPage(page, siteUrl);
      const sheet = makeWorksheet({ title: typeTitle('conflicthantering'), typeId: 'conflicthantering' });
      await werkblad.seed({ [WERKBLAD_STORAGE_KEY]: storedWerkbladText([sheet]) });
      await werkblad.open(`#werkblad/${sheet.id}`, sheet.title);

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
          .poll(() => isFocused(werkblad.actionField(n, 'what')), { message: `"${W.worksheet.what}" of action ${n} takes focus` })
          .toBe(true);
        await page.keyboard.type(action.what);
        await page.keyboard.press('Tab');
        expect(await isFocused(werkblad.actionField(n, 'who')), `Tab reaches "${W.worksheet.who}" of action ${n}`).toBe(true);
        await page.keyboard.type(action.who);
        await page.keyboard.press('Tab');
        expect(await isFocused(werkblad.actionField(n, 'when')), `Tab reaches "${W.worksheet.when}" of action ${n}`).toBe(true);
        await page.keyboard.type(action.when);
        await page.keyboard.press('Tab');
        expect(await isFocused(page.getByRole('button', { name: format(W.worksheet.removeAction, { n }), exact: true }))).toBe(true);
        await page.keyboard.press('Tab');
        expect(await isFocused(addButton), `Tab reaches "${W.worksheet.addAction}" again`).toBe(true);
      }
      const storedActions = async () =>
        (await werkblad.storedDocument()).worksheets
          .find((item) => item.id === sheet.id)!
          .actions.map(({ what, who, when }) => ({ what, who, when }));
      await expect.poll(storedActions, { message: 'the actions as typed, stored' }).toEqual(actions);

      await werkblad.statusRadio('idee').focus();
      await page.keyboard.press('ArrowRight');
      expect(await werkblad.statusRadio('gepland').isChecked(), `"${W.statuses.gepland}" after ArrowRight`).toBe(true);
      expect(await isFocused(werkblad.statusRadio('gepland'))).toBe(true);

      await page.getByRole('button', { name: format(W.worksheet.removeAction, { n: 1 }), exact: true }).press('Enter');
      await expect.poll(() => werkblad.actionGroup(2).count(), { message: 'one action group left' }).toBe(0);
      expect(await werkblad.actionField(1, 'what').inputValue()).toBe(actions[1]!.what);
      await expect.poll(() => isFocused(addButton), { message: `focus goes to "${W.worksheet.addAction}"` }).toBe(true);
    });
  });
});

describe('werkblad: two tabs', () => {
  it('two tabs: an answer typed in tab A shows in tab B without reload, with a notice; a worksheet made in tab B survives a later save in tab A', async () => {
    await withSession({}, async ({ page, newTab }) => {
      const sheet = makeWorksheet({ title: 'Tabbladen', typeId: 'mindfulness' });
      const tabA = new WerkbladPage(page, siteUrl);
      await tabA.seed({ [WERKBLAD_STORAGE_KEY]: storedWerkbladText([sheet]) });
      await tabA.open(`#werkblad/${sheet.id}`, sheet.title);
      const tabB = new WerkbladPage(await newTab(), siteUrl);
      await tabB.open(`#werkblad/${sheet.id}`, sheet.title);

      const answer = 'Getypt in tabblad A.';
      await tabA.answerField(1).fill(answer);
      await expect.poll(() => tabB.answerField(1).inputValue(), { message: 'tab B shows the answer' }).toBe(answer);
      await expect.poll(() => tabB.otherTabNotice().isVisible(), { message: `tab B says "${W.storage.otherTab}"` }).toBe(true);
      expect(await tabA.otherTabNotice().count(), 'no notice in tab A').toBe(0);

      // Tab B makes a programme worksheet, then tab A saves another answer.
      await tabB.backToList();
      await tabB.page.getByRole('link', { name: W.list.newWorksheet, exact: true }).click();
      await tabB.heading(W.views.create).waitFor();
      await tabB.createProgramme('Gemaakt in tab B');
      await tabA.answerField(2).fill('Later opgeslagen in tab A.');

      const doc = await tabA.storedDocument();
      expect(doc.worksheets.map((item) => item.title).sort(), 'both worksheets stored').toEqual(['Gemaakt in tab B', 'Tabbladen']);
      const first = doc.worksheets.find((item) => item.id === sheet.id)!;
      expect(first.answers[questions[0]!.id]).toBe(answer);
      expect(first.answers[questions[1]!.id]).toBe('Later opgeslagen in tab A.');
      await tabA.page.reload();
      await tabA.heading(sheet.title).waitFor();
      await tabA.open();
      expect((await tabA.listTitles()).sort(), 'tab A lists both after a reload').toEqual(['Gemaakt in tab B', 'Tabbladen']);
    });
  });
});

describe('werkblad: accessibility', () => {
  // Every example state of the tool passes axe on a wide screen and at 360 px in phone-tools.test.ts.
  it('axe finds no WCAG 2.2 AA violations on the paper worksheet without JavaScript', async () => {
    const violations = await axeScanWithoutJavaScript(withSession, siteUrl('/werkblad/'), W.paper.heading, '.werkblad');
    expect(violations.length, `axe violations:\n${violations.join('\n')}`).toBe(0);
  });
});
