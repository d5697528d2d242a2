import { describe, expect, it } from 'vitest';
import { MAX_TEAM_MEMBERS } from '../../src/lib/limits';
import { exportScan, parseScanFile, scanFileName, type ImportResult } from '../../src/lib/scan/exchange';
import { SCAN_VERSION } from '../../src/lib/scan/model';
import type { Migrations } from '../../src/lib/tools/migrate';
import { exampleScan, knownDomainIds, ratedScan, T2, T3 } from '../fixtures/scan-examples';

const scan = exampleScan(
  { id: 'abc123', chosen: ['mindfulness'] },
  { energie: { rating: 'grote', seen: 'moe; "lusteloos"\n<b>na</b> de pauze', going: 'sport helpt' } },
);
const file = exportScan(scan, T2);
const text = JSON.stringify(file);

/** A file object like exportScan's, with fields changed. */
const fileWith = (change: Record<string, unknown>) => JSON.stringify({ ...file, ...change });
const scanWith = (change: Record<string, unknown>) => fileWith({ scan: { ...scan, ...change } });
const errorOf = (result: ImportResult) => (result.ok ? null : result.error);

describe('exportScan', () => {
  it('wraps the scan in the file format with the current version and the export time', () => {
    expect(file).toEqual({ format: 'welbevinden-schoolscan', version: SCAN_VERSION, exportedAt: T2, scan });
  });
});

describe('exportScan and parseScanFile', () => {
  it('read back the exported scan as it was', () => {
    expect(parseScanFile(text, knownDomainIds)).toEqual({ ok: true, scans: [scan] });
  });

  it('read back the pretty-printed file the interface downloads', () => {
    expect(parseScanFile(`${JSON.stringify(file, null, 2)}\n`, knownDomainIds)).toEqual({ ok: true, scans: [scan] });
  });

  it('accept a file that starts with a byte order mark', () => {
    expect(parseScanFile(`\uFEFF${text}`, knownDomainIds)).toEqual({ ok: true, scans: [scan] });
  });

  it('keep a team scan’s number of members, up to the largest team', () => {
    for (const members of [1, 4, MAX_TEAM_MEMBERS]) {
      const team = { ...scan, team: { members } };
      expect(parseScanFile(JSON.stringify(exportScan(team, T2)), knownDomainIds)).toEqual({ ok: true, scans: [team] });
    }
  });

  it('accept a file with fewer domains than the site has (answers for the rest are blank)', () => {
    const partial = ratedScan({ energie: 'enige' });
    partial.domains = { energie: { rating: 'enige', seen: '', going: '' } };

    expect(parseScanFile(JSON.stringify(exportScan(partial, T2)), knownDomainIds)).toEqual({ ok: true, scans: [partial] });
  });
});

describe('scanFileName', () => {
  it('is "schoolscan-", the title as a slug and the date', () => {
    expect(scanFileName({ title: 'Groep 7, najaar', date: '2026-11-25' }, 'json')).toBe('schoolscan-groep-7-najaar-2026-11-25.json');
    expect(scanFileName({ title: 'Groep 7, najaar', date: '2026-11-25' }, 'csv')).toBe('schoolscan-groep-7-najaar-2026-11-25.csv');
  });

  it('strips diacritics', () => {
    expect(scanFileName({ title: 'Één café, coördinatie', date: '2026-01-05' }, 'json')).toBe(
      'schoolscan-een-cafe-coordinatie-2026-01-05.json',
    );
  });

  it('says "zonder-titel" when the title has no letters or digits', () => {
    expect(scanFileName({ title: '', date: '2026-11-25' }, 'json')).toBe('schoolscan-zonder-titel-2026-11-25.json');
    expect(scanFileName({ title: '  !?  ', date: '2026-11-25' }, 'csv')).toBe('schoolscan-zonder-titel-2026-11-25.csv');
  });
});

