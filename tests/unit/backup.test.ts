/**
 * "Download alles als één bestand" (src/lib/backup.ts, backup-time.ts): the site's tools' work in
 * one file from an in-memory storage, read back, restored with the worksheets still linked to their
 * scans; a file as the site wrote it before; and the time of the last backup.
 */
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, makeBackup, readBackup, restoreBackup, sectionOf, type Backup } from '../../src/lib/backup';
import { BACKUP_FORMAT, isBackup, LAST_BACKUP_KEY, lastBackup, newestChange, rememberBackup } from '../../src/lib/backup-time';
import type { Scan } from '../../src/lib/scan/model';
import { scanTool } from '../../src/lib/scan/tool';
import { fieldsOf } from '../../src/lib/tools/entry';
import { readRecords } from '../../src/lib/tools/read-only';
import { createRecordStore, REST } from '../../src/lib/tools/store';
import type { StorageLike } from '../../src/lib/tools/storage';
import type { AnyToolSpec } from '../../src/lib/tools/tool';
import { loadTools } from '../../src/lib/registry';
import { Clock, edit } from '../../src/lib/tools/stamps';
import type { Worksheet } from '../../src/lib/werkblad/model';
import { werkbladTool } from '../../src/lib/werkblad/tool';
import { exampleScan, MemoryStorage, QuotaStorage, T1, T2, T3, T4, ThrowingStorage } from '../fixtures/scan-examples';
import { examplePlan } from '../fixtures/tool-cases';
import { emptyPlan, exampleWorksheet, werkbladDoc } from '../fixtures/werkblad-examples';

/** The site's tools, as the registry loads them. */
const tools = await loadTools();
const planIn = (backup: Backup) => sectionOf(backup, werkbladTool).rest;

const scanA = exampleScan({ id: 'scana', title: 'Groep 7', createdAt: T1, updatedAt: T2 }, { energie: { rating: 'grote', seen: 'Moe' } });
const scanB = exampleScan({ id: 'scanb', title: 'Groep 8', createdAt: T2, updatedAt: T3 });
const sheetA = exampleWorksheet({ id: 'wsa', scanId: 'scana', answers: { training: 'Studiedag' }, createdAt: T1, updatedAt: T2 });
const sheetB = exampleWorksheet({ id: 'wsb', title: 'Rots en Water', typeId: null, scanId: 'scanb', createdAt: T2, updatedAt: T4 });
const sheetC = exampleWorksheet({ id: 'wsc', title: 'Los', scanId: null, createdAt: T3, updatedAt: T3 });

