/**
 * Both tools (/schoolscan/ and /werkblad/) under faults, in Chromium: storage that throws on
 * every call, storage that is full on every write, corrupted stored JSON, stored data from a newer
 * version, both of the last two while the storage is full, and 200 generated bad import files per
 * tool (fast-check, fixed seed). Each time: no uncaught error and no console error (the session
 * fails on either, and on CSP violations and foreign requests), the exact Dutch notice, the tool
 * still usable, and no data lost. The single cases of each fault are in schoolscan.test.ts and
 * werkblad.test.ts; this file is the matrix. Run `npm run build` first.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import { parseScanFile } from '../../src/lib/scan/exchange';
import { SCAN_FILE_FORMAT } from '../../src/lib/scan/model';
import { SCAN_STORAGE_KEY, scanTool } from '../../src/lib/scan/tool';
import { storedDocument } from '../support/stored';
import { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from '../../src/lib/limits';
import { parseWerkbladFile, type KnownIds } from '../../src/lib/werkblad/exchange';
import { WERKBLAD_FILE_FORMAT } from '../../src/lib/werkblad/model';
import { WERKBLAD_STORAGE_KEY, werkbladTool } from '../../src/lib/werkblad/tool';
import { format } from '../../src/lib/text';
import { useBrowserSuite } from '../support/browser-suite';
import { contentCatalogue } from '../support/scan-catalogue';
import { makeScan, scanFileText, storedDocumentText } from '../support/scan-files';
import { contentPartners, contentQuestions, makeWorksheet, storedWerkbladText, werkbladFileText } from '../support/werkblad-files';
import { downloadText, fillNewScan, type Session, sessionRunner, storageFaults, viewHeading } from '../support/tool-session';

const suite = useBrowserSuite('werkblad/index.html');
const siteUrl = suite.siteUrl;
const withSession = sessionRunner(suite);

const catalogue = contentCatalogue();
const questions = contentQuestions();
const knownDomains: ReadonlySet<string> = new Set(catalogue.domains.map((domain) => domain.id));
const known: KnownIds = {
  types: new Set(catalogue.interventions.map((type) => type.id)),
  domains: knownDomains,
  questions: new Set(questions.map((question) => question.id)),
  partners: new Set(contentPartners().map((partner) => partner.id)),
};
const typeTitle = (id: string): string => {
  const type = catalogue.interventions.find((candidate) => candidate.id === id);
  if (!type) throw new Error(`No intervention type "${id}" in the catalogue`);
  return type.title;
};
const quoted = (text: string) => `‘${text}’`;

/** Fixed, so the generated files are the same on every run. */
const SEED = 20261125;
const BAD_FILES = 200;

// ---------------------------------------------------------------------------------------------
// The two tools, described the same way.

type ParseResult = { ok: true } | { ok: false; error: { code: string; version?: number; ids?: string[] } };

interface Tool {
  name: 'schoolscan' | 'werkblad';
  path: string;
  key: string;
  storage: typeof S.storage | typeof W.storage;
  listHeading: string;
  importLabel: string;
  importErrorTitle: string;
  importErrors: Record<string, string>;
  format: string;
  /** The stored document holding the existing items, and their titles. */
  stored: { raw: string; data: unknown; titles: string[] };
  /** A valid export with other items, and the titles it adds. */
  file: { text: string; titles: string[] };
  /** The other tool's valid export: a JSON file of the right kind of site, but the wrong tool. */
  otherFile: () => string;
  parse(text: string): ParseResult;
  /** From the list: makes an item through the form, fills something in, and returns to the list. */
  create(page: Page, title: string): Promise<void>;
  /** On the list: exports and returns the downloaded file's text (the item `title` for the scan). */
  exportFile(page: Page, title: string): Promise<string>;
}