describe('parseScanFile errors', () => {
  it('says a file with nothing in it is empty', () => {
    for (const empty of ['', '   ', '\n\r\n\t', '\uFEFF']) {
      expect(errorOf(parseScanFile(empty, knownDomainIds))).toEqual({ code: 'empty' });
    }
  });

  it('says a file that is not JSON is not JSON', () => {
    for (const notJson of ['Titel;Domein\r\nGroep 7;Energie', '{"format": ', "{'format': 'x'}", 'undefined', text.slice(0, -1)]) {
      expect(errorOf(parseScanFile(notJson, knownDomainIds))).toEqual({ code: 'not-json' });
    }
  });

  it('says valid JSON of another shape is not a scan', () => {
    for (const other of ['null', '42', '"schoolscan"', 'true', '[]', JSON.stringify([file]), '{}', JSON.stringify(scan)]) {
      expect(errorOf(parseScanFile(other, knownDomainIds))).toEqual({ code: 'not-a-scan' });
    }
    expect(errorOf(parseScanFile(fileWith({ format: 'welbevinden-werkblad' }), knownDomainIds))).toEqual({ code: 'not-a-scan' });
  });

  it('names the version of a file from a newer version of the site', () => {
    expect(errorOf(parseScanFile(fileWith({ version: SCAN_VERSION + 1 }), knownDomainIds))).toEqual({
      code: 'newer-version',
      version: SCAN_VERSION + 1,
    });
    expect(errorOf(parseScanFile(fileWith({ version: 7 }), knownDomainIds))).toEqual({ code: 'newer-version', version: 7 });
  });

  it('says a file in the right format with wrong fields is invalid', () => {
    const broken = [
      fileWith({ version: '1' }),
      fileWith({ version: 1.5 }),
      fileWith({ version: null }),
      fileWith({ exportedAt: undefined }),
      fileWith({ scan: null }),
      fileWith({ scan: 'abc' }),
      scanWith({ id: '' }),
      scanWith({ level: 'groep' }),
      scanWith({ schoolType: 'hbo' }),
      scanWith({ title: 'x'.repeat(121) }),
      scanWith({ chosen: ['Geen Geldig Id'] }),
      scanWith({ team: { members: '3' } }),
      scanWith({ domains: { energie: { rating: 'heel erg', seen: '', going: '' } } }),
      scanWith({ domains: { energie: { rating: 'enige', seen: 'x'.repeat(5001), going: '' } } }),
      scanWith({ domains: { energie: { rating: 'enige' } } }),
      scanWith({ domains: [] }),
    ];
    for (const bad of broken) expect(errorOf(parseScanFile(bad, knownDomainIds))).toEqual({ code: 'invalid' });
  });

  it('lists the domains the site does not know', () => {
    const answer = { rating: 'enige', seen: '', going: '' };
    const foreign = scanWith({ domains: { ...scan.domains, leesplezier: answer, 'sport-2': answer } });

    expect(errorOf(parseScanFile(foreign, knownDomainIds))).toEqual({ code: 'unknown-domains', ids: ['leesplezier', 'sport-2'] });
  });
});

describe('parseScanFile migrations', () => {
  const fromZero: Migrations = { 0: (data) => ({ ...(data as object), version: 1, exportedAt: T3 }) };

  it('takes the migrations as third argument; a current file needs none', () => {
    expect(parseScanFile(text, knownDomainIds, {})).toEqual({ ok: true, scans: [scan] });
  });

  it('refuses a file of version 0 as invalid, even when a migration from version 0 is given', () => {
    // Version 1 is the first file version: lower version numbers are treated as a damaged file.
    expect(errorOf(parseScanFile(fileWith({ version: 0 }), knownDomainIds, fromZero))).toEqual({ code: 'invalid' });
    expect(errorOf(parseScanFile(fileWith({ version: -1 }), knownDomainIds, fromZero))).toEqual({ code: 'invalid' });
  });

  it('does not run any migration on a file of the current version', () => {
    let called = false;
    const step = () => {
      called = true;
      return null;
    };
    const spy: Migrations = { [SCAN_VERSION - 1]: step, [SCAN_VERSION]: step };

    expect(parseScanFile(text, knownDomainIds, spy)).toEqual({ ok: true, scans: [scan] });
    expect(called).toBe(false);
  });
});
