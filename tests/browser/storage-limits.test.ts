/**
 * Where work could still be lost, in Chromium on the built site with its real storage quota: a
 * backup larger than the storage holds, a save that fails while later saves succeed, a reload
 * with work not stored, deleting (what stays on the device), member links one after another in
 * one tab, an invitation forged from an ordinary scan, a backup with a session and a plan restored
 * twice, and two tabs typing in one field. Run `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BACKUP_FORMAT } from '../../src/lib/backup-time';
import { BACKUP_VERSION } from '../../src/lib/backup';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import { scanLinkPayload } from '../../src/lib/scan/link';
import { SCAN_STORAGE_KEY, scanTool } from '../../src/lib/scan/tool';
import { format, plural } from '../../src/lib/text';
import { werkbladTool } from '../../src/lib/werkblad/tool';
import { useBrowserSuite } from '../support/browser-suite';
import { contentCatalogue } from '../support/scan-catalogue';
import { makeScan, storedDocumentText } from '../support/scan-files';
import { storedDocument, storedEntries } from '../support/stored';
import { chooseFile, downloadText, importField, seedStorage, sessionRunner, viewHeading } from '../support/tool-session';
import { emptyPlan, makeWorksheet } from '../support/werkblad-files';

const suite = useBrowserSuite();
const withSession = sessionRunner(suite);
const siteUrl = suite.siteUrl;
const catalogue = contentCatalogue();
const [first, second] = catalogue.domains as [(typeof catalogue.domains)[number], (typeof catalogue.domains)[number]];
const SS = S.session;

const seed = (page: Page, entries: Record<string, string>) => seedStorage(page, siteUrl, entries);

/**
 * Fills the site's storage with a key of its own until no more than `leave` bytes (about) are
 * free, as a long-used browser would be; returns the filler's length.
 */
async function fillStorage(page: Page, leave: number): Promise<number> {
  return page.evaluate((room) => {
    let low = 0;
    let high = 20_000_000;
    while (high - low > 256) {
      const middle = Math.floor((low + high) / 2);
      try {
        localStorage.setItem('test.vulling', 'x'.repeat(middle));
        low = middle;
      } catch {
        high = middle;
      }
    }
    const length = Math.max(0, low - room);
    localStorage.setItem('test.vulling', 'x'.repeat(length));
    return length;
  }, leave);
}

/** Characters of text a note can hold: enough that a few scans fill what is left. */
const longNote = (seed: string) => `${seed} `.repeat(Math.ceil(4800 / (seed.length + 1))).slice(0, 4800);

/** The "Wat zien we?" field of a domain on the rating view. */
const seenField = (page: Page, domainLabel: string) =>
  page.getByRole('group', { name: domainLabel, exact: true }).getByLabel(S.rating.seen, { exact: true });

