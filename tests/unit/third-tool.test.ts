/**
 * The README's claim that a third tool needs nothing of the kit to change, tried: the tests' notes
 * tool (tests/fixtures/notes-tool.ts, not part of the site) is registered beside the site's tools
 * (src/lib/registry.ts) and goes through the kit as it is: stored one entry per note, merged from
 * two tabs, exported and imported, its room counted, backed up together with the real tools'
 * records and restored, its link to a scan kept.
 */
import { describe, expect, it } from 'vitest';
import { makeBackup, readBackup, restoreBackup, sectionOf } from '../../src/lib/backup';
import { bytesOfTools, loadTools, siteTools, type RegisteredTool } from '../../src/lib/registry';
import { scanTool } from '../../src/lib/scan/tool';
import { documentOf, hold } from '../../src/lib/tools/document';
import { fieldsOf } from '../../src/lib/tools/entry';
import { readToolRecords } from '../../src/lib/tools/exchange';
import { setAsideFile } from '../../src/lib/tools/set-aside';
import { readRecords } from '../../src/lib/tools/read-only';
import { bytesInUse } from '../../src/lib/tools/room';
import { Clock, edit } from '../../src/lib/tools/stamps';
import { createRecordStore } from '../../src/lib/tools/store';
import type { StorageLike } from '../../src/lib/tools/storage';
import type { AnyToolSpec } from '../../src/lib/tools/tool';
import { werkbladTool } from '../../src/lib/werkblad/tool';
import { note, notesTool, type Note } from '../fixtures/notes-tool';
import { exampleScan, MemoryStorage, T1, T2, T3, T4 } from '../fixtures/scan-examples';
import { openTabs } from '../fixtures/tabs';
import { exampleWorksheet } from '../fixtures/werkblad-examples';

const notes = notesTool();
/** The site's tools and the third one: a registry of the tests' own, the kit's code as it is. */
const registry: readonly RegisteredTool[] = [...siteTools, { name: notes.name, storageKey: notes.storageKey, spec: async () => notes }];
const tools = await loadTools(registry);

const scan = exampleScan({ id: 'scan1', title: 'Groep 7', createdAt: T1, updatedAt: T2 }, { energie: { rating: 'grote', seen: 'Moe' } });
const sheet = exampleWorksheet({ id: 'blad1', scanId: 'scan1', createdAt: T1, updatedAt: T2 });
const aboutScan: Note = { ...note('n1', 'Over groep 7', ['moe', 'pauze'], T2), scan: 'scan1' };
const loose = note('n2', 'Los', [], T3);

/** Saves values through a tool's real store, as its page would. */
function save(storage: StorageLike, tool: AnyToolSpec, values: readonly { id: string }[]) {
  const store = createRecordStore(tool, () => storage);
  const clock = new Clock('test');
  for (const value of values) expect(store.save(value.id, edit(null, fieldsOf(value), clock), clock.tab).kind).toBe('saved');
}

/** The site's work and the third tool's, on one device. */
function filled(): MemoryStorage {
  const storage = new MemoryStorage();
  save(storage, scanTool, [scan]);
  save(storage, werkbladTool, [sheet]);
  save(storage, notes, [aboutScan, loose]);
  return storage;
}

const counter = () => {
  let next = 0;
  return () => `n${(next += 1)}x`;
};

