/**
 * Both tools under storage faults, in jsdom: localStorage that throws on every access, storage
 * that is full on every write, stored JSON cut off halfway, stored data of a shape the tool does
 * not know, stored data from a newer version, and the first of those while the storage is full.
 * Each time: the exact Dutch notice, the tool still usable (make an item, import a file, export),
 * what was stored set aside and downloadable, never overwritten, and nothing lost. The real quota
 * of a browser, a real reload and a real download are in tests/browser/storage-limits.test.ts and
 * the tools' browser tests.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import { parseScanFile } from '../../src/lib/scan/exchange';
import { SCAN_STORAGE_KEY } from '../../src/lib/scan/tool';
import { format } from '../../src/lib/text';
import { parseWerkbladFile } from '../../src/lib/werkblad/exchange';
import { WERKBLAD_STORAGE_KEY } from '../../src/lib/werkblad/tool';
import { knownDomainIds, ratedScan, T1, T2, T3 } from '../fixtures/scan-examples';
import { exampleWorksheet, known } from '../fixtures/werkblad-examples';
import { scanFileText, storedDocumentText } from '../support/scan-files';
import { storedWerkbladText, werkbladFileText } from '../support/werkblad-files';
import {
  catchDownloads,
  chooseFiles,
  go,
  importInput,
  listTitles,
  reloadTool,
  renderTool,
  storageContents,
  storedScanDocument,
  storedWerkbladDocument,
  textOf,
  waitForView,
  type ToolName,
} from '../support/tool-render';

const original = Object.getOwnPropertyDescriptor(window, 'localStorage');

// A fault the tool does not handle shows as an error in the console (an uncaught error in a
// handler, a failed render): caught here apart from vi's mocks, which the tests restore midway.
const consoleErrors: unknown[][] = [];
const realConsoleError = console.error;
beforeEach(() => {
  consoleErrors.length = 0;
  console.error = (...args: unknown[]) => void consoleErrors.push(args);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  if (original) Object.defineProperty(window, 'localStorage', original);
  localStorage.clear();
  console.error = realConsoleError;
  expect(
    consoleErrors.map((args) => args.map(String).join(' ')),
    'console errors',
  ).toEqual([]);
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Every access to localStorage throws, as with blocked cookies or some private modes. */
function refuseStorage(): void {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('denied', 'SecurityError');
    },
  });
}

/** Every write fails because the storage is full. */
function fillStorage(): void {
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw quota();
  });
}

interface Tool {
  name: ToolName;
  key: string;
  strings: typeof S | typeof W;
  /** The stored document with one item, and its title. */
  stored: { raw: string; title: string };
  /** A valid file with another item, and its title. */
  file: { text: string; title: string };
  /** From the list: makes an item through the form, fills something in, and goes back to the list. */
  create(title: string): Promise<void>;
  /** On the list: downloads the items as a file. */
  exportButton(title: string): HTMLElement;
  parses(text: string): boolean;
  storedTitles(): string[];
}

const existingScan = ratedScan({ energie: 'grote' }, { id: 'bestaand', title: 'Bestaande scan', createdAt: T1, updatedAt: T1 });
const existingSheet = exampleWorksheet({
  id: 'bestaand',
  title: 'Bestaand werkblad',
  partners: ['gemeente'],
  createdAt: T1,
  updatedAt: T1,
});

const tools: Tool[] = [
  {
    name: 'schoolscan',
    key: SCAN_STORAGE_KEY,
    strings: S,
    stored: { raw: storedDocumentText([existingScan]), title: existingScan.title },
    file: {
      text: scanFileText(ratedScan({ motivatie: 'enige' }, { id: 'bestand', title: 'Scan uit een bestand' }), T2),
      title: 'Scan uit een bestand',
    },
    async create(title) {
      await go('schoolscan', '#nieuw', S.views.create);
      fireEvent.input(await screen.findByLabelText(S.details.title), { target: { value: title } });
      fireEvent.click(screen.getByRole('radio', { name: S.details.levels.klas }));
      fireEvent.click(screen.getByRole('radio', { name: S.details.schoolTypes.po }));
      fireEvent.click(screen.getByRole('button', { name: S.details.start }));
      await waitForView(title);
      const radio = screen.getAllByRole('radio', { name: S.rating.options.grote })[0] as HTMLInputElement;
      fireEvent.click(radio);
      await waitFor(() => expect(radio.checked, `a rating in "${title}"`).toBe(true));
      expect(screen.getByText(format(S.rating.progress, { rated: 1, total: 6 }))).toBeTruthy();
      await go('schoolscan', '', S.views.list);
    },
    exportButton: (title) =>
      within(screen.getByRole('group', { name: format(S.list.actionsFor, { title }) })).getByRole('button', { name: S.list.exportJson }),
    parses: (text) => parseScanFile(text, knownDomainIds).ok,
    storedTitles: () => storedScanDocument().scans.map((scan) => scan.title),
  },
  {
    name: 'werkblad',
    key: WERKBLAD_STORAGE_KEY,
    strings: W,
    stored: { raw: storedWerkbladText([existingSheet]), title: existingSheet.title },
    file: {
      text: werkbladFileText([exampleWorksheet({ id: 'bestand', title: 'Werkblad uit een bestand' })], undefined, T2),
      title: 'Werkblad uit een bestand',
    },
    async create(title) {
      await go('werkblad', '#nieuw', W.views.create);
      fireEvent.input(await screen.findByLabelText(W.create.programmeLabel), { target: { value: title } });
      fireEvent.click(
        within(screen.getByRole('region', { name: W.create.programmeHeading })).getByRole('button', { name: W.create.programmeButton }),
      );
      await waitForView(title);
      const answer = (await screen.findByLabelText(format(W.worksheet.answerLabel, { n: 1 }))) as HTMLTextAreaElement;
      fireEvent.input(answer, { target: { value: 'Een antwoord.' } });
      expect(answer.value, `an answer in "${title}"`).toBe('Een antwoord.');
      await go('werkblad', '', W.views.list);
    },
    exportButton: () => screen.getByRole('button', { name: W.list.exportJson }),
    parses: (text) => parseWerkbladFile(text, known).ok,
    storedTitles: () => storedWerkbladDocument().worksheets.map((sheet) => sheet.title),
  },
];