describe('storage that is full', () => {
  it('refuses a backup larger than the storage whole, before anything is written, and says how much room it needs', async () => {
    await withSession({}, async ({ page }) => {
      const scans = Array.from({ length: 4000 }, (_, index) =>
        makeScan(catalogue, {
          id: `groot${index}`,
          title: `Groep ${index}`,
          ratings: { [first.id]: 'grote' },
          notes: { [first.id]: { seen: longNote(`Notitie ${index}`).slice(0, 2500) } },
          createdAt: '2026-11-20T09:00:00.000Z',
        }),
      );
      const backup = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: '2026-11-25T09:00:00.000Z',
        schoolscan: { scans },
        werkblad: { worksheets: [], plan: emptyPlan() },
      };
      const kept = makeScan(catalogue, { id: 'blijft', title: 'Bestaande scan' });
      await seed(page, { [SCAN_STORAGE_KEY]: storedDocumentText([kept]) });
      await page.goto(siteUrl('/schoolscan/'));
      await viewHeading(page, S.views.list).waitFor();
      const before = await storedEntries(page, SCAN_STORAGE_KEY);

      await chooseFile(importField(page, S.import.label), 'welbevinden-alles-groot.json', Buffer.from(JSON.stringify(backup)));

      const alert = page.getByRole('alert').filter({ hasText: 'past niet in de opslag van je browser' });
      await alert.waitFor();
      const text = await alert.innerText();
      expect(text).toMatch(/er is [\d,]+ MB nodig en nog [\d,]+ (MB|kB) vrij/);
      expect(text).toContain('Er is niets toegevoegd.');
      expect(await storedEntries(page, SCAN_STORAGE_KEY), 'nothing written').toEqual(before);
      expect(await page.getByRole('listitem').filter({ hasText: 'Groep 1' }).count()).toBe(0);
    });
  }, 240_000);

  /** A scan whose long note did not fit, a small save in another scan that did, and the notice listing the first. */
  async function failedSave(page: Page) {
    const small = makeScan(catalogue, { id: 'klein', title: 'Kleine scan' });
    const big = makeScan(catalogue, { id: 'groot', title: 'Scan met een lange notitie' });
    await seed(page, { [SCAN_STORAGE_KEY]: storedDocumentText([small, big]) });
    await page.goto(siteUrl('/schoolscan/#scan/groot'));
    await viewHeading(page, big.title).waitFor();
    await fillStorage(page, 1500);

    // A note far longer than the room left: its save fails.
    await seenField(page, first.label).fill(longNote('Moe na de pauze'));
    const notice = page.getByRole('alert').filter({ hasText: plural(1, S.storage.unsavedCount) });
    await notice.waitFor();
    expect(await notice.getByRole('listitem').allInnerTexts()).toEqual([big.title]);
    expect(await notice.innerText()).toMatch(/neemt [\d,]+ (MB|kB) in beslag/);

    // A small save in another scan succeeds; the notice stays, and "saved" is not claimed.
    await page.goto(siteUrl('/schoolscan/#scan/klein'));
    await viewHeading(page, small.title).waitFor();
    await page
      .getByRole('group', { name: second.label, exact: true })
      .getByRole('radio', { name: S.rating.options.enige, exact: true })
      .check();
    await expect
      .poll(async () => (await storedDocument(page, scanTool)).scans.find((scan) => scan.id === 'klein')?.domains[second.id]?.rating)
      .toBe('enige');
    expect(await notice.isVisible(), 'the notice stays after a later save that worked').toBe(true);
    expect(await page.locator('.tool-saved').innerText()).toBe(S.autosave.problem);
    return { notice, big };
  }

  it('lists a scan it could not store whatever later saves succeed, asks before a reload, and stores it once there is room', async () => {
    await withSession({}, async ({ page }) => {
      const { notice, big } = await failedSave(page);

      // A reload would lose it: the browser asks first, and staying keeps it.
      const asked = new Promise<string>((resolve) =>
        page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))),
      );
      void page.reload().catch(() => undefined);
      expect(await asked).toBe('beforeunload');
      expect(await notice.isVisible()).toBe(true);

      // Room made elsewhere (here: the filler removed), "Opnieuw opslaan" stores it.
      await page.evaluate(() => localStorage.removeItem('test.vulling'));
      await notice.getByRole('button', { name: S.storage.saveAgain, exact: true }).click();
      await expect.poll(() => notice.count()).toBe(0);
      const stored = (await storedDocument(page, scanTool)).scans.find((scan) => scan.id === big.id);
      expect(stored?.domains[first.id]?.seen).toBe(longNote('Moe na de pauze'));
      await page.reload();
      await viewHeading(page, 'Kleine scan').waitFor();
    });
  }, 180_000);

  it('offers what it could not store as a file, which the import reads back, and then does not ask before a reload', async () => {
    await withSession({}, async ({ page }) => {
      const { notice } = await failedSave(page);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        notice.getByRole('button', { name: S.storage.downloadUnsaved, exact: true }).click(),
      ]);
      const file = await downloadText(download);
      await expect.poll(() => notice.count()).toBe(0);

      let asked = false;
      page.on('dialog', (dialog) => {
        asked = true;
        void dialog.accept();
      });
      await page.reload();
      await viewHeading(page, 'Kleine scan').waitFor();
      expect(asked, 'no question before the reload').toBe(false);

      await page.evaluate(() => localStorage.removeItem('test.vulling'));
      await page.goto(siteUrl('/schoolscan/'));
      await viewHeading(page, S.views.list).waitFor();
      await chooseFile(importField(page, S.import.label), download.suggestedFilename(), Buffer.from(file));
      await expect
        .poll(
          async () =>
            (await storedDocument(page, scanTool)).scans.filter((scan) => scan.domains[first.id]?.seen === longNote('Moe na de pauze'))
              .length,
        )
        .toBe(1);
    });
  }, 180_000);

  it('says that a member’s scan opened from a link was not stored when storage is full', async () => {
    await withSession({}, async ({ page }) => {
      const member = makeScan(catalogue, { id: 'lidvol', title: 'Groep 6', notes: { [first.id]: { seen: longNote('Stil') } } });
      await seed(page, {});
      await page.goto(siteUrl('/schoolscan/'));
      await viewHeading(page, S.views.list).waitFor();
      await fillStorage(page, 500);

      await page.goto(siteUrl(`/schoolscan/#lid/${await scanLinkPayload(member, '2026-11-25T09:00:00.000Z')}`));

      await page
        .locator('.receive')
        .getByText(format(SS.receivedNotSaved, { title: member.title }), { exact: true })
        .waitFor();
      await page
        .getByRole('alert')
        .filter({ hasText: plural(1, S.storage.unsavedCount) })
        .waitFor();
    });
  }, 120_000);
});