/** Saves values through the tool's real store, as its page does; `deleted` ones as deleted. */
function save(storage: StorageLike, tool: AnyToolSpec, values: readonly { id: string }[], deleted = false) {
  const store = createRecordStore(tool, () => storage);
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
  expect(createRecordStore(werkbladTool, () => storage).save(REST, edit(null, fieldsOf(examplePlan), new Clock('test')), 'test').kind).toBe(
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

    expect(makeBackup(tools, T4, () => storage)).toStrictEqual({
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

    const backup = makeBackup(tools, T4, () => storage);

    expect(backup.werkblad).toStrictEqual({ worksheets: [sheetA, sheetB, sheetC], plan: examplePlan });
    expect(readBackup(tools, JSON.stringify(backup))).toStrictEqual(backup);
  });

  it('changes nothing in storage', () => {
    const storage = filledStorage();
    const before = new Map(storage.items);

    makeBackup(tools, T4, () => storage);

    expect(storage.items).toEqual(before);
  });

  it('holds the records of a version 1 document the tool has not moved yet, and moves nothing', () => {
    const old = JSON.stringify({ version: 1, data: { scans: [scanA], deleted: {} } });
    const storage = new MemoryStorage({ [scanTool.storageKey]: old });

    expect(
      sectionOf(
        makeBackup(tools, T4, () => storage),
        scanTool,
      ).records,
    ).toStrictEqual([scanA]);
    expect(storage.keys()).toEqual([scanTool.storageKey]);
  });

  it('holds the plan of a version 1 werkblad document the werkblad has not moved yet, and moves nothing', () => {
    const old = JSON.stringify({ version: 1, data: werkbladDoc([sheetA], {}, examplePlan) });
    const storage = new MemoryStorage({ [werkbladTool.storageKey]: old });

    expect(makeBackup(tools, T4, () => storage).werkblad).toStrictEqual({ worksheets: [sheetA], plan: examplePlan });
    expect(storage.keys()).toEqual([werkbladTool.storageKey]);
  });

  it('holds the plan of the entry, not of the version 1 document, once both are there', () => {
    const old = JSON.stringify({ version: 1, data: werkbladDoc([sheetA], {}, { ...examplePlan, school: 'Uit versie 1' }) });
    const storage = new MemoryStorage({ [werkbladTool.storageKey]: old });
    savePlan(storage);

    expect(planIn(makeBackup(tools, T4, () => storage))).toStrictEqual(examplePlan);
  });

  it('is empty, with the empty plan, when storage is missing or throws', () => {
    for (const storage of [() => null, () => new ThrowingStorage()]) {
      expect(makeBackup(tools, T4, storage)).toStrictEqual({
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
    const made = makeBackup(tools, T4, () => filledStorage());
    expect(readBackup(tools, JSON.stringify(made))).toStrictEqual(made);
    expect(readBackup(tools, text)).toStrictEqual(backup);
    expect(readBackup(tools, `\uFEFF${JSON.stringify(backup, null, 2)}\n`)).toStrictEqual(backup);
  });

  it('refuses text that is not a backup of this version, or holds a record the tools refuse', () => {
    const broken = [
      'kapot',
      text.slice(0, -1),
      JSON.stringify({ ...backup, format: 'welbevinden-schoolscan' }),
      JSON.stringify({ ...backup, version: BACKUP_VERSION + 1 }),
      JSON.stringify({ ...backup, schoolscan: { scans: [{ ...scanA, level: 'groep' }] } }),
      JSON.stringify({ ...backup, werkblad: { worksheets: [], plan: undefined } }),
    ];
    for (const input of broken) expect(readBackup(tools, input), input.slice(0, 80)).toBeNull();
  });

  it('is told apart from other files by its format', () => {
    expect(isBackup(text)).toBe(true);
    expect(isBackup(`\uFEFF${text}`)).toBe(true);
    expect(isBackup({ ok: true, value: backup })).toBe(true);
    for (const other of ['kapot', 'null', '{}', JSON.stringify({ format: 'welbevinden-schoolscan' })])
      expect(isBackup(other), other).toBe(false);
  });
});

describe('restoring a backup', () => {
  const member = exampleScan({ id: 'lid1', title: 'Groep 7', session: 'sessie', role: 'mentor', createdAt: T2, updatedAt: T3 });
  const session = exampleScan({ id: 'sessie', title: 'Groep 7', session: 'sessie', createdAt: T1, updatedAt: T3 });
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: T1,
    schoolscan: { scans: [scanA, scanB, session, member] },
    werkblad: { worksheets: [sheetA, sheetB, sheetC], plan: { ...examplePlan, scanId: 'scana' } },
  };
  const restore = (storage: StorageLike, newId = counter()) => restoreBackup(tools, backup, newId, () => storage);
  const scansIn = (storage: StorageLike) => readRecords(scanTool, () => storage);
  const sheetsIn = (storage: StorageLike) => readRecords(werkbladTool, () => storage);

  it('puts every record back under its own id, the content unchanged, with the plan', () => {
    const storage = new MemoryStorage();

    expect(restore(storage)).toEqual({
      ok: true,
      restored: { records: { schoolscan: { added: 4, same: 0 }, werkblad: { added: 3, same: 0 } }, rest: { werkblad: 'added' }, failed: 0 },
    });
    expect(scansIn(storage)).toStrictEqual([scanA, session, member, scanB]);
    expect(sheetsIn(storage)).toStrictEqual([sheetA, sheetB, sheetC]);
    expect(planIn(makeBackup(tools, T4, () => storage))).toStrictEqual(planIn(backup));
  });

  it('changes nothing when what it holds is already here, and says so', () => {
    const storage = new MemoryStorage();
    restore(storage);
    const before = new Map(storage.items);

    expect(restore(storage)).toEqual({
      ok: true,
      restored: { records: { schoolscan: { added: 0, same: 4 }, werkblad: { added: 0, same: 3 } }, rest: { werkblad: 'same' }, failed: 0 },
    });
    expect(storage.items).toEqual(before);
  });

  it('writes a record whose id is taken by another record here under a new id, and moves every link to it', () => {
    const storage = new MemoryStorage();
    const others: Scan[] = [
      { ...scanA, title: 'Anders' },
      { ...session, title: 'Andere sessie' },
    ];
    const otherSheet: Worksheet = { ...sheetA, title: 'Ander werkblad' };
    save(storage, scanTool, others);
    save(storage, werkbladTool, [otherSheet]);

    const result = restore(storage, counter());

    expect(result).toMatchObject({
      ok: true,
      restored: { records: { schoolscan: { added: 4, same: 0 }, werkblad: { added: 3, same: 0 } } },
    });
    const scans = scansIn(storage);
    const [newA, newSession] = ['Groep 7', 'Groep 7'].map((_, index) => scans.find((scan) => scan.id === `n${index + 1}`));
    expect(newA).toStrictEqual({ ...scanA, id: 'n1' });
    expect(newSession).toStrictEqual({ ...session, id: 'n2', session: 'n2' });
    // The member belongs to the session's copy; the worksheet and the plan to scan A's.
    expect(scans.find((scan) => scan.id === 'lid1')?.session).toBe('n2');
    const sheets = sheetsIn(storage);
    expect(sheets.find((sheet) => sheet.id === 'n3')).toStrictEqual({ ...sheetA, id: 'n3', scanId: 'n1' });
    expect(sheets.find((sheet) => sheet.title === 'Ander werkblad')?.scanId).toBe(sheetA.scanId);
    expect(planIn(makeBackup(tools, T4, () => storage))?.scanId).toBe('n1');
    // Twice: nothing more.
    expect(restore(storage, counter())).toMatchObject({
      ok: true,
      restored: { records: { schoolscan: { added: 0 }, werkblad: { added: 0 } } },
    });
  });

  it('does not bring a record deleted here back under its id: a tombstone keeps its id', () => {
    const storage = new MemoryStorage();
    save(storage, scanTool, [scanA], true);

    restore(storage, counter());

    expect(scansIn(storage).some((scan) => scan.id === 'scana')).toBe(false);
    expect(scansIn(storage).find((scan) => scan.id === 'n1')).toStrictEqual({ ...scanA, id: 'n1' });
  });

  it('keeps the plan here when it differs, and says so', () => {
    const storage = new MemoryStorage();
    savePlan(storage);

    const result = restore(storage);

    expect(result).toMatchObject({ ok: true, restored: { rest: { werkblad: 'kept' } } });
    expect(planIn(makeBackup(tools, T4, () => storage))).toStrictEqual(examplePlan);
  });

  it('is refused whole, before anything is written, when it does not fit, with the room it needs and the room there is', () => {
    const needed = new MemoryStorage();
    restore(needed);
    const bytes = (storage: MemoryStorage) =>
      [...storage.items].reduce((sum, [k, v]) => sum + QuotaStorage.bytes(k) + QuotaStorage.bytes(v), 0);
    const full = new QuotaStorage(bytes(needed) - 1, { 'iets.anders': 'blijft' });
    const before = new Map(full.items);

    const result = restore(full);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.room.needed).toBe(bytes(needed));
    expect(result.room.free).toBeLessThanOrEqual(full.quota - full.used());
    expect(result.room.free).toBeGreaterThan(full.quota - full.used() - Math.max(1024, result.room.needed / 20));
    expect(full.items).toEqual(before);
    // With room, the same restore fits.
    expect(restore(new QuotaStorage(bytes(needed) + 100)).ok).toBe(true);
  });

  it('counts what could not be written when storage cannot be asked and refuses every write', () => {
    const refusing = new MemoryStorage();
    refusing.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };

    expect(restore(refusing)).toMatchObject({ ok: true, restored: { failed: 4 + 3 + 1 } });
  });
});

