/**
 * Nothing typed is ever lost, in Chromium on the built site: a clock that moves back or stands in
 * 2030, two tabs typing in one record at once, a double click on a button that creates a record,
 * and "Download alles als één bestand" read back in one step. Run `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import { SCAN_STORAGE_KEY, scanTool } from '../../src/lib/scan/tool';
import { werkbladTool } from '../../src/lib/werkblad/tool';
import { useBrowserSuite } from '../support/browser-suite';
import { contentCatalogue } from '../support/scan-catalogue';
import { makeScan, storedDocumentText } from '../support/scan-files';
import { storedDocument, storedEntries, storedText } from '../support/stored';
import { chooseFile, downloadText, importField, seedStorage, fillNewScan, sessionRunner, viewHeading } from '../support/tool-session';
import { contentQuestions, makeWorksheet, storedWerkbladText } from '../support/werkblad-files';
import { MAX_ANSWER_LENGTH } from '../../src/lib/limits';
import { WERKBLAD_STORAGE_KEY } from '../../src/lib/werkblad/tool';

const suite = useBrowserSuite();
const withSession = sessionRunner(suite);
const siteUrl = suite.siteUrl;
const catalogue = contentCatalogue();
const [first, second] = catalogue.domains as [(typeof catalogue.domains)[number], (typeof catalogue.domains)[number]];

const seed = (page: Page, entries: Record<string, string>) => seedStorage(page, siteUrl, entries);

/** The "Wat zien we?" field of a domain on the rating view. */
const seenField = (page: Page, domainLabel: string) =>
  page.getByRole('group', { name: domainLabel, exact: true }).getByLabel(S.rating.seen, { exact: true });

async function openScan(page: Page, id: string, title: string): Promise<void> {
  await page.goto(siteUrl(`/schoolscan/#scan/${id}`));
  await viewHeading(page, title).waitFor();
}

describe('a clock that moves', () => {
  it('keeps every keystroke when the computer’s clock is set back two minutes while typing, and when a stored time lies in 2030', async () => {
    await withSession({}, async ({ page }) => {
      const scan = makeScan(catalogue, {
        id: 'klok',
        title: 'Klokscan',
        createdAt: '2030-01-01T00:00:00.000Z',
        updatedAt: '2030-06-01T00:00:00.000Z',
      });
      await seed(page, { [SCAN_STORAGE_KEY]: storedDocumentText([scan]) });
      await page.clock.install({ time: new Date('2026-11-25T10:00:00.000Z') });
      await openScan(page, scan.id, scan.title);

      const field = seenField(page, first.label);
      await field.pressSequentially('Voor ');
      await page.clock.setSystemTime(new Date('2026-11-25T09:58:00.000Z'));
      await field.pressSequentially('en na het terugzetten.');
      await expect.poll(() => field.inputValue()).toBe('Voor en na het terugzetten.');

      await page.reload();
      await viewHeading(page, scan.title).waitFor();
      expect(await seenField(page, first.label).inputValue(), 'after a reload').toBe('Voor en na het terugzetten.');
      const stored = (await storedDocument(page, scanTool)).scans.find((item) => item.id === scan.id);
      expect(stored?.domains[first.id]?.seen, 'what is stored').toBe('Voor en na het terugzetten.');
    });
  });
});

