import { describe, expect, it } from 'vitest';
import { exportScan } from '../../src/lib/scan/exchange';
import { exportWerkblad, parseWerkbladFile, werkbladFileName, type WerkbladImportResult } from '../../src/lib/werkblad/exchange';
import { WERKBLAD_FILE_FORMAT, WERKBLAD_VERSION } from '../../src/lib/werkblad/model';
import { exampleScan, T1, T2, T3 } from '../fixtures/scan-examples';
import { action, exampleWorksheet, known, werkbladDoc } from '../fixtures/werkblad-examples';

const veerkracht = exampleWorksheet({
  id: 'ws1',
  title: 'Veerkracht <b>groep 7</b>',
  scanId: 'scan1',
  domains: ['algemene-stemming', 'motivatie'],
  answers: { lesprogramma: 'In de mentorles; "elke week".\nOok thuis.', aansluiting: '' },
  partners: ['gemeente', 'ouders'],
  actions: [action('a1', 'Studiedag', 'IB', 'maart'), action('a2')],
  status: 'loopt',
  createdAt: T1,
  updatedAt: T2,
});
const programma = exampleWorksheet({ id: 'ws2', title: 'Rots en Water', typeId: null, createdAt: T2, updatedAt: T2 });
const document = werkbladDoc(
  [veerkracht, programma],
  { weg: T1 },
  { school: 'De Regenboog', date: '2026-12-01', scanId: 'scan1', updatedAt: T2 },
);
const file = exportWerkblad(document, T3);
const text = JSON.stringify(file);

/** A file object like exportWerkblad's, with fields changed. */
const fileWith = (change: Record<string, unknown>) => JSON.stringify({ ...file, ...change });
const sheetWith = (change: Record<string, unknown>) => fileWith({ worksheets: [{ ...veerkracht, ...change }, programma] });
const errorOf = (result: WerkbladImportResult) => (result.ok ? null : result.error);
const parse = (input: string) => parseWerkbladFile(input, known);

describe('exportWerkblad', () => {
  it('wraps all worksheets and the plan in the file format with the current version and the export time', () => {
    expect(WERKBLAD_VERSION).toBe(1);
    expect(file).toEqual({
      format: 'welbevinden-werkblad',
      version: 1,
      exportedAt: T3,
      worksheets: [veerkracht, programma],
      plan: { school: 'De Regenboog', date: '2026-12-01', scanId: 'scan1', updatedAt: T2 },
    });
  });

  it('does not export the deleted ids', () => {
    expect(Object.keys(file)).not.toContain('deleted');
  });
});

describe('exportWerkblad and parseWerkbladFile', () => {
  it('read back the exported worksheets as they were', () => {
    expect(parse(text)).toStrictEqual({ ok: true, worksheets: [veerkracht, programma] });
  });

  it('read back the pretty-printed file the interface downloads, also with a byte order mark', () => {
    const pretty = `${JSON.stringify(file, null, 2)}\n`;

    expect(parse(pretty)).toStrictEqual({ ok: true, worksheets: [veerkracht, programma] });
    expect(parse(`\uFEFF${pretty}`)).toStrictEqual({ ok: true, worksheets: [veerkracht, programma] });
  });

  it('drop fields the format does not have', () => {
    const result = parse(sheetWith({ extra: '<script>' }));

    expect(result.ok && result.worksheets[0]).toStrictEqual(veerkracht);
  });
});

describe('werkbladFileName', () => {
  it('is "werkblad-" and the date, or another name before the date', () => {
    expect(werkbladFileName('2026-11-25', 'json')).toBe('werkblad-2026-11-25.json');
    expect(werkbladFileName('2026-11-25', 'csv')).toBe('werkblad-2026-11-25.csv');
    expect(werkbladFileName('2026-11-25', 'csv', 'acties')).toBe('acties-2026-11-25.csv');
  });
});

