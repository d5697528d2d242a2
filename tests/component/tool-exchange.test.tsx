/**
 * What leaves and enters the tools as files, and what a reload brings back, in jsdom: a scan
 * downloaded as JSON and CSV and its JSON imported again beside it; the werkblad's worksheets and
 * plan downloaded as JSON and its actions as CSV, imported twice on a fresh device under new ids;
 * a scan's details, progress and notes (markup staying text) after a reload. The browser's own
 * download is exercised by tests/browser/storage.test.ts and site.test.ts.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import { formatDay } from '../../src/lib/dates';
import type { Scan } from '../../src/lib/scan/model';
import { SCAN_STORAGE_KEY } from '../../src/lib/scan/tool';
import { format } from '../../src/lib/text';
import type { Plan, Worksheet } from '../../src/lib/werkblad/model';
import { WERKBLAD_STORAGE_KEY } from '../../src/lib/werkblad/tool';
import { domain, domains, exampleScan, T1, T2, T3 } from '../fixtures/scan-examples';
import { action, catalogue as werkbladCatalogue, exampleWorksheet } from '../fixtures/werkblad-examples';
import { storedDocumentText } from '../support/scan-files';
import { storedWerkbladText } from '../support/werkblad-files';
import {
  catchDownloads,
  type Download,
  chooseFiles,
  importInput,
  listTitles,
  reloadTool,
  renderTool,
  storedScanDocument,
  storedWerkbladDocument,
  textOf,
  freshPageForEachTest,
} from '../support/tool-render';

freshPageForEachTest();

/** Today in the local time zone, as the tools name their files. */
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};
/** The lines of a downloaded CSV, which starts with a UTF-8 byte order mark (so that Excel reads it as UTF-8). */
const csvLines = async (download: Download) => {
  const bytes = new Uint8Array(await download.blob.arrayBuffer());
  expect([...bytes.slice(0, 3)], 'the CSV starts with a UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
  return (await download.text).split('\r\n').filter((line) => line !== '');
};
/** Markup that must stay text. */
const XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">';

describe('a scan as a file', () => {
  const scan: Scan = exampleScan(
    { id: 'export', title: 'Groep 7, najaar', level: 'klas', schoolType: 'po', date: '2026-11-25', createdAt: T1, updatedAt: T1 },
    {
      aanwezigheid: { rating: 'enige' },
      motivatie: { rating: 'grote', seen: 'Weinig zin in toetsen, "vooral" op vrijdag.' },
    },
  );
  const actions = () => within(screen.getByRole('group', { name: format(S.list.actionsFor, { title: scan.title }) }));

  it('downloads as JSON holding the stored scan, and as CSV with one line per domain, named after the scan and its date', async () => {
    await renderTool('schoolscan', S.views.list, { storage: { [SCAN_STORAGE_KEY]: storedDocumentText([scan]) } });
    const downloads = catchDownloads();
    fireEvent.click(actions().getByRole('button', { name: S.list.exportJson }));
    fireEvent.click(actions().getByRole('button', { name: S.list.exportCsv }));
    // The download code loads when first used: the files arrive a moment after the click.
    await waitFor(() => expect(downloads.length).toBeGreaterThan(1));
    expect(downloads.map((download) => download.name)).toEqual([
      `schoolscan-groep-7-najaar-${scan.date}.json`,
      `schoolscan-groep-7-najaar-${scan.date}.csv`,
    ]);

    const file = JSON.parse(await downloads[0]!.text) as { format: string; version: number; exportedAt: string; scan: Scan };
    expect({ format: file.format, version: file.version }).toEqual({ format: 'welbevinden-schoolscan', version: 1 });
    expect(Number.isNaN(Date.parse(file.exportedAt)), 'exportedAt is a time').toBe(false);
    expect(file.scan, 'the exported scan is the stored scan').toEqual(storedScanDocument().scans[0]);

    const lines = await csvLines(downloads[1]!);
    expect(lines, 'a header and one line per domain').toHaveLength(1 + domains.length);
    expect(lines[0]).toBe(S.csvHeaders.join(';'));
    expect(lines[1]).toBe(
      [
        scan.title,
        S.details.levels.klas,
        S.details.schoolTypes.po,
        scan.date,
        domain('aanwezigheid').label,
        S.rating.options.enige,
        '',
        '',
      ].join(';'),
    );
    expect(lines.slice(1).map((line) => line.split(';')[4])).toEqual(domains.map((item) => item.label));
    expect(lines.find((line) => line.includes(domain('motivatie').label))).toContain('"Weinig zin in toetsen, ""vooral"" op vrijdag."');
  });

  it('imported again, adds a second scan with the same answers and leaves the first as it was', async () => {
    await renderTool('schoolscan', S.views.list, { storage: { [SCAN_STORAGE_KEY]: storedDocumentText([scan]) } });
    const downloads = catchDownloads();
    fireEvent.click(actions().getByRole('button', { name: S.list.exportJson }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const before = storedScanDocument().scans[0]!;

    chooseFiles(await importInput(S.import.label), [{ name: downloads[0]!.name, text: await downloads[0]!.text }]);
    await waitFor(() => expect(listTitles()).toEqual([scan.title, scan.title]));
    expect(screen.queryByRole('alert', { name: S.import.errorTitle }), 'no import error').toBeNull();
    const scans = storedScanDocument().scans;
    expect(
      scans.find((item) => item.id === before.id),
      'the first scan is unchanged',
    ).toEqual(before);
    const imported = scans.find((item) => item.id !== before.id);
    expect(imported?.domains, 'the imported answers').toEqual(before.domains);
  });
});

describe('a scan after a reload', () => {
  it('is listed with its details and progress, and opens with its ratings and notes, markup in them as text', async () => {
    const scan = exampleScan(
      { id: 'bewaard', title: 'Autosave 3B', level: 'afdeling', schoolType: 'vo', date: '2026-11-20' },
      { aanwezigheid: { rating: 'grote', seen: `Ruzie op het plein. ${XSS}` }, energie: { rating: 'enige' } },
    );
    await renderTool('schoolscan', scan.title, { storage: { [SCAN_STORAGE_KEY]: storedDocumentText([scan]) }, hash: `#scan/${scan.id}` });
    const going = within(screen.getByRole('group', { name: domain('energie').label })).getByLabelText(
      S.rating.going,
    ) as HTMLTextAreaElement;
    fireEvent.input(going, { target: { value: `Sport helpt. ${XSS}` } });
    fireEvent.click(
      within(screen.getByRole('group', { name: domain('concentratie').label })).getByRole('radio', { name: S.rating.options.geen }),
    );
    await waitFor(() => expect(storedScanDocument().scans[0]?.domains.concentratie?.rating).toBe('geen'));

    await reloadTool('schoolscan', S.views.list);
    const card = screen.getByRole('heading', { level: 3, name: scan.title }).closest('li')!;
    expect(textOf(card.querySelector('.tool-card__meta'))).toBe(
      `${S.details.levels.afdeling} · ${S.details.schoolTypes.vo} · ${formatDay(scan.date)} · ${format(S.list.progress, { rated: 3, total: domains.length })}`,
    );

    await reloadTool('schoolscan', scan.title, { hash: `#scan/${scan.id}` });
    const checked = (id: string) =>
      within(screen.getByRole('group', { name: domain(id).label }))
        .getAllByRole('radio')
        .filter((radio) => (radio as HTMLInputElement).checked)
        .map((radio) => (radio as HTMLInputElement).value);
    expect(Object.fromEntries(domains.map((item) => [item.id, checked(item.id)]))).toEqual(
      Object.fromEntries(
        domains.map((item) => [
          item.id,
          ({ aanwezigheid: ['grote'], energie: ['enige'], concentratie: ['geen'] } as Record<string, string[]>)[item.id] ?? [],
        ]),
      ),
    );
    const seen = within(screen.getByRole('group', { name: domain('aanwezigheid').label })).getByLabelText(
      S.rating.seen,
    ) as HTMLTextAreaElement;
    expect(seen.value).toBe(`Ruzie op het plein. ${XSS}`);
    expect(
      (within(screen.getByRole('group', { name: domain('energie').label })).getByLabelText(S.rating.going) as HTMLTextAreaElement).value,
    ).toBe(`Sport helpt. ${XSS}`);
    expect(document.querySelectorAll('img[src="x"], .tool-root script'), 'markup that became elements').toHaveLength(0);
  });
});

describe('the worksheets as files', () => {
  const [q1, , , q4] = werkbladCatalogue.questions.map((question) => question.id);
  const sheets: Worksheet[] = [
    exampleWorksheet({
      id: 'stress',
      title: 'Stressmanagement',
      typeId: 'stressmanagement',
      answers: { [q1!]: 'Antwoord op vraag 1', [q4!]: 'Antwoord op vraag 4' },
      partners: ['gemeente'],
      actions: [
        action('a1', 'Training voor het team', 'Zorgcoördinator', 'Maart'),
        action('a2'),
        action('a3', 'Evaluatie; met "ouders"', 'Mentor', 'Juni'),
      ],
      status: 'gepland',
      createdAt: T1,
      updatedAt: T1,
    }),
    exampleWorksheet({
      id: 'kanjer',
      title: 'Kanjertraining',
      typeId: null,
      actions: [action('b1', 'Licentie aanvragen', '', 'Februari')],
      status: 'idee',
      createdAt: T2,
      updatedAt: T2,
    }),
  ];
  const plan: Plan = { school: 'Exportschool', date: '2027-02-01', scanId: null, updatedAt: T3 };
  const stored = { [WERKBLAD_STORAGE_KEY]: storedWerkbladText(sheets, plan) };

  async function exportBoth() {
    await renderTool('werkblad', W.views.list, { storage: stored });
    const downloads = catchDownloads();
    fireEvent.click(screen.getByRole('button', { name: W.list.exportJson }));
    fireEvent.click(screen.getByRole('button', { name: W.list.exportCsv }));
    // The download code loads when first used: the files arrive a moment after the click.
    await waitFor(() => expect(downloads).toHaveLength(2));
    return downloads;
  }

  it('download as JSON holding the stored worksheets and plan, and the actions as CSV, one line per filled action', async () => {
    const downloads = await exportBoth();
    expect(downloads.map((download) => download.name)).toEqual([`werkblad-${today()}.json`, `acties-${today()}.csv`]);
    const file = JSON.parse(await downloads[0]!.text) as {
      format: string;
      version: number;
      exportedAt: string;
      worksheets: Worksheet[];
      plan: Plan;
    };
    expect({ format: file.format, version: file.version }).toEqual({ format: 'welbevinden-werkblad', version: 1 });
    expect(Number.isNaN(Date.parse(file.exportedAt)), 'exportedAt is a time').toBe(false);
    const document = storedWerkbladDocument();
    expect(file.worksheets, 'the exported worksheets are the stored ones').toEqual(document.worksheets);
    expect(file.worksheets).toEqual(sheets);
    expect(file.plan).toEqual(document.plan);

    expect(await csvLines(downloads[1]!)).toEqual([
      W.csvHeaders.join(';'),
      ['Stressmanagement', 'Training voor het team', 'Zorgcoördinator', 'Maart', W.statuses.gepland].join(';'),
      ['Stressmanagement', '"Evaluatie; met ""ouders"""', 'Mentor', 'Juni', W.statuses.gepland].join(';'),
      ['Kanjertraining', 'Licentie aanvragen', '', 'Februari', W.statuses.idee].join(';'),
    ]);
  });

  it('imported on a fresh device: the worksheets under new ids with their content; a second import adds them again and changes none of the first', async () => {
    const downloads = await exportBoth();
    const json = { name: downloads[0]!.name, text: await downloads[0]!.text };
    cleanup();
    localStorage.clear();
    await renderTool('werkblad', W.views.list);
    expect(screen.getByText(W.list.empty), 'a fresh device starts empty').toBeTruthy();
    const content = (sheet: Worksheet) => ({ ...sheet, id: '', createdAt: '', updatedAt: '' });
    const byTitle = (list: Worksheet[]) => list.map(content).sort((a, b) => a.title.localeCompare(b.title));

    chooseFiles(await importInput(W.import.label), [json]);
    await waitFor(() => expect(listTitles().sort()).toEqual(['Kanjertraining', 'Stressmanagement']));
    expect(screen.queryByRole('alert', { name: W.import.errorTitle }), 'no import error').toBeNull();
    const once = storedWerkbladDocument().worksheets;
    expect(byTitle(once), 'the content of each worksheet').toEqual(byTitle(sheets));
    expect(
      once.filter((sheet) => sheets.some((original) => original.id === sheet.id)),
      'worksheets under an id of the file',
    ).toEqual([]);

    chooseFiles(await importInput(W.import.label), [json]);
    await waitFor(() => expect(listTitles()).toHaveLength(4));
    const twice = storedWerkbladDocument().worksheets;
    for (const sheet of once)
      expect(
        twice.find((item) => item.id === sheet.id),
        `${sheet.title} of the first import`,
      ).toEqual(sheet);
    expect(new Set(twice.map((sheet) => sheet.id)).size, 'four different ids').toBe(4);
    expect(byTitle(twice)).toEqual(byTitle([...sheets, ...sheets]));
  });
});
