/**
 * "Download alles als één bestand" (src/lib/backup.ts, backup-time.ts): both tools' work in one file
 * from an in-memory storage, read back, restored as new records with the worksheets still linked
 * to their scans; and the time of the last backup.
 */
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, makeBackup, readBackup, relink, writeAsNew, type Backup } from '../../src/lib/backup';
import { BACKUP_FORMAT, isBackup, LAST_BACKUP_KEY, lastBackup, newestChange, rememberBackup } from '../../src/lib/backup-time';
import { laterBy } from '../../src/lib/dates';
import type { Scan } from '../../src/lib/scan/model';
import { scanTool } from '../../src/lib/scan/tool';
import { fieldsOf } from '../../src/lib/tools/document';
import { readRecords } from '../../src/lib/tools/read-only';
import { REST, type StorageLike } from '../../src/lib/tools/store';
import { createToolStore, type AnyToolSpec } from '../../src/lib/tools/tool';
import { Clock, edit } from '../../src/lib/tools/versions';
import type { Worksheet } from '../../src/lib/werkblad/model';
import { werkbladTool } from '../../src/lib/werkblad/tool';
import { exampleScan, MemoryStorage, T1, T2, T3, T4, ThrowingStorage } from '../fixtures/scan-examples';
import { examplePlan } from '../fixtures/tool-cases';
import { emptyPlan, exampleWorksheet, werkbladDoc } from '../fixtures/werkblad-examples';

const scanA = exampleScan({ id: 'scana', title: 'Groep 7', createdAt: T1, updatedAt: T2 }, { energie: { rating: 'grote', seen: 'Moe' } });
const scanB = exampleScan({ id: 'scanb', title: 'Groep 8', createdAt: T2, updatedAt: T3 });
const sheetA = exampleWorksheet({ id: 'wsa', scanId: 'scana', answers: { training: 'Studiedag' }, createdAt: T1, updatedAt: T2 });
const sheetB = exampleWorksheet({ id: 'wsb', title: 'Rots en Water', typeId: null, scanId: 'scanb', createdAt: T2, updatedAt: T4 });
const sheetC = exampleWorksheet({ id: 'wsc', title: 'Los', scanId: null, createdAt: T3, updatedAt: T3 });

/** Saves values through the tool's real store, as its page does; `deleted` ones as deleted. */
function save(storage: StorageLike, tool: AnyToolSpec, values: readonly { id: string }[], deleted = false) {
  const store = createToolStore(tool, () => storage);
  const clock = new Clock('test');
  for (const value of values) expect(store.save(value.id, edit(null, fieldsOf(value, deleted), clock), clock.tab).kind).toBe('saved');
}

/** Both tools' records as their pages store them, one of them deleted, and a key of something else; no plan saved yet. */
function filledStorage(): MemoryStorage {
  const storage = new MemoryStorage({ 'iets.anders': 'blijft' });
  save(storage, scanTool, [scanB, scanA]);
  save(storage, scanTool, [exampleScan({ id: 'weg', title: 'Verwijderd' })], true);
  save(storage, werkbladTool, [sheetA, sheetB, sheetC]);
  return storage;
}

/** The werkblad's plan, stored as its page stores it. */
function savePlan(storage: StorageLike) {
  expect(createToolStore(werkbladTool, () => storage).save(REST, edit(null, fieldsOf(examplePlan), new Clock('test')), 'test').kind).toBe(
    'saved',
  );
}

/** Ids n1, n2, … as the tools' newId would make them, one after the other. */
function counter() {
  let next = 0;
  return () => `n${(next += 1)}`;
}