/** The notices of the tool about its storage, as shown. */
const noticeTexts = () => [...document.querySelectorAll('.scan-notices .notice p')].map((notice) => notice.textContent);

async function exported(tool: Tool, title: string): Promise<string> {
  const downloads = catchDownloads();
  fireEvent.click(tool.exportButton(title));
  // The download code loads when first used: the file arrives a moment after the click.
  await waitFor(() => expect(downloads, 'one download').toHaveLength(1));
  return downloads[0]!.text;
}

async function importFile(tool: Tool, before: string[]): Promise<void> {
  chooseFiles(await importInput(tool.strings.import.label), [{ name: `${tool.name}.json`, text: tool.file.text }]);
  await waitFor(() => expect(listTitles().sort(), 'the list after importing a valid file').toEqual([...before, tool.file.title].sort()));
  expect(screen.queryByRole('alert', { name: tool.strings.import.errorTitle }), 'no import error').toBeNull();
}

/** "Download de oude gegevens" in the notice gives this text. */
async function downloadOld(tool: Tool): Promise<string> {
  const downloads = catchDownloads();
  fireEvent.click(
    within(document.querySelector<HTMLElement>('.scan-notices')!).getByRole('button', { name: tool.strings.storage.downloadOld }),
  );
  // The download code loads when first used: the file arrives a moment after the click.
  await waitFor(() => expect(downloads, 'one download').toHaveLength(1));
  const text = await downloads[0]!.text;
  vi.restoreAllMocks();
  return text;
}

const backups = (tool: Tool) =>
  storageContents()
    .filter(([key]) => key.startsWith(`${tool.key}.backup.`))
    .map(([, value]) => value);
/** A stored document cut off in the middle: what a crash during a write could leave. */
const truncated = (raw: string) => raw.slice(0, Math.floor(raw.length * 0.6));
/** The same data, stored by a version of the site that does not exist yet. */
const newer = (raw: string) => JSON.stringify({ ...(JSON.parse(raw) as object), version: 99, addedLater: { notes: [] } });
/** A document of the right version whose list is not a list. */
const wrongShape = (tool: Tool) =>
  JSON.stringify({ version: 1, data: { [tool.name === 'schoolscan' ? 'scans' : 'worksheets']: 'geen lijst' } });