const existingScan = makeScan(catalogue, {
  title: 'Bestaande scan groep 5',
  ratings: { energie: 'grote', concentratie: 'enige', motivatie: 'geen' },
  notes: { energie: { seen: 'Moe na de pauze.', going: 'Goede sfeer.' } },
  chosen: ['stressmanagement'],
});
const fileScan = makeScan(catalogue, {
  title: 'Geïmporteerde scan',
  level: 'afdeling',
  schoolType: 'vo',
  role: 'mentor',
  ratings: { aanwezigheid: 'grote', 'omgaan-met-emoties': 'onbekend' },
  notes: { aanwezigheid: { seen: 'Veel verzuim op maandag.' } },
  chosen: ['klassenmanagement', 'mindfulness'],
});
const existingSheet = makeWorksheet({
  title: 'Bestaand werkblad',
  typeId: 'veerkracht',
  answers: { [questions[0]!.id]: 'Al ingevuld.' },
  partners: ['gemeente'],
  actions: [{ what: 'Overleg', who: 'IB', when: 'Maart' }],
  status: 'gepland',
});
const fileSheets = [
  makeWorksheet({
    title: typeTitle('klassenmanagement'),
    typeId: 'klassenmanagement',
    scanId: fileScan.id,
    domains: ['aanwezigheid'],
    answers: { [questions[0]!.id]: 'Antwoord een', [questions[3]!.id]: 'Antwoord vier' },
    partners: ['gemeente', 'ouders'],
    actions: [
      { what: 'Training', who: 'Team', when: 'April' },
      { what: '', who: '', when: '' },
    ],
    status: 'loopt',
  }),
  makeWorksheet({ title: 'Kanjertraining', typeId: null, answers: { [questions[1]!.id]: 'Programma' }, status: 'idee' }),
];

const schoolscan: Tool = {
  name: 'schoolscan',
  path: '/schoolscan/',
  key: SCAN_STORAGE_KEY,
  storage: S.storage,
  listHeading: S.views.list,
  importLabel: S.import.label,
  importErrorTitle: S.import.errorTitle,
  importErrors: S.import.errors,
  format: SCAN_FILE_FORMAT,
  stored: {
    raw: storedDocumentText([existingScan]),
    data: { scans: [existingScan], deleted: {} },
    titles: [existingScan.title],
  },
  file: { text: scanFileText(fileScan), titles: [fileScan.title] },
  otherFile: () => werkbladFileText(fileSheets),
  parse: (text) => parseScanFile(text, knownDomains),
  async create(page, title) {
    await page.getByRole('link', { name: `${S.list.newScan}: ${S.list.alone}`, exact: true }).click();
    await viewHeading(page, S.views.create).waitFor();
    await fillNewScan(page, { title });
    await page.getByRole('button', { name: S.details.start, exact: true }).click();
    await viewHeading(page, title).waitFor();
    const label = catalogue.domains.find((domain) => domain.id === 'energie')!.label;
    const radio = page.getByRole('group', { name: label, exact: true }).getByRole('radio', { name: S.rating.options.grote, exact: true });
    await radio.check();
    expect(await radio.isChecked(), `a rating in "${title}"`).toBe(true);
    await page
      .getByRole('navigation', { name: S.nav.label, exact: true })
      .getByRole('link', { name: S.nav.backToList, exact: true })
      .click();
    await viewHeading(page, S.views.list).waitFor();
  },
  async exportFile(page, title) {
    const group = page.getByRole('group', { name: format(S.list.actionsFor, { title }), exact: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      group.getByRole('button', { name: S.list.exportJson, exact: true }).click(),
    ]);
    return downloadText(download);
  },
};

const werkblad: Tool = {
  name: 'werkblad',
  path: '/werkblad/',
  key: WERKBLAD_STORAGE_KEY,
  storage: W.storage,
  listHeading: W.views.list,
  importLabel: W.import.label,
  importErrorTitle: W.import.errorTitle,
  importErrors: W.import.errors,
  format: WERKBLAD_FILE_FORMAT,
  stored: {
    raw: storedWerkbladText([existingSheet]),
    data: JSON.parse(storedWerkbladText([existingSheet])).data,
    titles: [existingSheet.title],
  },
  file: { text: werkbladFileText(fileSheets), titles: fileSheets.map((sheet) => sheet.title) },
  otherFile: () => scanFileText(fileScan),
  parse: (text) => parseWerkbladFile(text, known),
  async create(page, title) {
    await page.getByRole('link', { name: W.list.newWorksheet, exact: true }).click();
    await viewHeading(page, W.views.create).waitFor();
    await page.getByLabel(W.create.programmeLabel, { exact: true }).fill(title);
    await page
      .getByRole('region', { name: W.create.programmeHeading, exact: true })
      .getByRole('button', { name: W.create.programmeButton, exact: true })
      .click();
    await viewHeading(page, title).waitFor();
    const answer = page.getByLabel(format(W.worksheet.answerLabel, { n: 1 }), { exact: true });
    await answer.fill('Een antwoord.');
    expect(await answer.inputValue(), `an answer in "${title}"`).toBe('Een antwoord.');
    await page
      .getByRole('navigation', { name: W.nav.label, exact: true })
      .getByRole('link', { name: W.nav.backToList, exact: true })
      .click();
    await viewHeading(page, W.views.list).waitFor();
  },
  async exportFile(page) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: W.list.exportJson, exact: true }).click(),
    ]);
    return downloadText(download);
  },
};

