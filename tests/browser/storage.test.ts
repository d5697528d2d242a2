/**
 * Nothing typed is ever lost, in Chromium on the built site: a clock that moves back or stands in
 * 2030, two tabs typing in one record at once, a double click on a button that creates a record,
 * and "Download alles als één bestand" read back in one step. Run `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import { SCAN_STORAGE_KEY } from '../../src/lib/scan/tool';
import { useBrowserSuite } from '../support/browser-suite';
import { contentCatalogue } from '../support/scan-catalogue';
import { makeScan, storedDocumentText } from '../support/scan-files';
import { SchoolscanPage } from '../support/schoolscan-page';
import { sessionRunner } from '../support/tool-session';
import { contentQuestions, makeWorksheet, storedWerkbladText } from '../support/werkblad-files';
import { WerkbladPage } from '../support/werkblad-page';
import { MAX_ANSWER_LENGTH } from '../../src/lib/limits';
import { WERKBLAD_STORAGE_KEY } from '../../src/lib/werkblad/tool';

const suite = useBrowserSuite();
const withSession = sessionRunner(suite);
const siteUrl = suite.siteUrl;
const catalogue = contentCatalogue();
const [first, second] = catalogue.domains as [(typeof catalogue.domains)[number], (typeof catalogue.domains)[number]];

describe('a clock that moves', () => {
  it('keeps every keystroke when the computer’s clock is set back two minutes while typing, and when a stored time lies in 2030', async () => {
    await withSession({}, async ({ page }) => {
      const scan = makeScan(catalogue, {
        id: 'klok',
        title: 'Klokscan',
        createdAt: '2030-01-01T00:00:00.000Z',
        updatedAt: '2030-06-01T00:00:00.000Z',
      });
      const schoolscan = new SchoolscanPage(page, siteUrl);
      await schoolscan.seed({ [SCAN_STORAGE_KEY]: storedDocumentText([scan]) });
      await page.clock.install({ time: new Date('2026-11-25T10:00:00.000Z') });
      await schoolscan.open(`#scan/${scan.id}`, scan.title);

      const field = schoolscan.seenField(first.id);
      await field.pressSequentially('Voor ');
      await page.clock.setSystemTime(new Date('2026-11-25T09:58:00.000Z'));
      await field.pressSequentially('en na het terugzetten.');
      await expect.poll(() => field.inputValue()).toBe('Voor en na het terugzetten.');

      await schoolscan.reload(scan.title);
      expect(await schoolscan.seenField(first.id).inputValue(), 'after a reload').toBe('Voor en na het terugzetten.');
      const stored = (await schoolscan.storedDocument()).scans.find((item) => item.id === scan.id);
      expect(stored?.domains[first.id]?.seen, 'what is stored').toBe('Voor en na het terugzetten.');
    });
  });
});

describe('two tabs typing in one record', () => {
  it('keeps every keystroke of both tabs when they type in different fields with no pause between keys', async () => {
    await withSession({}, async ({ page, newTab }) => {
      const scan = makeScan(catalogue, { id: 'samen', title: 'Samen typen' });
      const [tabA, tabB] = await SchoolscanPage.twoTabsOn(page, newTab, siteUrl, scan);

      const textA = 'tabblad A typt dit';
      const textB = 'tabblad B typt dat';
      const fieldA = tabA.seenField(first.id);
      const fieldB = tabB.seenField(second.id);
      await fieldA.focus();
      await fieldB.focus();
      for (let index = 0; index < textA.length; index += 1) {
        await page.keyboard.type(textA[index]!);
        await tabB.page.keyboard.type(textB[index]!);
      }

      await expect.poll(() => fieldA.inputValue()).toBe(textA);
      await expect.poll(() => fieldB.inputValue()).toBe(textB);
      // Each tab shows the other's text too, without a reload.
      await expect.poll(() => tabA.seenField(second.id).inputValue(), { message: 'tab A shows tab B’s text' }).toBe(textB);
      await expect.poll(() => tabB.seenField(first.id).inputValue(), { message: 'tab B shows tab A’s text' }).toBe(textA);
      // What is stored comes to hold both texts (a tab writes back what a simultaneous save dropped).
      await expect
        .poll(
          async () => {
            const stored = (await tabA.storedDocument()).scans[0]!;
            return [stored.domains[first.id]?.seen, stored.domains[second.id]?.seen];
          },
          { message: 'what is stored' },
        )
        .toEqual([textA, textB]);
    });
  });

  it('when a simultaneous save in another tab writes an older copy of a field, the tab that has the newer one writes it back', async () => {
    await withSession({}, async ({ page, newTab }) => {
      const scan = makeScan(catalogue, { id: 'tegelijk', title: 'Tegelijk opslaan' });
      const [tabA, tabB] = await SchoolscanPage.twoTabsOn(page, newTab, siteUrl, scan);
      const field = tabA.seenField(first.id);
      await field.pressSequentially('Eerst dit');
      await expect.poll(() => tabB.seenField(first.id).inputValue()).toBe('Eerst dit');
      const older = await tabA.storedEntries();
      await field.pressSequentially(', dan dat.');
      await expect.poll(() => tabB.seenField(first.id).inputValue()).toBe('Eerst dit, dan dat.');
      // The other tab's save lands with the older copy, as when both saved from stale copies.
      await tabB.page.evaluate((entries) => {
        for (const [key, value] of entries) localStorage.setItem(key, value);
      }, older);
      await expect
        .poll(async () => (await tabB.storedDocument()).scans[0]!.domains[first.id]?.seen, {
          message: 'what is stored, read in the tab that wrote the older copy',
        })
        .toBe('Eerst dit, dan dat.');
      expect(await field.inputValue(), 'the typing tab keeps its text').toBe('Eerst dit, dan dat.');
      await expect
        .poll(() => tabB.seenField(first.id).inputValue(), { message: 'and the other tab gets it back' })
        .toBe('Eerst dit, dan dat.');
    });
  });

  it('when both tabs change the same text, the tab whose text was replaced says so and can put it back', async () => {
    await withSession({}, async ({ page, newTab }) => {
      const scan = makeScan(catalogue, { id: 'botsing', title: 'Zelfde veld' });
      const [tabA, tabB] = await SchoolscanPage.twoTabsOn(page, newTab, siteUrl, scan);

      await tabA.seenField(first.id).fill('Mijn tekst uit tabblad A');
      await expect.poll(() => tabB.seenField(first.id).inputValue()).toBe('Mijn tekst uit tabblad A');
      await tabB.seenField(first.id).fill('Andere tekst uit tabblad B');

      const notice = tabA.alert(S.storage.replaced);
      await notice.waitFor();
      expect(await notice.locator('q').allTextContents()).toEqual(['Mijn tekst uit tabblad A']);
      await notice.getByRole('button', { name: S.storage.putBack, exact: true }).click();
      await expect.poll(() => tabA.seenField(first.id).inputValue()).toBe('Mijn tekst uit tabblad A');
      await expect.poll(() => tabB.seenField(first.id).inputValue(), { message: 'the other tab follows' }).toBe('Mijn tekst uit tabblad A');
    });
  });
});

describe('buttons that make a record', () => {
  it('a double click on "Scan starten" and on "Werkblad maken" makes one record each', async () => {
    await withSession({}, async ({ page }) => {
      const schoolscan = new SchoolscanPage(page, siteUrl);
      await schoolscan.seed({});
      await schoolscan.open('#nieuw', S.views.create);
      await schoolscan.fillForm({ title: 'Dubbelklik' });
      await schoolscan.startButton().dblclick();
      await schoolscan.heading('Dubbelklik').waitFor();
      expect((await schoolscan.storedDocument()).scans.map((scan) => scan.title)).toEqual(['Dubbelklik']);

      const werkblad = new WerkbladPage(page, siteUrl);
      await werkblad.open('#nieuw/type/veerkracht', W.views.createType);
      await werkblad.typeButton().dblclick();
      await page.locator('.werkblad--edit').waitFor();
      expect((await werkblad.storedDocument()).worksheets.length).toBe(1);
    });
  });
});

describe('"Download alles als één bestand"', () => {
  it('saves both tools in one file, says when, and reads it back in one step on another device, the worksheets still linked to their scan', async () => {
    const scan = makeScan(catalogue, { title: 'Bewaarde scan', ratings: { [first.id]: 'grote' }, chosen: [first.interventions[0]!.type] });
    const backup = await withSession({ acceptDownloads: true }, async ({ page }) => {
      const werkblad = new WerkbladPage(page, siteUrl);
      await werkblad.seed({ [SCAN_STORAGE_KEY]: storedDocumentText([scan]) });
      await werkblad.open('#nieuw', W.views.create);
      await page.getByRole('radio').first().check();
      await werkblad.createFromScan();

      const panel = page.getByRole('region', { name: W.backup.heading, exact: true });
      await expect.poll(() => panel.textContent()).toContain(W.backup.never);
      const download = await werkblad.download(panel.getByRole('button', { name: W.backup.button, exact: true }));
      expect(download.name).toMatch(/^welbevinden-alles-\d{4}-\d{2}-\d{2}\.json$/);
      await expect.poll(() => panel.textContent()).toContain(W.backup.last.split('{')[0]!);
      return download.text;
    });

    await withSession({}, async ({ page }) => {
      const schoolscan = new SchoolscanPage(page, siteUrl);
      const werkblad = new WerkbladPage(page, siteUrl);
      await schoolscan.seed({});
      await schoolscan.open();
      await schoolscan.importFile('alles.json', backup);
      await expect.poll(() => schoolscan.listTitles()).toEqual(['Bewaarde scan']);
      expect(await werkblad.storedRaw(), 'the worksheets went into the werkblad').not.toBeNull();

      const scans = (await schoolscan.storedDocument()).scans;
      const sheets = (await werkblad.storedDocument()).worksheets;
      expect(sheets.length, 'worksheets').toBe(1);
      expect(sheets[0]!.scanId, 'linked to the scan under its new id').toBe(scans[0]!.id);
      await werkblad.open();
      expect((await werkblad.listCards())[0]?.meta).toContain('Bewaarde scan');
    });
  });
});

describe('files the site writes, it reads', () => {
  it('the werkblad’s own download of 48 full worksheets (over 1 MB) is added back in full on another device', async () => {
    const questions = contentQuestions();
    const long = 'Ëën lang antwoord. '.repeat(MAX_ANSWER_LENGTH / 19).slice(0, MAX_ANSWER_LENGTH);
    const sheets = Array.from({ length: 48 }, (_, index) =>
      makeWorksheet({
        title: `Volledig werkblad ${index + 1}`,
        answers: Object.fromEntries(questions.map((question) => [question.id, long])),
      }),
    );
    const file = await withSession({}, async ({ page }) => {
      const werkblad = new WerkbladPage(page, siteUrl);
      await werkblad.seed({ [WERKBLAD_STORAGE_KEY]: storedWerkbladText(sheets) });
      await werkblad.open();
      await expect.poll(async () => (await werkblad.listTitles()).length).toBe(sheets.length);
      return (await werkblad.download(page.getByRole('button', { name: W.list.exportJson, exact: true }))).text;
    });
    expect(Buffer.byteLength(file), 'the download is over 1 MB').toBeGreaterThan(1024 * 1024);

    await withSession({}, async ({ page }) => {
      const werkblad = new WerkbladPage(page, siteUrl);
      await werkblad.seed({});
      await werkblad.open();
      await werkblad.importFile('werkbladen.json', file);
      await expect.poll(async () => (await werkblad.listTitles()).length, { timeout: 60_000 }).toBe(sheets.length);
      const stored = (await werkblad.storedDocument()).worksheets;
      expect(stored.length).toBe(sheets.length);
      for (const sheet of stored) for (const question of questions) expect(sheet.answers[question.id], sheet.title).toBe(long);
    });
  }, 240_000);
});