describe('deleting', () => {
  it('erases what a deleted scan held from the device, frees its room, and undo brings it back', async () => {
    await withSession({}, async ({ page }) => {
      const secret = 'Notitie over een leerling die weg moet';
      const scans = Array.from({ length: 100 }, (_, index) =>
        makeScan(catalogue, {
          id: `weg${index}`,
          title: `Groep ${index}`,
          notes: { [first.id]: { seen: `${secret} ${index}. ${longNote('Tekst').slice(0, 2000)}` } },
          createdAt: `2026-11-20T09:00:${String(index % 60).padStart(2, '0')}.000Z`,
        }),
      );
      await seed(page, { [SCAN_STORAGE_KEY]: storedDocumentText(scans) });
      await page.goto(siteUrl('/schoolscan/'));
      await viewHeading(page, S.views.list).waitFor();
      const used = () =>
        page.evaluate(() => {
          let total = 0;
          for (let index = 0; index < localStorage.length; index += 1) {
            const key = localStorage.key(index)!;
            total += key.length + (localStorage.getItem(key) ?? '').length;
          }
          return total;
        });
      const before = await used();

      // Delete one through the list: the question, then "Ongedaan maken", take focus.
      const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Groep 0', exact: true }) });
      await card.getByRole('button', { name: S.list.delete, exact: true }).click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe(format(S.list.confirmDelete, { title: 'Groep 0' }));
      await card.getByRole('button', { name: S.list.confirmDeleteYes, exact: true }).click();
      const undo = page.getByRole('button', { name: S.list.undo, exact: true });
      await expect.poll(() => undo.evaluate((element) => element === document.activeElement)).toBe(true);
      const entry = await page.evaluate((key) => localStorage.getItem(key), `${SCAN_STORAGE_KEY}/weg0`);
      expect(entry).not.toContain(secret);
      expect(JSON.parse(entry!).data.fields).toEqual({ $deleted: true });

      await undo.click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Groep 0');
      expect(await page.evaluate((key) => localStorage.getItem(key), `${SCAN_STORAGE_KEY}/weg0`)).toContain(secret);

      // The other 99 as a school clearing out: every note gone from storage, the room free.
      for (let index = 1; index < 100; index += 1) {
        const other = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Groep ${index}`, exact: true }) });
        await other.getByRole('button', { name: S.list.delete, exact: true }).click();
        await other.getByRole('button', { name: S.list.confirmDeleteYes, exact: true }).click();
      }
      const after = await used();
      const all = await storedEntries(page, SCAN_STORAGE_KEY);
      expect(all.filter(([, value]) => value.includes(secret)).map(([key]) => key)).toEqual([`${SCAN_STORAGE_KEY}/weg0`]);
      console.log(`storage used (characters): ${before} with 100 scans, ${after} after deleting 99 of them`);
      expect(after).toBeLessThan(before / 10);
    });
  }, 240_000);
});

describe('links in one tab', () => {
  it('stores each member link opened one after another in the same tab, and says so for each', async () => {
    await withSession({}, async ({ page }) => {
      await seed(page, {});
      await page.goto(siteUrl('/schoolscan/'));
      await viewHeading(page, S.views.list).waitFor();
      const scans = ['Een', 'Twee', 'Drie'].map((name, index) =>
        makeScan(catalogue, { id: `lid${index}`, title: `Groep ${name}`, ratings: { [first.id]: 'enige' } }),
      );
      for (const scan of scans) {
        const payload = await scanLinkPayload(scan, '2026-11-25T09:00:00.000Z');
        await page.evaluate((hash) => (location.hash = hash), `#lid/${payload}`);
        await page
          .locator('.receive')
          .getByText(format(SS.receivedLoose, { title: scan.title }), { exact: true })
          .waitFor();
      }
      const stored = await storedDocument(page, scanTool);
      expect(stored.scans.map((scan) => scan.title).sort()).toEqual(['Groep Drie', 'Groep Een', 'Groep Twee']);
    });
  }, 120_000);
});