const tools = [schoolscan, werkblad];

// ---------------------------------------------------------------------------------------------
// Helpers.

async function openTool(page: Page, tool: Tool): Promise<void> {
  const response = await page.goto(siteUrl(tool.path));
  expect(response?.status(), tool.path).toBe(200);
  await viewHeading(page, tool.listHeading).waitFor();
}

/**
 * Writes localStorage from a page of the same origin without scripts, before a tool loads. Uses
 * the Storage named setter, which the "full" fault (Storage.prototype.setItem) does not reach.
 */
async function seed(page: Page, entries: Record<string, string>): Promise<void> {
  await page.goto(siteUrl('/onderzoek/'));
  await page.evaluate((values) => {
    localStorage.clear();
    for (const [name, value] of Object.entries(values)) (localStorage as unknown as Record<string, string>)[name] = value;
  }, entries);
}

/** Every localStorage entry, sorted by key. */
async function storageSnapshot(page: Page): Promise<[string, string][]> {
  return page.evaluate(() => {
    const entries: [string, string][] = [];
    for (let index = 0; index < localStorage.length; index += 1) {
      const name = localStorage.key(index)!;
      entries.push([name, localStorage.getItem(name) ?? '']);
    }
    return entries.sort(([a], [b]) => a.localeCompare(b));
  });
}

const listTitles = (page: Page) =>
  page
    .locator('.tool-card__title')
    .allTextContents()
    .then((titles) => titles.map((title) => title.trim()));
const sorted = (list: string[]) => [...list].sort();
const importInput = (page: Page, tool: Tool) => page.getByLabel(tool.importLabel, { exact: true });
const importErrorBox = (page: Page, tool: Tool) =>
  page.getByRole('alert').filter({ has: page.getByRole('heading', { name: tool.importErrorTitle, exact: true }) });
/** The notice paragraphs of the tool (storage notices), as shown. */
const noticeTexts = (page: Page) => page.locator('.scan-notices .notice p').allTextContents();

/** The Dutch message for an import problem, as the island words it (src/lib/tools/exchange.ts). */
function importMessage(tool: Tool, file: string, error: { code: string; version?: number; ids?: string[] }): string {
  const template = tool.importErrors[error.code];
  if (template === undefined) throw new Error(`${tool.name}: no message for import error "${error.code}"`);
  return format(template, { file: quoted(file), version: error.version ?? '', ids: error.ids?.join(', ') ?? '', limit: MAX_IMPORT_LABEL });
}

/** Parses a file as the site would after reading it: refused by size first, then if it is not UTF-8 text. */
function siteVerdict(tool: Tool, bytes: Buffer): ParseResult {
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, error: { code: 'too-large' } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: { code: 'not-utf8' } };
  }
  return tool.parse(text);
}