describe('parseWerkbladFile errors', () => {
  it('says a file with nothing in it is empty', () => {
    for (const empty of ['', '  ', '\r\n\t', '\uFEFF']) expect(errorOf(parse(empty)), JSON.stringify(empty)).toEqual({ code: 'empty' });
  });

  it('says a file that is not JSON is not JSON', () => {
    for (const notJson of [
      'Werkblad;Wat;Wie\r\nVeerkracht;x;y',
      '{"format":',
      "{'format': 'welbevinden-werkblad'}",
      'undefined',
      text.slice(0, -1),
    ]) {
      expect(errorOf(parse(notJson)), notJson).toEqual({ code: 'not-json' });
    }
  });

  it('says JSON of another shape, or a schoolscan file, is not a werkblad', () => {
    const scanFile = JSON.stringify(exportScan(exampleScan(), T2));
    const others = [
      'null',
      '[]',
      JSON.stringify([file]),
      '{}',
      '42',
      '"welbevinden-werkblad"',
      'true',
      JSON.stringify(veerkracht),
      scanFile,
    ];
    for (const other of others) expect(errorOf(parse(other)), other).toEqual({ code: 'not-a-werkblad' });
    expect(errorOf(parse(fileWith({ format: 'welbevinden-schoolscan' })))).toEqual({ code: 'not-a-werkblad' });
    expect(errorOf(parse(fileWith({ format: undefined })))).toEqual({ code: 'not-a-werkblad' });
  });

  it('checks the format before the version', () => {
    const newerScan = JSON.stringify({ ...exportScan(exampleScan(), T2), version: 99 });

    expect(errorOf(parse(newerScan))).toEqual({ code: 'not-a-werkblad' });
  });

  it('names the version of a file from a newer version of the site', () => {
    expect(errorOf(parse(fileWith({ version: 2 })))).toEqual({ code: 'newer-version', version: 2 });
    expect(errorOf(parse(fileWith({ version: 99, worksheets: 'anders' })))).toEqual({ code: 'newer-version', version: 99 });
  });

  it('says a werkblad file with wrong fields is invalid', () => {
    const broken = [
      fileWith({ version: '1' }),
      fileWith({ version: 0 }),
      fileWith({ version: 1.5 }),
      fileWith({ version: null }),
      fileWith({ exportedAt: undefined }),
      fileWith({ worksheets: null }),
      fileWith({ worksheets: {} }),
      fileWith({ plan: undefined }),
      sheetWith({ id: '' }),
      sheetWith({ title: 'x'.repeat(121) }),
      sheetWith({ typeId: 'Geen Geldig Id' }),
      sheetWith({ status: 'klaar' }),
      sheetWith({ domains: 'energie' }),
      sheetWith({ answers: { lesprogramma: 'x'.repeat(5001) } }),
      sheetWith({ answers: { Lesprogramma: 'x' } }),
      sheetWith({ answers: [] }),
      sheetWith({ partners: [1] }),
      sheetWith({ actions: [{ id: 'a', what: 'x', who: '' }] }),
      sheetWith({ actions: [action('a', 'x'.repeat(501))] }),
      sheetWith({ actions: Array.from({ length: 101 }, (_, i) => action(`a${i}`)) }),
      sheetWith({ createdAt: 'gisteren' }),
      sheetWith({ updatedAt: undefined }),
    ];
    for (const input of broken) expect(errorOf(parse(input)), input.slice(0, 300)).toEqual({ code: 'invalid' });
  });

  it('says a file without worksheets has none', () => {
    expect(errorOf(parse(fileWith({ worksheets: [] })))).toEqual({ code: 'no-worksheets' });
    expect(errorOf(parse(JSON.stringify(exportWerkblad(werkbladDoc([]), T3))))).toEqual({ code: 'no-worksheets' });
  });

  it('lists every unknown type, domain, question and partner, each once', () => {
    const input = fileWith({
      worksheets: [
        {
          ...veerkracht,
          typeId: 'oud-type',
          domains: ['motivatie', 'oud-domein'],
          answers: { 'oude-vraag': 'x', training: 'y' },
          partners: ['gemeente', 'oude-partner'],
        },
        { ...programma, domains: ['oud-domein'], partners: ['oude-partner', 'nog-een'] },
        { ...programma, id: 'ws3', typeId: 'oud-type', answers: { 'oude-vraag': '' } },
      ],
    });

    expect(errorOf(parse(input))).toEqual({
      code: 'unknown-items',
      ids: ['oud-type', 'oud-domein', 'oude-vraag', 'oude-partner', 'nog-een'],
    });
  });

  it('names each kind of unknown item on its own', () => {
    expect(errorOf(parse(sheetWith({ typeId: 'oud-type' })))).toEqual({ code: 'unknown-items', ids: ['oud-type'] });
    expect(errorOf(parse(sheetWith({ domains: ['oud-domein'] })))).toEqual({ code: 'unknown-items', ids: ['oud-domein'] });
    expect(errorOf(parse(sheetWith({ answers: { 'oude-vraag': 'antwoord' } })))).toEqual({ code: 'unknown-items', ids: ['oude-vraag'] });
    expect(errorOf(parse(sheetWith({ partners: ['oude-partner'] })))).toEqual({ code: 'unknown-items', ids: ['oude-partner'] });
  });

  it('accepts a programme worksheet, which has no type', () => {
    expect(parse(fileWith({ worksheets: [programma] }))).toStrictEqual({ ok: true, worksheets: [programma] });
  });
});

describe('parseWerkbladFile with migrations', () => {
  it('never calls a migration for a file of the current version', () => {
    const migrations = {
      1: () => {
        throw new Error('must not run');
      },
    };

    expect(parseWerkbladFile(text, known, migrations).ok).toBe(true);
  });
});

describe('the werkblad file', () => {
  it('uses the same file format name as the model', () => {
    expect(WERKBLAD_FILE_FORMAT).toBe('welbevinden-werkblad');
  });
});