describe('an invitation forged from an ordinary scan', () => {
  it('never treats the scan as a session: its overview and presentation are not offered and its notes stay', async () => {
    await withSession({}, async ({ page }) => {
      const ordinary = makeScan(catalogue, { id: 'gewoon', title: 'Gewone scan', notes: { [first.id]: { seen: 'Eigen notitie' } } });
      await seed(page, { [SCAN_STORAGE_KEY]: storedDocumentText([ordinary]) });
      const member = { ...makeScan(catalogue, { id: 'vals', title: 'Gewone scan', ratings: { [first.id]: 'grote' } }), session: 'gewoon' };
      await page.goto(siteUrl(`/schoolscan/#lid/${await scanLinkPayload(member, '2026-11-25T09:00:00.000Z')}`));
      await page
        .locator('.receive')
        .getByText(format(SS.receivedLoose, { title: member.title }), { exact: true })
        .waitFor();

      for (const hash of ['#sessie/gewoon', '#sessie/gewoon/bespreken', `#sessie/gewoon/bespreken/${first.id}`]) {
        await page.goto(siteUrl(`/schoolscan/${hash}`));
        await viewHeading(page, S.views.list).waitFor();
      }
      const stored = (await storedDocument(page, scanTool)).scans.find((scan) => scan.id === 'gewoon');
      expect(stored).toStrictEqual(ordinary);
    });
  }, 120_000);
});