describe('makeBackup', () => {
  it('holds both tools’ records, oldest first, without deleted ones', () => {
    const storage = filledStorage();

    expect(makeBackup(T4, () => storage)).toStrictEqual({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: T4,
      schoolscan: { scans: [scanA, scanB] },
      werkblad: { worksheets: [sheetA, sheetB, sheetC], plan: emptyPlan() },
    });
  });

  it('holds the werkblad’s plan once it was saved, and only worksheets as worksheets', () => {
    // readRecords (src/lib/tools/read-only.ts) reads every key under "welbevinden.werkblad/" but
    // the plan's entry "…/=rest"; the plan is read from that entry.
    const storage = filledStorage();
    savePlan(storage);

    const backup = makeBackup(T4, () => storage);

    expect(backup.werkblad).toStrictEqual({ worksheets: [sheetA, sheetB, sheetC], plan: examplePlan });
    expect(readBackup(JSON.stringify(backup))).toStrictEqual(backup);
  });

  it('changes nothing in storage', () => {
    const storage = filledStorage();
    const before = new Map(storage.items);

    makeBackup(T4, () => storage);

    expect(storage.items).toEqual(before);
  });

  it('holds the records of a version 1 document the tool has not moved yet, and moves nothing', () => {
    const old = JSON.stringify({ version: 1, data: { scans: [scanA], deleted: {} } });
    const storage = new MemoryStorage({ [scanTool.storageKey]: old });

    expect(makeBackup(T4, () => storage).schoolscan.scans).toStrictEqual([scanA]);
    expect(storage.keys()).toEqual([scanTool.storageKey]);
  });

  it('holds the plan of a version 1 werkblad document the werkblad has not moved yet, and moves nothing', () => {
    const old = JSON.stringify({ version: 1, data: werkbladDoc([sheetA], {}, examplePlan) });
    const storage = new MemoryStorage({ [werkbladTool.storageKey]: old });

    expect(makeBackup(T4, () => storage).werkblad).toStrictEqual({ worksheets: [sheetA], plan: examplePlan });
    expect(storage.keys()).toEqual([werkbladTool.storageKey]);
  });

  it('holds the plan of the entry, not of the version 1 document, once both are there', () => {
    const old = JSON.stringify({ version: 1, data: werkbladDoc([sheetA], {}, { ...examplePlan, school: 'Uit versie 1' }) });
    const storage = new MemoryStorage({ [werkbladTool.storageKey]: old });
    savePlan(storage);

    expect(makeBackup(T4, () => storage).werkblad.plan).toStrictEqual(examplePlan);
  });

  it('is empty, with the empty plan, when storage is missing or throws', () => {
    for (const storage of [() => null, () => new ThrowingStorage()]) {
      expect(makeBackup(T4, storage)).toStrictEqual({
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: T4,
        schoolscan: { scans: [] },
        werkblad: { worksheets: [], plan: emptyPlan() },
      });
    }
  });
});

describe('readBackup', () => {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: T4,
    schoolscan: { scans: [scanA, scanB] },
    werkblad: { worksheets: [sheetA, sheetB, sheetC], plan: examplePlan },
  };
  const text = JSON.stringify(backup);

  it('reads back what makeBackup wrote, compact or pretty, with a byte order mark', () => {
    const made = makeBackup(T4, () => filledStorage());
    expect(readBackup(JSON.stringify(made))).toStrictEqual(made);
    expect(readBackup(text)).toStrictEqual(backup);
    expect(readBackup(`\uFEFF${JSON.stringify(backup, null, 2)}\n`)).toStrictEqual(backup);
  });

  it('refuses text that is not a backup of this version, or holds a record the tools refuse', () => {
    const broken = [
      'kapot',
      text.slice(0, -1),
      JSON.stringify({ ...backup, format: 'welbevinden-schoolscan' }),
      JSON.stringify({ ...backup, version: BACKUP_VERSION + 1 }),
      JSON.stringify({ ...backup, schoolscan: { scans: [{ ...scanA, level: 'groep' }] } }),
      JSON.stringify({ ...backup, werkblad: { ...backup.werkblad, plan: undefined } }),
    ];
    for (const input of broken) expect(readBackup(input), input.slice(0, 80)).toBeNull();
  });

  it('is told apart from other files by its format', () => {
    expect(isBackup(text)).toBe(true);
    expect(isBackup(`\uFEFF${text}`)).toBe(true);
    expect(isBackup({ ok: true, value: backup })).toBe(true);
    for (const other of ['kapot', 'null', '{}', JSON.stringify({ format: 'welbevinden-schoolscan' })])
      expect(isBackup(other), other).toBe(false);
  });
});