describe('a backup file as the site has written it', () => {
  // Written by "Download alles als één bestand" (BackupPanel: JSON indented by two spaces, a line
  // break at the end): a file people keep, so it must restore for as long as the site exists.
  const file = `{
  "format": "welbevinden-alles",
  "version": 1,
  "exportedAt": "2026-11-25T15:00:00.000Z",
  "schoolscan": {
    "scans": [
      {
        "id": "sessie7",
        "title": "Groep 7",
        "level": "klas",
        "schoolType": "po",
        "date": "2026-11-25",
        "role": "leerkracht",
        "domains": {
          "energie": {
            "rating": "grote",
            "seen": "Moe na de pauze",
            "going": ""
          }
        },
        "chosen": [],
        "createdAt": "2026-11-25T09:00:00.000Z",
        "updatedAt": "2026-11-25T10:00:00.000Z",
        "session": "sessie7"
      },
      {
        "id": "lid7",
        "title": "Groep 7",
        "level": "klas",
        "schoolType": "po",
        "date": "2026-11-25",
        "role": "mentor",
        "domains": {
          "energie": {
            "rating": "enige",
            "seen": "",
            "going": ""
          },
          "motivatie": {
            "rating": null,
            "seen": "",
            "going": "Sport helpt"
          }
        },
        "chosen": [],
        "createdAt": "2026-11-25T10:00:00.000Z",
        "updatedAt": "2026-11-25T11:00:00.000Z",
        "session": "sessie7"
      }
    ]
  },
  "werkblad": {
    "worksheets": [
      {
        "id": "blad7",
        "title": "Veerkracht",
        "typeId": "veerkracht",
        "scanId": "sessie7",
        "domains": [],
        "answers": {
          "training": "Studiedag in maart"
        },
        "partners": [
          "gemeente"
        ],
        "actions": [
          {
            "id": "a1",
            "what": "Plannen",
            "who": "IB",
            "when": "maart"
          }
        ],
        "status": "idee",
        "createdAt": "2026-11-25T10:00:00.000Z",
        "updatedAt": "2026-11-25T11:00:00.000Z"
      }
    ],
    "plan": {
      "school": "De Regenboog",
      "date": "2026-12-01",
      "scanId": "sessie7",
      "updatedAt": "2026-11-25T11:00:00.000Z"
    }
  }
}
`;
  const exportedAt = '2026-11-25T15:00:00.000Z';

  it('restores on an empty device with every link, and a backup made then holds the same', () => {
    const storage = new MemoryStorage();
    const backup = readBackup(tools, file);

    expect(backup).not.toBeNull();
    expect(restoreBackup(tools, backup!, counter(), () => storage)).toEqual({
      ok: true,
      restored: { records: { schoolscan: { added: 2, same: 0 }, werkblad: { added: 1, same: 0 } }, rest: { werkblad: 'added' }, failed: 0 },
    });
    expect(makeBackup(tools, exportedAt, () => storage)).toStrictEqual(JSON.parse(file));
  });

  it('restores beside a scan that has its session’s id, the member, the worksheet and the plan following the session to its new id', () => {
    const storage = new MemoryStorage();
    save(storage, scanTool, [exampleScan({ id: 'sessie7', title: 'Een andere scan' })]);

    expect(restoreBackup(tools, readBackup(tools, file)!, counter(), () => storage)).toMatchObject({
      ok: true,
      restored: { records: { schoolscan: { added: 2 }, werkblad: { added: 1 } } },
    });
    const scans = readRecords(scanTool, () => storage);
    expect(scans.find((scan) => scan.id === 'n1')).toMatchObject({ title: 'Groep 7', role: 'leerkracht', session: 'n1' });
    expect(scans.find((scan) => scan.id === 'lid7')?.session).toBe('n1');
    expect(readRecords(werkbladTool, () => storage)[0]?.scanId).toBe('n1');
    expect(planIn(makeBackup(tools, exportedAt, () => storage))?.scanId).toBe('n1');
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