describe.each(tools)('the $name under storage faults', (tool) => {
  const s = tool.strings;

  it('storage that throws on every access: the notice that saving is not allowed; making, importing and exporting still work', async () => {
    refuseStorage();
    expect(() => window.localStorage, 'the fault is really there').toThrow('denied');
    await renderTool(tool.name, s.views.list);
    expect(noticeTexts()).toEqual([s.storage.unavailable]);
    expect(
      within(document.querySelector<HTMLElement>('.scan-notices')!).getByText(s.storage.unavailable).closest('[role="status"]'),
    ).not.toBeNull();

    await tool.create('Zonder opslag');
    expect(listTitles()).toEqual(['Zonder opslag']);
    await importFile(tool, ['Zonder opslag']);
    expect(tool.parses(await exported(tool, 'Zonder opslag')), 'the export is a valid file').toBe(true);
    expect(noticeTexts(), 'still only the one notice').toEqual([s.storage.unavailable]);
  });

  it('storage full on every write: the stored items stay; after a change the "vol" notice lists the new item, which stays in the tab, exports, and makes leaving ask first', async () => {
    localStorage.setItem(tool.key, tool.stored.raw);
    fillStorage();
    await renderTool(tool.name, s.views.list);
    expect(listTitles(), 'the stored items load').toEqual([tool.stored.title]);
    expect(noticeTexts(), 'no notice before a change').toEqual([]);

    await tool.create('Volle opslag');
    // The longer notices load with their own code, a moment after what they are about.
    const notice = await waitFor(() => {
      const found = screen.getAllByRole('alert').find((alert) => alert.textContent?.includes(s.storage.full));
      expect(found, 'the "vol" notice').toBeDefined();
      return found!;
    });
    expect(within(notice).getAllByRole('listitem').map(textOf), 'what is not stored').toEqual(['Volle opslag']);
    expect(listTitles().sort(), 'old and new items on the list').toEqual([tool.stored.title, 'Volle opslag'].sort());
    expect(storageContents(), 'the stored document is untouched').toEqual([[tool.key, tool.stored.raw]]);
    if (tool.name === 'werkblad') expect(textOf(notice), 'the werkblad’s notice talks about worksheets').not.toMatch(/\bscans?\b/);

    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented, 'the browser asks before the page is left').toBe(true);
    const file = await exported(tool, 'Volle opslag');
    expect(tool.parses(file), 'the export is a valid file').toBe(true);
    expect(file, 'the export holds the item that could not be stored').toContain('Volle opslag');

    vi.restoreAllMocks();
    await reloadTool(tool.name, s.views.list);
    expect(listTitles(), 'after a reload: the stored items, nothing lost').toEqual([tool.stored.title]);
  });

  const setAside = [
    { label: 'stored JSON cut off halfway', raw: truncated(tool.stored.raw), notice: s.storage.unreadable },
    { label: 'stored data of a shape the tool does not know', raw: wrongShape(tool), notice: s.storage.invalid },
    { label: 'stored data from a newer version', raw: newer(tool.stored.raw), notice: s.storage.newer },
  ];

  it.each(setAside)(
    '$label: its notice; the text kept under a backup key and downloadable, also after the tool is used and reloaded',
    async ({ raw, notice }) => {
      localStorage.setItem(tool.key, raw);
      await renderTool(tool.name, s.views.list);
      await waitFor(() => expect(noticeTexts()).toEqual([notice]));
      expect(
        screen.getAllByRole('alert').some((alert) => alert.textContent?.includes(notice)),
        'the notice is an alert',
      ).toBe(true);
      expect(listTitles(), 'the list starts empty').toEqual([]);
      expect(backups(tool), 'the raw value under a backup key').toEqual([raw]);
      expect(localStorage.getItem(tool.key), 'nothing under the main key').toBeNull();
      expect(await downloadOld(tool), 'the download').toBe(raw);

      await tool.create('Na het apart zetten');
      await importFile(tool, ['Na het apart zetten']);
      expect(backups(tool), 'the backup after using the tool').toEqual([raw]);
      expect(tool.storedTitles().sort(), 'what is stored now').toEqual(['Na het apart zetten', tool.file.title].sort());
      expect(await downloadOld(tool), 'the download, later').toBe(raw);

      await reloadTool(tool.name, s.views.list);
      expect(noticeTexts(), 'no notice after a reload: the main key is readable now').toEqual([]);
      expect(backups(tool), 'the backup after a reload').toEqual([raw]);
    },
  );

  it('stored JSON cut off while the storage is full: the notice says it could not be set aside, and the old data is never overwritten', async () => {
    const raw = truncated(tool.stored.raw);
    localStorage.setItem(tool.key, raw);
    fillStorage();
    await renderTool(tool.name, s.views.list);
    await waitFor(() => expect(noticeTexts()).toEqual([s.storage.unreadable, s.storage.notBackedUp]));
    await tool.create('Niet bewaard');
    expect(listTitles(), 'the new item is in the tab').toEqual(['Niet bewaard']);
    expect(storageContents(), 'the old data, unchanged').toEqual([[tool.key, raw]]);
    expect(await downloadOld(tool), 'the download').toBe(raw);
  });
});

describe('the werkblad next to broken stored scans', () => {
  const scans = storedDocumentText([
    ratedScan({ energie: 'grote' }, { id: 'scan', title: 'Scan', chosen: ['mindfulness'], createdAt: T3, updatedAt: T3 }),
  ]);

  it.each([
    ['cut off halfway', truncated(scans)],
    ['from a newer version', newer(scans)],
  ])('reads scans %s as none, without a notice, without changing or moving them, and still works', async (_label, raw) => {
    localStorage.setItem(SCAN_STORAGE_KEY, raw);
    await renderTool('werkblad', W.views.list);
    expect(noticeTexts(), 'no notice: the werkblad does not own the scans').toEqual([]);
    await go('werkblad', '#nieuw', W.views.create);
    expect(textOf(await screen.findByRole('region', { name: W.create.fromScanHeading })), 'the scans read as none').toContain(
      `${W.create.noScans} ${W.create.toScan}`,
    );
    await go('werkblad', '', W.views.list);
    await tools[1]!.create('Naast kapotte scans');
    expect(localStorage.getItem(SCAN_STORAGE_KEY), 'the scans, byte for byte').toBe(raw);
    expect(
      storageContents().filter(([key]) => key.startsWith(`${SCAN_STORAGE_KEY}.backup.`)),
      'no scan backups',
    ).toEqual([]);
  });
});