describe('a third tool, registered beside the site’s tools', () => {
  it('loads from the registry like the site’s tools', () => {
    expect(tools.map((tool) => tool.name)).toEqual(['schoolscan', 'werkblad', 'notities']);
    expect(tools[2]).toBe(notes);
  });

  it('is stored one entry per note, and loads back as its document', () => {
    const storage = filled();

    const { records, status } = createRecordStore(notes, () => storage).load();

    expect(status).toEqual({ kind: 'ok' });
    expect([...records.keys()].sort()).toEqual(['n1', 'n2']);
    expect(storage.keys().filter((key) => key.startsWith(`${notes.storageKey}/`))).toHaveLength(2);
    const holding = { records: new Map([...records].map(([id, stamped]) => [id, hold<Note>(stamped)])), rest: null };
    expect(documentOf(notes, holding)).toStrictEqual({ notes: [aboutScan, loose], gone: {} });
  });

  it('merges two tabs’ edits of one note field by field, both added words kept', () => {
    const { shared, tabs } = openTabs(notes, 2);
    const [one, two] = tabs as [(typeof tabs)[0], (typeof tabs)[0]];
    one.put(loose);
    two.receive();

    const renamed: Note = { ...loose, title: 'Los, bijgewerkt', words: ['een'] };
    const added: Note = { ...loose, words: ['twee'] };
    one.put(renamed);
    two.put(added);
    one.receive();
    two.receive();

    const expected = { ...loose, title: 'Los, bijgewerkt', words: ['een', 'twee'] };
    expect(one.record<Note>('n2')).toStrictEqual(expected);
    expect(two.record<Note>('n2')).toStrictEqual(expected);
    expect(readRecords(notes, () => shared)).toStrictEqual([expected]);
  });

  it('exports its file, and a download of what could not be stored, which its import reads back', () => {
    const file = { format: 'test-notities', version: 2, exportedAt: T4, notes: [aboutScan, loose] };
    expect(readToolRecords(JSON.stringify(file, null, 2), notes)).toEqual({ ok: true, records: [aboutScan, loose] });

    const storage = filled();
    const entries = storage.keys().filter((key) => key.startsWith(`${notes.storageKey}/`));
    const download = setAsideFile(entries.map((key) => storage.getItem(key)!));
    expect(readToolRecords(download, notes)).toEqual({ ok: true, records: [aboutScan, loose] });
  });

  it('counts its room with the site’s work', () => {
    const storage = filled();

    expect(bytesOfTools(storage, registry)).toBe(bytesOfTools(storage) + bytesInUse(storage, [notes.storageKey]));
    expect(bytesInUse(storage, [notes.storageKey])).toBeGreaterThan(0);
  });

  it('is backed up together with the real tools’ records, in a section of its own', () => {
    const backup = makeBackup(tools, T4, filled);

    expect(backup).toStrictEqual({
      format: 'welbevinden-alles',
      version: 1,
      exportedAt: T4,
      schoolscan: { scans: [scan] },
      werkblad: { worksheets: [sheet], plan: sectionOf(backup, werkbladTool).rest },
      notities: { notes: [aboutScan, loose] },
    });
    expect(readBackup(tools, `${JSON.stringify(backup, null, 2)}\n`)).toStrictEqual(backup);
  });

  it('is restored with the real tools’ records, its note still about the scan when the scan gets a new id', () => {
    const backup = readBackup(tools, JSON.stringify(makeBackup(tools, T4, filled)))!;
    const storage = new MemoryStorage();
    const other: typeof scan = { ...scan, title: 'Een andere scan' };
    save(storage, scanTool, [other]);

    const result = restoreBackup(tools, backup, counter(), () => storage);

    expect(result).toEqual({
      ok: true,
      restored: {
        records: { schoolscan: { added: 1, same: 0 }, werkblad: { added: 1, same: 0 }, notities: { added: 2, same: 0 } },
        rest: { werkblad: 'same' },
        failed: 0,
      },
    });
    expect(readRecords(scanTool, () => storage).find((item) => item.id === 'n1x')).toStrictEqual({ ...scan, id: 'n1x' });
    expect(readRecords(werkbladTool, () => storage)).toStrictEqual([{ ...sheet, scanId: 'n1x' }]);
    expect(readRecords(notes, () => storage)).toStrictEqual([{ ...aboutScan, scan: 'n1x' }, loose]);
    // Twice: nothing more.
    expect(restoreBackup(tools, backup, counter(), () => storage)).toMatchObject({
      ok: true,
      restored: { records: { schoolscan: { added: 0 }, werkblad: { added: 0 }, notities: { added: 0, same: 2 } } },
    });
  });

  it('restores a backup made before it existed, and the site without it leaves its section out', async () => {
    const withoutNotes = makeBackup(await loadTools(), T4, filled);
    const storage = new MemoryStorage();

    expect(restoreBackup(tools, readBackup(tools, JSON.stringify(withoutNotes))!, counter(), () => storage)).toMatchObject({
      ok: true,
      restored: { records: { schoolscan: { added: 1 }, werkblad: { added: 1 }, notities: { added: 0, same: 0 } } },
    });
    const withNotes = JSON.stringify(makeBackup(tools, T4, filled));
    expect(readBackup(await loadTools(), withNotes)).not.toHaveProperty('notities');
  });

  it('is refused in a backup whose section of it holds a note it does not accept', () => {
    const backup = { ...makeBackup(tools, T4, filled), notities: { notes: [{ ...loose, pages: 0 }] } };

    expect(readBackup(tools, JSON.stringify(backup))).toBeNull();
    expect(readBackup(tools, JSON.stringify({ ...backup, notities: { andere: [] } }))).toBeNull();
  });
});