describe('two tabs typing in one record', () => {
  it('keeps every keystroke of both tabs when they type in different fields with no pause between keys', async () => {
    await withSession({}, async ({ page, newTab }) => {
      const scan = makeScan(catalogue, { id: 'samen', title: 'Samen typen' });
      await seed(page, { [SCAN_STORAGE_KEY]: storedDocumentText([scan]) });
      const other = await newTab();
      await openScan(page, scan.id, scan.title);
      await openScan(other, scan.id, scan.title);

      const textA = 'tabblad A typt dit';
      const textB = 'tabblad B typt dat';
      const fieldA = seenField(page, first.label);
      const fieldB = seenField(other, second.label);
      await fieldA.focus();
      await fieldB.focus();
      for (let index = 0; index < textA.length; index += 1) {
        await page.keyboard.type(textA[index]!);
        await other.keyboard.type(textB[index]!);
      }

      await expect.poll(() => fieldA.inputValue()).toBe(textA);
      await expect.poll(() => fieldB.inputValue()).toBe(textB);
      // Each tab shows the other's text too, without a reload.
      await expect.poll(() => seenField(page, second.label).inputValue(), { message: 'tab A shows tab B’s text' }).toBe(textB);
      await expect.poll(() => seenField(other, first.label).inputValue(), { message: 'tab B shows tab A’s text' }).toBe(textA);
      // What is stored comes to hold both texts (a tab writes back what a simultaneous save dropped).
      await expect
        .poll(
          async () => {
            const stored = (await storedDocument(page, scanTool)).scans[0]!;
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
      await seed(page, { [SCAN_STORAGE_KEY]: storedDocumentText([scan]) });
      const other = await newTab();
      await openScan(page, scan.id, scan.title);
      await openScan(other, scan.id, scan.title);
      const field = seenField(page, first.label);
      await field.pressSequentially('Eerst dit');
      await expect.poll(() => seenField(other, first.label).inputValue()).toBe('Eerst dit');
      const older = await storedEntries(page, SCAN_STORAGE_KEY);
      await field.pressSequentially(', dan dat.');
      await expect.poll(() => seenField(other, first.label).inputValue()).toBe('Eerst dit, dan dat.');
      // The other tab's save lands with the older copy, as when both saved from stale copies.
      await other.evaluate((entries) => {
        for (const [key, value] of entries) localStorage.setItem(key, value);
      }, older);
      await expect
        .poll(async () => (await storedDocument(other, scanTool)).scans[0]!.domains[first.id]?.seen, {
          message: 'what is stored, read in the tab that wrote the older copy',
        })
        .toBe('Eerst dit, dan dat.');
      expect(await field.inputValue(), 'the typing tab keeps its text').toBe('Eerst dit, dan dat.');
      await expect
        .poll(() => seenField(other, first.label).inputValue(), { message: 'and the other tab gets it back' })
        .toBe('Eerst dit, dan dat.');
    });
  });

  it('when both tabs change the same text, the tab whose text was replaced says so and can put it back', async () => {
    await withSession({}, async ({ page, newTab }) => {
      const scan = makeScan(catalogue, { id: 'botsing', title: 'Zelfde veld' });
      await seed(page, { [SCAN_STORAGE_KEY]: storedDocumentText([scan]) });
      const other = await newTab();
      await openScan(page, scan.id, scan.title);
      await openScan(other, scan.id, scan.title);

      await seenField(page, first.label).fill('Mijn tekst uit tabblad A');
      await expect.poll(() => seenField(other, first.label).inputValue()).toBe('Mijn tekst uit tabblad A');
      await seenField(other, first.label).fill('Andere tekst uit tabblad B');

      const notice = page.getByRole('alert').filter({ hasText: S.storage.replaced });
      await notice.waitFor();
      expect(await notice.locator('q').allTextContents()).toEqual(['Mijn tekst uit tabblad A']);
      await notice.getByRole('button', { name: S.storage.putBack, exact: true }).click();
      await expect.poll(() => seenField(page, first.label).inputValue()).toBe('Mijn tekst uit tabblad A');
      await expect
        .poll(() => seenField(other, first.label).inputValue(), { message: 'the other tab follows' })
        .toBe('Mijn tekst uit tabblad A');
    });
  });
});

describe('buttons that make a record', () => {
  it('a double click on "Scan starten" and on "Werkblad maken" makes one record each', async () => {
    await withSession({}, async ({ page }) => {
      await seed(page, {});
      await page.goto(siteUrl('/schoolscan/#nieuw'));
      await viewHeading(page, S.views.create).waitFor();
      await fillNewScan(page, { title: 'Dubbelklik' });
      await page.getByRole('button', { name: S.details.start, exact: true }).dblclick();
      await viewHeading(page, 'Dubbelklik').waitFor();
      expect((await storedDocument(page, scanTool)).scans.map((scan) => scan.title)).toEqual(['Dubbelklik']);

      await page.goto(siteUrl('/werkblad/#nieuw/type/veerkracht'));
      await viewHeading(page, W.views.createType).waitFor();
      await page.getByRole('button', { name: W.create.typeButton, exact: true }).dblclick();
      await page.locator('.werkblad--edit').waitFor();
      expect((await storedDocument(page, werkbladTool)).worksheets.length).toBe(1);
    });
  });
});

describe('"Download alles als één bestand"', () => {
  it('saves both tools in one file, says when, and reads it back in one step on another device, the worksheets still linked to their scan', async () => {
    const scan = makeScan(catalogue, { title: 'Bewaarde scan', ratings: { [first.id]: 'grote' }, chosen: [first.interventions[0]!.type] });
    const backup = await withSession({ acceptDownloads: true }, async ({ page }) => {
      await seed(page, { [SCAN_STORAGE_KEY]: storedDocumentText([scan]) });
      await page.goto(siteUrl('/werkblad/#nieuw'));
      await viewHeading(page, W.views.create).waitFor();
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: W.create.fromScanButton, exact: true }).click();
      await viewHeading(page, W.views.list).waitFor();

      const panel = page.getByRole('region', { name: W.backup.heading, exact: true });
      await expect.poll(() => panel.textContent()).toContain(W.backup.never);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: W.backup.button, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^welbevinden-alles-\d{4}-\d{2}-\d{2}\.json$/);
      await expect.poll(() => panel.textContent()).toContain(W.backup.last.split('{')[0]!);
      return downloadText(download);
    });

    await withSession({}, async ({ page }) => {
      await seed(page, {});
      await page.goto(siteUrl('/schoolscan/'));
      await viewHeading(page, S.views.list).waitFor();
      await importField(page, S.import.label).setInputFiles({
        name: 'alles.json',
        mimeType: 'application/json',
        buffer: Buffer.from(backup),
      });
      await expect.poll(() => page.locator('.tool-card__title').allTextContents()).toEqual(['Bewaarde scan']);
      expect(await storedText(page, werkbladTool.storageKey), 'the worksheets went into the werkblad').not.toBeNull();

      const scans = (await storedDocument(page, scanTool)).scans;
      const sheets = (await storedDocument(page, werkbladTool)).worksheets;
      expect(sheets.length, 'worksheets').toBe(1);
      expect(sheets[0]!.scanId, 'linked to the scan under its new id').toBe(scans[0]!.id);
      await page.goto(siteUrl('/werkblad/'));
      await viewHeading(page, W.views.list).waitFor();
      expect(await page.locator('.tool-card__meta').first().textContent()).toContain('Bewaarde scan');
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
      await seed(page, { [WERKBLAD_STORAGE_KEY]: storedWerkbladText(sheets) });
      await page.goto(siteUrl('/werkblad/'));
      await viewHeading(page, W.views.list).waitFor();
      await expect.poll(() => page.locator('.tool-card__title').count()).toBe(sheets.length);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: W.list.exportJson, exact: true }).click(),
      ]);
      return downloadText(download);
    });
    expect(Buffer.byteLength(file), 'the download is over 1 MB').toBeGreaterThan(1024 * 1024);

    await withSession({}, async ({ page }) => {
      await seed(page, {});
      await page.goto(siteUrl('/werkblad/'));
      await viewHeading(page, W.views.list).waitFor();
      await chooseFile(importField(page, W.import.label), 'werkbladen.json', Buffer.from(file));
      await expect.poll(() => page.locator('.tool-card__title').count(), { timeout: 60_000 }).toBe(sheets.length);
      const stored = (await storedDocument(page, werkbladTool)).worksheets;
      expect(stored.length).toBe(sheets.length);
      for (const sheet of stored) for (const question of questions) expect(sheet.answers[question.id], sheet.title).toBe(long);
    });
  }, 240_000);
});