/** Imports the tool's valid file and waits until its items are on the list. */
async function importValidFile(page: Page, tool: Tool, before: string[]): Promise<void> {
  await importInput(page, tool).setInputFiles({
    name: `${tool.name}-geldig.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(tool.file.text),
  });
  await expect
    .poll(async () => sorted(await listTitles(page)), { message: `${tool.name}: the list after importing a valid file` })
    .toEqual(sorted([...before, ...tool.file.titles]));
  expect(await importErrorBox(page, tool).count(), 'no import error').toBe(0);
}

/** "Download de oude gegevens" in the notice gives exactly `raw`. */
async function downloadOld(page: Page, tool: Tool): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.scan-notices').getByRole('button', { name: tool.storage.downloadOld, exact: true }).click(),
  ]);
  return downloadText(download);
}

function backups(snapshot: [string, string][], tool: Tool): string[] {
  return snapshot.filter(([name]) => name.startsWith(`${tool.key}.backup.`)).map(([, value]) => value);
}

const faultSession = <R>(body: (session: Session) => Promise<R>) => withSession({ acceptDownloads: true }, body);

// ---------------------------------------------------------------------------------------------
// a-d: the fault matrix.

/** A stored document cut off in the middle: what a crash during a write could leave. */
const truncated = (raw: string) => raw.slice(0, Math.floor(raw.length * 0.6));
/** The same data, stored by a version of the site that does not exist yet. */
const newer = (tool: Tool) => JSON.stringify({ version: 2, data: tool.stored.data, addedLater: { notes: [] } });

describe.each(tools)('$name under storage faults', (tool) => {
  it(`a. storage that throws on every call: the "${tool.storage.unavailable.slice(0, 40)}…" notice; making, importing and exporting still work`, async () => {
    await faultSession(async ({ context, page }) => {
      await storageFaults.refused(context);
      await openTool(page, tool);
      expect(await noticeTexts(page), 'the notices').toEqual([tool.storage.unavailable]);
      expect(await page.getByRole('status').filter({ hasText: tool.storage.unavailable }).isVisible()).toBe(true);

      await tool.create(page, 'Zonder opslag');
      expect(await listTitles(page)).toEqual(['Zonder opslag']);
      await importValidFile(page, tool, ['Zonder opslag']);
      const exported = await tool.exportFile(page, 'Zonder opslag');
      expect(tool.parse(exported).ok, 'the export made without storage is a valid file').toBe(true);
      expect(await noticeTexts(page), 'still only the one notice').toEqual([tool.storage.unavailable]);
      expect(
        await page.evaluate(() => {
          try {
            return typeof localStorage;
          } catch (error) {
            return (error as Error).name;
          }
        }),
        'the fault is really there',
      ).toBe('SecurityError');
    });
  });

  it(`b. storage full on every write: the existing items stay, the "opslag … is vol" notice after a change listing the new item, which stays in the tab and can be exported; a reload asks first`, async () => {
    await faultSession(async ({ context, page }) => {
      await storageFaults.full(context);
      await seed(page, { [tool.key]: tool.stored.raw });
      await openTool(page, tool);
      expect(await listTitles(page), 'the stored items load').toEqual(tool.stored.titles);
      expect(await noticeTexts(page), 'no notice before a change').toEqual([]);

      await tool.create(page, 'Volle opslag');
      const notice = page.getByRole('alert').filter({ hasText: tool.storage.full });
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.getByRole('listitem').allTextContents(), 'what is not stored').toEqual(['Volle opslag']);
      expect(sorted(await listTitles(page)), 'old and new items on the list').toEqual(sorted([...tool.stored.titles, 'Volle opslag']));
      expect(await storageSnapshot(page), 'the stored document is untouched').toEqual([[tool.key, tool.stored.raw]]);

      const exported = await tool.exportFile(page, 'Volle opslag');
      const parsed = tool.parse(exported);
      expect(parsed.ok, 'the export is a valid file').toBe(true);
      expect(exported, 'the export holds the item that could not be stored').toContain('Volle opslag');

      // Leaving loses it, so the browser asks; going on anyway leaves the stored items as they were.
      const asked = new Promise<string>((resolve) =>
        page.once('dialog', (dialog) => void dialog.accept().then(() => resolve(dialog.type()))),
      );
      await page.reload();
      expect(await asked).toBe('beforeunload');
      await viewHeading(page, tool.listHeading).waitFor();
      expect(await listTitles(page), 'after a reload: the stored items, nothing lost').toEqual(tool.stored.titles);
    });
  });

  const setAside = [
    { label: 'c. corrupted stored JSON (a document cut off halfway)', raw: truncated(tool.stored.raw), reason: 'unreadable' as const },
    { label: 'd. stored data from a newer version (2)', raw: newer(tool), reason: 'newer' as const },
  ];

  for (const { label, raw, reason } of setAside) {
    it(`${label}: the "${tool.storage[reason].slice(0, 40)}…" notice; the raw text is kept under a backup key and downloadable, also after the tool is used and reloaded`, async () => {
      await faultSession(async ({ page }) => {
        await seed(page, { [tool.key]: raw });
        await openTool(page, tool);
        expect(await noticeTexts(page), 'the notices').toEqual([tool.storage[reason]]);
        expect(await page.getByRole('alert').filter({ hasText: tool.storage[reason] }).isVisible(), 'the notice is an alert').toBe(true);
        expect(await listTitles(page), 'the list starts empty').toEqual([]);
        const afterLoad = await storageSnapshot(page);
        expect(backups(afterLoad, tool), 'the raw value under a backup key').toEqual([raw]);
        expect(
          afterLoad.find(([name]) => name === tool.key),
          'nothing under the main key yet',
        ).toBeUndefined();
        expect(await downloadOld(page, tool), 'the download').toBe(raw);

        // The tool works on, and what was set aside stays.
        await tool.create(page, 'Na het apart zetten');
        await importValidFile(page, tool, ['Na het apart zetten']);
        const afterUse = await storageSnapshot(page);
        expect(backups(afterUse, tool), 'the backup after using the tool').toEqual([raw]);
        const stored =
          tool.name === 'schoolscan' ? (await storedDocument(page, scanTool)).scans : (await storedDocument(page, werkbladTool)).worksheets;
        const titles = stored.map((item) => item.title);
        expect(sorted(titles), 'what is stored now holds the new items only').toEqual(sorted(['Na het apart zetten', ...tool.file.titles]));
        expect(await downloadOld(page, tool), 'the download, later').toBe(raw);

        await page.reload();
        await viewHeading(page, tool.listHeading).waitFor();
        expect(await noticeTexts(page), 'no notice after a reload: the main key is readable now').toEqual([]);
        expect(backups(await storageSnapshot(page), tool), 'the backup after a reload').toEqual([raw]);
      });
    });
  }

  it(`c+b. corrupted stored JSON while the storage is full: the notice says it could not be set aside, and the tool never overwrites the old data`, async () => {
    await faultSession(async ({ context, page }) => {
      await storageFaults.full(context);
      const raw = truncated(tool.stored.raw);
      await seed(page, { [tool.key]: raw });
      await openTool(page, tool);
      expect(await noticeTexts(page), 'the notices').toEqual([tool.storage.unreadable, tool.storage.notBackedUp]);
      await tool.create(page, 'Niet bewaard');
      expect(await listTitles(page), 'the new item is in the tab').toEqual(['Niet bewaard']);
      expect(await storageSnapshot(page), 'the old data is still there, unchanged').toEqual([[tool.key, raw]]);
      expect(await downloadOld(page, tool), 'the download').toBe(raw);
    });
  });
});

describe('the werkblad and broken scans', () => {
  it('reads corrupted or newer stored scans without changing or moving them, and still works', async () => {
    await faultSession(async ({ page }) => {
      for (const raw of [truncated(schoolscan.stored.raw), newer(schoolscan)]) {
        await seed(page, { [SCAN_STORAGE_KEY]: raw });
        await openTool(page, werkblad);
        expect(await noticeTexts(page), 'no notice: the werkblad does not own the scans').toEqual([]);
        await page.getByRole('link', { name: W.list.newWorksheet, exact: true }).click();
        await viewHeading(page, W.views.create).waitFor();
        const fromScan = page.getByRole('region', { name: W.create.fromScanHeading, exact: true });
        expect((await fromScan.textContent())?.replace(/\s+/g, ' '), 'the scans read as none').toContain(
          `${W.create.noScans} ${W.create.toScan}`,
        );
        await page.goto(siteUrl(werkblad.path));
        await viewHeading(page, W.views.list).waitFor();
        await werkblad.create(page, 'Naast kapotte scans');
        const snapshot = await storageSnapshot(page);
        expect(snapshot.find(([name]) => name === SCAN_STORAGE_KEY)?.[1], 'the scans, byte for byte').toBe(raw);
        expect(
          snapshot.filter(([name]) => name.startsWith(`${SCAN_STORAGE_KEY}.backup.`)),
          'no scan backups',
        ).toEqual([]);
      }
    });
  });
});

// ---------------------------------------------------------------------------------------------
// e: 200 generated bad import files per tool.

interface BadFile {
  kind: string;
  bytes: Buffer;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function pathsOf(value: Json, path: Path = []): Path[] {
  const here = [path];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => pathsOf(item, [...path, index]))];
  if (value !== null && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))];
  return here;
}

function parentOf(root: Json, path: Path): { parent: Json[] | Record<string, Json>; key: string | number } | null {
  if (path.length === 0) return null;
  let node: Json = root;
  for (const step of path.slice(0, -1)) node = (node as Record<string | number, Json>)[step]!;
  return { parent: node as Json[] | Record<string, Json>, key: path[path.length - 1]! };
}

const kindOf = (value: Json) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
const otherValues: Json[] = [0, -1, 1.5, 1e308, '', 'tekst', 'x'.repeat(200), true, false, null, [], [1, 'a'], {}, { a: 1 }];
const badVersions: Json[] = [
  2,
  3,
  99,
  1_000_000_000,
  0,
  -1,
  -7,
  0.5,
  1.5,
  1.0000001,
  -2.5,
  Number.MAX_SAFE_INTEGER + 2,
  '1',
  '2',
  null,
  [],
  true,
];

/** A mutation of a valid export at a random JSON path. */
function mutationArbitrary(tool: Tool): fc.Arbitrary<BadFile> {
  const base = JSON.parse(tool.file.text) as Json;
  const paths = pathsOf(base);
  const unknownId = fc.stringMatching(/^[a-z][a-z0-9-]{2,20}$/).map((id) => `onbekend-${id}`);
  const huge = fc.integer({ min: MAX_IMPORT_BYTES + 1, max: MAX_IMPORT_BYTES + 200_000 }).map((length) => 'x'.repeat(length));
  const write = (value: Json, indent: number) => Buffer.from(`${JSON.stringify(value, null, indent)}${indent ? '\n' : ''}`);
  const at = fc.nat({ max: paths.length - 1 }).map((index) => paths[index]!);

  const wrongType = fc.tuple(at, fc.constantFrom(...otherValues)).map(([path, value]) => {
    const copy = structuredClone(base);
    const place = parentOf(copy, path);
    if (!place) return { kind: 'mutation: root replaced', value: value };
    const old = (place.parent as Record<string | number, Json>)[place.key]!;
    (place.parent as Record<string | number, Json>)[place.key] =
      kindOf(value) === kindOf(old) ? (typeof old === 'string' ? 7 : 'tekst') : value;
    return { kind: `mutation: wrong type at ${path.join('.')}`, value: copy };
  });
  const removed = at.map((path) => {
    const copy = structuredClone(base);
    const place = parentOf(copy, path);
    if (!place) return { kind: 'mutation: everything removed', value: {} as Json };
    if (Array.isArray(place.parent)) place.parent.splice(place.key as number, 1);
    else delete place.parent[place.key as string];
    return { kind: `mutation: removed ${path.join('.')}`, value: copy };
  });
  const version = fc.constantFrom(...badVersions).map((value) => {
    const copy = structuredClone(base) as Record<string, Json>;
    copy.version = value;
    return { kind: `mutation: version ${JSON.stringify(value)}`, value: copy as Json };
  });
  const hugeString = fc.tuple(at, huge).map(([path, text]) => {
    const copy = structuredClone(base);
    const place = parentOf(copy, path);
    if (place) (place.parent as Record<string | number, Json>)[place.key] = text;
    return { kind: `mutation: ${text.length}-character string at ${path.join('.') || 'the root'}`, value: place ? copy : text };
  });
  const unknownIds =
    tool.name === 'schoolscan'
      ? fc.tuple(fc.constantFrom(...[...knownDomains]), unknownId).map(([domain, id]) => {
          const copy = structuredClone(base) as { scan: { domains: Record<string, Json> } };
          const answer = copy.scan.domains[domain]!;
          delete copy.scan.domains[domain];
          copy.scan.domains[id] = answer;
          return { kind: `mutation: unknown domain ${id}`, value: copy as unknown as Json };
        })
      : fc.tuple(fc.constantFrom('partners', 'domains', 'typeId', 'answers'), fc.nat({ max: 1 }), unknownId).map(([field, index, id]) => {
          const copy = structuredClone(base) as { worksheets: Record<string, Json>[] };
          const sheet = copy.worksheets[index]!;
          if (field === 'typeId') sheet.typeId = id;
          else if (field === 'answers') (sheet.answers as Record<string, Json>)[id] = 'Antwoord';
          else (sheet[field] as Json[]).push(id);
          return { kind: `mutation: unknown ${field} id ${id}`, value: copy as unknown as Json };
        });
  const wrongFormat = fc
    .constantFrom<Json>('welbevinden-schoolscan', 'welbevinden-werkblad', 'Welbevinden-Werkblad', '', null, 1)
    .map((value) => {
      const copy = structuredClone(base) as Record<string, Json>;
      copy.format = value;
      return { kind: `mutation: format ${JSON.stringify(value)}`, value: copy as Json };
    });

  return fc
    .tuple(
      fc.oneof(
        { arbitrary: wrongType, weight: 6 },
        { arbitrary: removed, weight: 4 },
        { arbitrary: version, weight: 3 },
        { arbitrary: unknownIds, weight: 3 },
        { arbitrary: wrongFormat, weight: 1 },
        { arbitrary: hugeString, weight: 1 },
      ),
      fc.constantFrom(0, 2),
    )
    .map(([{ kind, value }, indent]) => ({ kind, bytes: write(value, indent) }));
}

function badFileArbitrary(tool: Tool): fc.Arbitrary<BadFile> {
  const valid = tool.file.text;
  const validBytes = Buffer.from(valid);
  const json = (kind: string, arbitrary: fc.Arbitrary<unknown>) =>
    arbitrary.map((value) => ({ kind, bytes: Buffer.from(JSON.stringify(value) ?? 'undefined') }));
  return fc.oneof(
    {
      arbitrary: fc.string({ unit: 'binary', maxLength: 2000 }).map((text) => ({ kind: 'random string', bytes: Buffer.from(text) })),
      weight: 2,
    },
    { arbitrary: fc.string({ maxLength: 200 }).map((text) => ({ kind: 'random ASCII string', bytes: Buffer.from(text) })), weight: 1 },
    {
      arbitrary: fc
        .uint8Array({ maxLength: 3000 })
        .map((bytes) => ({ kind: 'random bytes (latin1)', bytes: Buffer.from(Buffer.from(bytes).toString('latin1'), 'latin1') })),
      weight: 2,
    },
    {
      arbitrary: fc.uint8Array({ maxLength: 1000 }).map((bytes) => ({
        kind: 'random bytes read as latin1, saved as UTF-8',
        bytes: Buffer.from(Buffer.from(bytes).toString('latin1'), 'utf8'),
      })),
      weight: 1,
    },
    {
      arbitrary: fc
        .nat({ max: valid.length - 1 })
        .map((length) => ({ kind: `valid export cut at character ${length}`, bytes: Buffer.from(valid.slice(0, length)) })),
      weight: 4,
    },
    {
      arbitrary: fc
        .nat({ max: validBytes.length - 1 })
        .map((length) => ({ kind: `valid export cut at byte ${length}`, bytes: validBytes.subarray(0, length) })),
      weight: 1,
    },
    { arbitrary: mutationArbitrary(tool), weight: 12 },
    { arbitrary: json('array', fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 })), weight: 1 },
    { arbitrary: fc.constant({ kind: 'array holding a valid export', bytes: Buffer.from(`[${valid}]`) }), weight: 1 },
    { arbitrary: fc.constantFrom('null', ' null ', '\uFEFFnull').map((text) => ({ kind: 'null', bytes: Buffer.from(text) })), weight: 1 },
    { arbitrary: json('other JSON', fc.jsonValue({ maxDepth: 4 })), weight: 2 },
    {
      arbitrary: json(
        'object of the right format, other fields',
        fc
          .dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 })
          .map((rest) => ({ ...rest, format: tool.format, version: 1 })),
      ),
      weight: 1,
    },
    { arbitrary: fc.constant({ kind: "the other tool's export", bytes: Buffer.from(tool.otherFile()) }), weight: 1 },
    {
      arbitrary: fc.constantFrom('', ' ', '\n\t ', '\uFEFF').map((text) => ({ kind: 'empty or blank', bytes: Buffer.from(text) })),
      weight: 1,
    },
  );
}

describe.each(tools)('$name: 200 generated bad import files', (tool) => {
  it(`each shows "${tool.importErrorTitle}" with the specific message and changes nothing`, async () => {
    const samples = fc.sample(badFileArbitrary(tool), { seed: SEED, numRuns: BAD_FILES });
    const cases = samples.map((sample, index) => ({
      ...sample,
      name: `slecht-${String(index + 1).padStart(3, '0')}.json`,
      verdict: siteVerdict(tool, sample.bytes),
    }));
    const skipped = cases.filter((file) => file.verdict.ok);
    const fed = cases.filter((file) => !file.verdict.ok);
    const codes = new Map<string, number>();
    for (const file of fed) if (!file.verdict.ok) codes.set(file.verdict.error.code, (codes.get(file.verdict.error.code) ?? 0) + 1);
    console.log(
      `${tool.name}: ${fed.length} of ${cases.length} generated files fed (${skipped.length} skipped as valid: ${skipped.map((file) => file.kind).join('; ') || 'none'}); ` +
        `errors: ${[...codes].map(([code, count]) => `${code} ${count}`).join(', ')}`,
    );
    expect(fed.length, 'generated files that are really bad').toBeGreaterThanOrEqual(BAD_FILES * 0.8);
    expect(codes.size, 'the files reach several different checks').toBeGreaterThanOrEqual(5);

    await faultSession(async ({ page, errors }) => {
      await seed(page, { [tool.key]: tool.stored.raw });
      await openTool(page, tool);
      // What storage holds once the tool has read it: the seeded document moved into one entry per record.
      const before = await storageSnapshot(page);
      expect(before.length, 'seeded').toBeGreaterThanOrEqual(1);
      expect(
        before.map(([key]) => key).filter((key) => !key.startsWith(`${tool.key}/`)),
        'nothing but the tool’s entries',
      ).toEqual([]);
      const titlesBefore = await listTitles(page);
      expect(titlesBefore).toEqual(tool.stored.titles);
      const input = importInput(page, tool);
      const box = importErrorBox(page, tool);
      const problems: string[] = [];

      const restore = async () => {
        await seed(page, { [tool.key]: tool.stored.raw });
        await openTool(page, tool);
      };

      const started = Date.now();
      for (const file of fed) {
        if (file.verdict.ok) continue;
        const expected = importMessage(tool, file.name, file.verdict.error);
        const what = `${file.name} (${file.kind}, ${file.bytes.length} bytes, ${file.verdict.error.code})`;
        const errorsBefore = errors.length;
        await input.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
        const message = box.getByRole('listitem').filter({ hasText: quoted(file.name) });
        try {
          await message.waitFor();
        } catch {
          problems.push(
            `${what}: no error box naming the file (alerts: ${JSON.stringify(await page.getByRole('alert').allTextContents()).slice(0, 300)})`,
          );
          await restore();
          continue;
        }
        const state = await page.evaluate(() => {
          const entries: [string, string][] = [];
          for (let index = 0; index < localStorage.length; index += 1) {
            const name = localStorage.key(index)!;
            entries.push([name, localStorage.getItem(name) ?? '']);
          }
          const active = document.activeElement;
          return {
            storage: entries.sort(([a], [b]) => a.localeCompare(b)),
            titles: [...document.querySelectorAll('.tool-card__title')].map((title) => (title.textContent ?? '').trim()),
            boxes: document.querySelectorAll('.tool-import [role="alert"]').length,
            heading: document.querySelector('.tool-import [role="alert"] h3')?.textContent ?? '',
            focused: active?.getAttribute('role') === 'alert' && active.closest('.tool-import') !== null,
          };
        });
        const text = (await message.textContent()) ?? '';
        const found: string[] = [];
        if (text.trim() === '') found.push('empty message');
        else if (text !== expected) found.push(`message "${text.slice(0, 200)}", expected "${expected.slice(0, 200)}"`);
        if (state.heading !== tool.importErrorTitle || state.boxes !== 1)
          found.push(`${state.boxes} error boxes, heading "${state.heading}"`);
        // The box takes focus in an effect after it renders: give a new box a moment.
        if (!state.focused) {
          const focused = await expect
            .poll(() => box.evaluate((element) => element === document.activeElement))
            .toBe(true)
            .then(
              () => true,
              () => false,
            );
          if (!focused) found.push('the error box does not have focus');
        }
        if (errors.length > errorsBefore) found.push(`page errors: ${errors.slice(errorsBefore).join(' | ')}`);
        if (JSON.stringify(state.storage) !== JSON.stringify(before)) found.push('localStorage changed');
        if (JSON.stringify(state.titles) !== JSON.stringify(titlesBefore))
          found.push(`the list changed to ${JSON.stringify(state.titles)}`);
        if (found.length) {
          problems.push(`${what}: ${found.join('; ')}`);
          if (found.some((problem) => problem.includes('changed'))) await restore();
        }
      }
      console.log(`${tool.name}: fed ${fed.length} bad files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      expect(problems, 'bad import files handled wrongly').toEqual([]);
      expect(await storageSnapshot(page), 'localStorage at the end').toEqual(before);
      expect(await listTitles(page), 'the list at the end').toEqual(titlesBefore);

      // The same input still takes a good file.
      await importValidFile(page, tool, titlesBefore);
    });
  });
});
