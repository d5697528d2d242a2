/**
 * The migration path of parseScanFile. Version 1 is the first file version, so no real file
 * can be older; this file pretends the current version is 2 to check that an older file is
 * brought up to date with the migrations passed as third argument.
 */
import { describe, expect, it, vi } from 'vitest';
import { exportScan, parseScanFile, type ImportResult } from '../../src/lib/scan/exchange';
import type { Migrations } from '../../src/lib/store/migrate';
import { exampleScan, knownDomainIds, T2 } from '../fixtures/scan-examples';

vi.mock('../../src/lib/scan/model', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/lib/scan/model')>()),
  SCAN_VERSION: 2,
}));

const errorOf = (result: ImportResult) => (result.ok ? null : result.error);

/** A version 1 file in which the scan's "role" was still called "rol". */
const scan = exampleScan({ role: 'mentor' }, { energie: { rating: 'enige' } });
const { role, ...withoutRole } = scan;
const versionOne = JSON.stringify({ format: 'welbevinden-schoolscan', version: 1, exportedAt: T2, scan: { ...withoutRole, rol: role } });

const renameRol: Migrations = {
  1: (data) => {
    const file = data as { version: number; scan: Record<string, unknown> };
    const { rol, ...rest } = file.scan;
    return { ...file, version: 2, scan: { ...rest, role: rol } };
  },
};

describe('parseScanFile with an older file', () => {
  it('writes files of the (pretended) current version 2', () => {
    expect(exportScan(scan, T2).version).toBe(2);
  });

  it('migrates an older file with the migrations it is given', () => {
    expect(parseScanFile(versionOne, knownDomainIds, renameRol)).toEqual({ ok: true, scan });
  });

  it('says the file is invalid when a migration step is missing', () => {
    expect(errorOf(parseScanFile(versionOne, knownDomainIds, {}))).toEqual({ code: 'invalid' });
  });

  it('says the file is invalid when a migration throws', () => {
    const throwing: Migrations = {
      1: () => {
        throw new Error('kapot');
      },
    };
    expect(errorOf(parseScanFile(versionOne, knownDomainIds, throwing))).toEqual({ code: 'invalid' });
  });

  it('says the file is invalid when the migrated data does not fit the format', () => {
    expect(errorOf(parseScanFile(versionOne, knownDomainIds, { 1: (data) => data }))).toEqual({ code: 'invalid' });
  });
});