describe('restoring a backup: writeAsNew and relink', () => {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: T1,
    schoolscan: { scans: [scanA, scanB] },
    werkblad: { worksheets: [sheetA, sheetB, sheetC], plan: examplePlan },
  };

  /** Restores `backup` into `storage` as the schoolscan does: the scans first, then the worksheets linked to them. */
  function restore(storage: MemoryStorage, newId: () => string) {
    const scans = writeAsNew(scanTool, backup.schoolscan.scans, newId, T4, () => storage);
    const sheets = writeAsNew(werkbladTool, relink(backup.werkblad.worksheets, scans.ids), newId, T4, () => storage);
    expect(scans.failed + sheets.failed, 'records that could not be saved').toBe(0);
    return { scanIds: scans.ids, sheetIds: sheets.ids };
  }

  it('adds the records under new ids, made now and a millisecond apart, the content unchanged', () => {
    const storage = new MemoryStorage();
    const { scanIds } = restore(storage, counter());

    const scans = readRecords(scanTool, () => storage);

    expect(scans.map((scan) => scan.id)).toEqual([scanIds.get('scana'), scanIds.get('scanb')]);
    expect(scans.map((scan) => [scan.createdAt, scan.updatedAt])).toEqual([
      [T4, T4],
      [laterBy(T4, 1), laterBy(T4, 1)],
    ]);
    const content = ({ id: _id, createdAt: _c, updatedAt: _u, ...rest }: Scan) => rest;
    expect(scans.map(content)).toStrictEqual([scanA, scanB].map(content));
  });

  it('keeps each worksheet linked to its scan, under the scan’s new id, and a worksheet without a scan without one', () => {
    const storage = new MemoryStorage();
    const { scanIds, sheetIds } = restore(storage, counter());

    const sheets = readRecords(werkbladTool, () => storage);
    const scans = new Set(readRecords(scanTool, () => storage).map((scan) => scan.id));

    expect(sheets.map((sheet) => sheet.id)).toEqual(['wsa', 'wsb', 'wsc'].map((id) => sheetIds.get(id)));
    expect(sheets.map((sheet) => sheet.scanId)).toEqual([scanIds.get('scana'), scanIds.get('scanb'), null]);
    for (const sheet of sheets) if (sheet.scanId) expect(scans.has(sheet.scanId)).toBe(true);
  });

  it('adds, never replaces: restoring twice gives every record twice, the records already there untouched', () => {
    const storage = filledStorage();
    const newId = counter();
    restore(storage, newId);
    restore(storage, newId);

    expect(readRecords(scanTool, () => storage)).toHaveLength(2 + 2 * backup.schoolscan.scans.length);
    expect(readRecords(werkbladTool, () => storage)).toHaveLength(3 + 2 * backup.werkblad.worksheets.length);
    expect(readRecords(scanTool, () => storage).slice(0, 2)).toStrictEqual([scanA, scanB]);
  });

  it('counts the records that could not be saved, and still gives each its new id', () => {
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };

    const result = writeAsNew(scanTool, backup.schoolscan.scans, counter(), T4, () => full);

    expect(result.failed).toBe(2);
    expect([...result.ids.keys()]).toEqual(['scana', 'scanb']);
    expect(new Set(result.ids.values()).size).toBe(2);
    expect(full.keys()).toEqual([]);
    expect(writeAsNew(werkbladTool, backup.werkblad.worksheets, counter(), T4, () => null).failed).toBe(3);
  });

  it('relink leaves a link to a scan the backup does not hold as it is, and changes nothing it is given', () => {
    const worksheets: Worksheet[] = [sheetA, { ...sheetB, scanId: 'elders' }, sheetC];
    const copy = structuredClone(worksheets);

    expect(relink(worksheets, new Map([['scana', 'nieuw']])).map((sheet) => sheet.scanId)).toEqual(['nieuw', 'elders', null]);
    expect(worksheets).toEqual(copy);
  });
});

describe('the time of the last backup', () => {
  it('is remembered and read back', () => {
    const storage = new MemoryStorage();
    const at = new Date(T3);

    expect(lastBackup(() => storage)).toBeNull();
    rememberBackup(at, () => storage);

    expect(storage.getItem(LAST_BACKUP_KEY)).toBe(T3);
    expect(lastBackup(() => storage)).toEqual(at);
  });

  it('is null when what is stored is not a time, or storage is missing or throws; remembering then does not throw', () => {
    expect(lastBackup(() => new MemoryStorage({ [LAST_BACKUP_KEY]: 'gisteren' }))).toBeNull();
    expect(lastBackup(() => null)).toBeNull();
    expect(lastBackup(() => new ThrowingStorage())).toBeNull();
    expect(() => rememberBackup(new Date(T3), () => new ThrowingStorage())).not.toThrow();
    expect(() => rememberBackup(new Date(T3), () => null)).not.toThrow();
  });

  it('is compared with the newest change among the records', () => {
    expect(newestChange([])).toBeNull();
    expect(newestChange([scanA, scanB, sheetA, sheetB])).toBe(T4);
  });
});