describe('a backup with a session and a plan', () => {
  it('restores every link (members to their session, worksheets and the plan to their scan), and a second restore changes nothing', async () => {
    await withSession({}, async ({ page }) => {
      const session = { ...makeScan(catalogue, { id: 'sessie1', title: 'Teamoverleg' }), session: 'sessie1' };
      const members = [1, 2, 3].map((n) => ({
        ...makeScan(catalogue, { id: `lid${n}`, title: 'Teamoverleg', role: `mentor ${n}`, ratings: { [first.id]: 'enige' } }),
        session: 'sessie1',
      }));
      const sheet = makeWorksheet({ id: 'blad1', title: 'Werkblad bij het overleg', scanId: 'sessie1' });
      const plan = { school: 'De Linde', date: '2026-11-25', scanId: 'sessie1', updatedAt: '2026-11-25T09:00:00.000Z' };
      const backup = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: '2026-11-25T09:00:00.000Z',
        schoolscan: { scans: [session, ...members] },
        werkblad: { worksheets: [sheet], plan },
      };
      const text = `${JSON.stringify(backup, null, 2)}\n`;
      await seed(page, {});

      for (const [tool, label] of [
        ['schoolscan', S.import.label],
        ['werkblad', W.import.label],
      ] as const) {
        await page.evaluate(() => localStorage.clear());
        await page.goto(siteUrl(`/${tool}/`));
        await viewHeading(page, tool === 'schoolscan' ? S.views.list : W.views.list).waitFor();
        const input = importField(page, label);
        await chooseFile(input, 'welbevinden-alles-2026-11-25.json', Buffer.from(text));
        await page
          .getByText(
            format(S.backup.restored, { file: '‘welbevinden-alles-2026-11-25.json’', scans: '4 scans', worksheets: '1 werkblad' }),
            { exact: false },
          )
          .first()
          .waitFor();

        const scans = (await storedDocument(page, scanTool)).scans;
        expect(
          scans
            .filter((scan) => scan.session === 'sessie1')
            .map((scan) => scan.id)
            .sort(),
          tool,
        ).toEqual(['lid1', 'lid2', 'lid3', 'sessie1']);
        const werkblad = await storedDocument(page, werkbladTool);
        expect(
          werkblad.worksheets.map((item) => item.scanId),
          tool,
        ).toEqual(['sessie1']);
        expect(werkblad.plan, tool).toMatchObject({ school: 'De Linde', scanId: 'sessie1' });

        const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
        await chooseFile(input, 'welbevinden-alles-2026-11-25.json', Buffer.from(text));
        // Said on screen and in the live region: either shows that the second restore has run.
        await page
          .getByText(format(S.backup.nothingNew, { file: '‘welbevinden-alles-2026-11-25.json’' }), { exact: true })
          .first()
          .waitFor();
        expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), `${tool}: twice`).toBe(before);
      }

      // The session works: its overview counts the three members.
      await page.goto(siteUrl('/schoolscan/#sessie/sessie1'));
      await page.getByText(plural(3, SS.collected), { exact: true }).waitFor();
    });
  }, 180_000);
});

describe('two tabs typing in one field', () => {
  it('keeps every keystroke of both tabs typing alternately, and offers at most one text to put back', async () => {
    await withSession({}, async ({ page, newTab }) => {
      const scan = makeScan(catalogue, { id: 'samen', title: 'Samen typen' });
      await seed(page, { [SCAN_STORAGE_KEY]: storedDocumentText([scan]) });
      const other = await newTab();
      for (const tab of [page, other]) {
        await tab.goto(siteUrl('/schoolscan/#scan/samen'));
        await viewHeading(tab, scan.title).waitFor();
      }
      const fields = [seenField(page, first.label), seenField(other, first.label)];
      let typed = 0;
      for (let index = 0; index < 30; index += 1) {
        const field = fields[index % 2]!;
        await field.focus();
        await field.page().keyboard.press('End');
        await field.page().keyboard.type(index % 2 ? 'b' : 'a');
        typed += 1;
      }
      const stored = async () => (await storedDocument(page, scanTool)).scans[0]?.domains[first.id]?.seen ?? '';
      await expect.poll(async () => (await stored()).length).toBe(typed);
      expect([...(await stored())].filter((char) => char === 'a')).toHaveLength(15);
      for (const tab of [page, other]) {
        await expect.poll(() => seenField(tab, first.label).inputValue()).toBe(await stored());
        expect(await tab.getByRole('button', { name: S.storage.putBack }).count()).toBeLessThanOrEqual(1);
      }
    });
  }, 120_000);
});
