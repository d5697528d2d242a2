/**
 * What each tool's import makes of a chosen file (src/lib/import-readers.ts, readScanImport,
 * readWerkbladImport): the page and the worker call the same readers by name. A backup of both
 * tools is read as a backup where the import takes one; a file nested too deep is refused with
 * its code; the answers are plain data a worker can send (structuredClone keeps them equal).
 */
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT } from '../../src/lib/backup-time';
import { BACKUP_VERSION, type Backup } from '../../src/lib/backup';
import { readImport, type ImportRequest } from '../../src/lib/import-readers';
import { MAX_JSON_DEPTH } from '../../src/lib/limits';
import { exportScan } from '../../src/lib/scan/exchange';
import { parseJson } from '../../src/lib/tools/untrusted-json';
import { exportWerkblad } from '../../src/lib/werkblad/exchange';
import { exampleScan, knownDomainIds, T2, T4 } from '../fixtures/scan-examples';
import { examplePlan } from '../fixtures/tool-cases';
import { exampleWorksheet, known, werkbladDoc } from '../fixtures/werkblad-examples';

const scan = exampleScan({ id: 'een', title: 'Groep 7' }, { energie: { rating: 'grote' } });
const sheet = exampleWorksheet({ id: 'blad' });
const backup: Backup = {
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  exportedAt: T4,
  schoolscan: { scans: [scan] },
  werkblad: { worksheets: [sheet], plan: examplePlan },
};
const json = (value: unknown) => parseJson(JSON.stringify(value));
const deep = parseJson(`{"format":"${BACKUP_FORMAT}","x":${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}}`);

const scans: ImportRequest<'schoolscan'> = { reader: 'schoolscan', knownDomains: knownDomainIds, backups: true };
const team: ImportRequest<'schoolscan'> = { reader: 'schoolscan', knownDomains: knownDomainIds, backups: false };
const worksheets: ImportRequest<'werkblad'> = { reader: 'werkblad', known };

describe('readImport', () => {
  it('reads a scan file for the schoolscan, and its checks still apply', async () => {
    expect(await readImport(json(exportScan(scan, T2)), scans)).toEqual({ kind: 'records', result: { ok: true, scans: [scan] } });
    expect(await readImport(json(exportScan(scan, T2)), { ...scans, knownDomains: new Set(['motivatie']) })).toMatchObject({
      kind: 'records',
      result: { ok: false, error: { code: 'unknown-domains' } },
    });
  });

  it('reads a backup of both tools as a backup where the import takes one, as no scan where it does not', async () => {
    expect(await readImport(json(backup), scans)).toEqual({ kind: 'backup', backup });
    expect(await readImport(json({ ...backup, version: 99 }), scans)).toEqual({ kind: 'backup', backup: null });
    expect(await readImport(json(backup), team)).toEqual({ kind: 'records', result: { ok: false, error: { code: 'not-a-scan' } } });
    expect(await readImport(json(backup), worksheets)).toEqual({ kind: 'backup', backup });
  });

  it('reads a werkblad file for the werkblad, and refuses a scan file there', async () => {
    expect(await readImport(json(exportWerkblad(werkbladDoc([sheet]), T2)), worksheets)).toEqual({
      kind: 'records',
      result: { ok: true, worksheets: [sheet] },
    });
    expect(await readImport(json(exportScan(scan, T2)), worksheets)).toEqual({
      kind: 'records',
      result: { ok: false, error: { code: 'not-a-werkblad' } },
    });
  });

  it('refuses JSON nested too deep, a backup too, with its code', async () => {
    expect(deep).toEqual({ ok: false, problem: 'too-deep' });
    expect(await readImport(deep, scans)).toEqual({ kind: 'records', result: { ok: false, error: { code: 'too-deep' } } });
    expect(await readImport(deep, worksheets)).toEqual({ kind: 'records', result: { ok: false, error: { code: 'too-deep' } } });
  });

  it('answers with plain data that a worker can send to the page', async () => {
    for (const [input, request] of [
      [json(backup), scans],
      [json(exportScan(scan, T2)), team],
      [json(exportWerkblad(werkbladDoc([sheet]), T2)), worksheets],
    ] as const) {
      const read = await readImport(input, request);
      expect(structuredClone(read)).toEqual(read);
      expect(structuredClone(request)).toEqual(request);
    }
  });
});
