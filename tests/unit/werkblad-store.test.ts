import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StorageLike } from '../../src/lib/store/versioned-store';
import { EPOCH, WERKBLAD_VERSION, type WerkbladDocument } from '../../src/lib/werkblad/model';
import { createWerkbladStore, WERKBLAD_STORAGE_KEY } from '../../src/lib/werkblad/store';
import { MemoryStorage, T1, T2, T3, ThrowingStorage } from '../fixtures/scan-examples';
import { action, exampleWorksheet, werkbladDoc } from '../fixtures/werkblad-examples';

const NOW = new Date('2026-11-25T14:30:00.000Z');
const BACKUP_KEY = `welbevinden.werkblad.backup.${NOW.toISOString()}`;

const stored = (data: unknown, version: number = WERKBLAD_VERSION) => JSON.stringify({ version, data });
const storeOn = (storage: StorageLike) => createWerkbladStore(() => storage);

const veerkracht = exampleWorksheet({
  id: 'ws1',
  answers: { training: 'Studiedag' },
  partners: ['gemeente'],
  actions: [action('a1', 'Plannen', 'IB', 'maart')],
  createdAt: T1,
  updatedAt: T2,
});
const programma = exampleWorksheet({ id: 'ws2', title: 'Rots en Water', typeId: null, createdAt: T2, updatedAt: T2 });

const emptyDocument: WerkbladDocument = { worksheets: [], deleted: {}, plan: { school: '', date: '', scanId: null, updatedAt: EPOCH } };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('werkblad store: loading', () => {
  it('uses its own key', () => {
    expect(WERKBLAD_STORAGE_KEY).toBe('welbevinden.werkblad');
    expect(storeOn(new MemoryStorage()).key).toBe('welbevinden.werkblad');
  });

  it('starts with an empty document and an empty plan when nothing is stored', () => {
    const { data, status } = storeOn(new MemoryStorage()).load();

    expect(status).toEqual({ kind: 'empty' });
    expect(data).toEqual(emptyDocument);
    expect(data.plan).toMatchObject({ school: '', date: '', scanId: null });
  });

  it('reads back what it saved', () => {
    const storage = new MemoryStorage();
    const data = werkbladDoc(
      [veerkracht, programma],
      { weg: T1 },
      { school: 'De Regenboog', date: '2026-12-01', scanId: 'scan1', updatedAt: T2 },
    );

    expect(storeOn(storage).save(data)).toEqual({ kind: 'saved', data });
    expect(storage.getItem(WERKBLAD_STORAGE_KEY)).toBe(stored(data));
    expect(storeOn(storage).load()).toEqual({ data, status: { kind: 'ok' } });
  });

  it('moves unreadable data aside under a backup key and hands back the raw text', () => {
    const raw = '{"version":1,"data":{"worksheets":[{"id":"ws1"';
    const storage = new MemoryStorage({ [WERKBLAD_STORAGE_KEY]: raw });

    const { data, status } = storeOn(storage).load();

    expect(BACKUP_KEY).toBe('welbevinden.werkblad.backup.2026-11-25T14:30:00.000Z');
    expect(status).toEqual({ kind: 'moved-aside', reason: 'unreadable', backupKey: BACKUP_KEY, raw });
    expect(data).toEqual(emptyDocument);
    expect(storage.getItem(BACKUP_KEY)).toBe(raw);
    expect(storage.getItem(WERKBLAD_STORAGE_KEY)).toBeNull();
  });

  it('moves JSON that is not a werkblad document aside as invalid', () => {
    const invalid = [
      stored({ worksheets: [{ ...veerkracht, status: 'klaar' }], deleted: {}, plan: emptyDocument.plan }),
      stored({ worksheets: [], deleted: {} }),
      stored({ scans: [], deleted: {} }),
      stored(null),
      JSON.stringify({ data: emptyDocument }),
      stored(emptyDocument, 0),
      '[]',
      'null',
    ];
    for (const raw of invalid) {
      const storage = new MemoryStorage({ [WERKBLAD_STORAGE_KEY]: raw });

      expect(storeOn(storage).load().status, raw).toEqual({ kind: 'moved-aside', reason: 'invalid', backupKey: BACKUP_KEY, raw });
      expect(storage.getItem(BACKUP_KEY)).toBe(raw);
      expect(storage.getItem(WERKBLAD_STORAGE_KEY)).toBeNull();
    }
  });

  it('moves data of version 99 aside as newer', () => {
    const raw = stored({ ...emptyDocument, folders: [] }, 99);
    const storage = new MemoryStorage({ [WERKBLAD_STORAGE_KEY]: raw });

    const { data, status } = storeOn(storage).load();

    expect(status).toEqual({ kind: 'moved-aside', reason: 'newer', backupKey: BACKUP_KEY, raw });
    expect(data).toEqual(emptyDocument);
    expect(storage.getItem(BACKUP_KEY)).toBe(raw);
  });

  it('leaves the schoolscan’s data alone', () => {
    const scans = '{"version":1,"data":{"scans":[],"deleted":{}}}';
    const storage = new MemoryStorage({ 'welbevinden.schoolscan': scans, [WERKBLAD_STORAGE_KEY]: 'kapot' });
    const store = storeOn(storage);

    store.load();
    store.save(werkbladDoc([veerkracht]));

    expect(storage.getItem('welbevinden.schoolscan')).toBe(scans);
  });
});

describe('werkblad store: saving', () => {
  it('merges with what another tab stored since this tab loaded', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    store.load();
    storage.setItem(WERKBLAD_STORAGE_KEY, stored(werkbladDoc([veerkracht], {}, { school: 'Ander tabblad', updatedAt: T3 })));

    const result = store.save(werkbladDoc([programma]));

    expect(result.kind).toBe('saved');
    const expected = werkbladDoc([veerkracht, programma], {}, { school: 'Ander tabblad', updatedAt: T3 });
    expect(result.kind === 'saved' && result.data).toEqual(expected);
    expect(storeOn(storage).load().data).toEqual(expected);
  });

  it('keeps a deletion from another tab', () => {
    const storage = new MemoryStorage({ [WERKBLAD_STORAGE_KEY]: stored(werkbladDoc([programma], { ws1: T3 })) });

    const result = storeOn(storage).save(werkbladDoc([veerkracht, programma]));

    expect(result.kind === 'saved' && result.data).toEqual(werkbladDoc([programma], { ws1: T3 }));
  });

  it('sets unreadable stored data aside before writing', () => {
    const storage = new MemoryStorage({ [WERKBLAD_STORAGE_KEY]: 'kapot' });

    const result = storeOn(storage).save(werkbladDoc([veerkracht]));

    expect(result).toEqual({
      kind: 'saved',
      data: werkbladDoc([veerkracht]),
      movedAside: { kind: 'moved-aside', reason: 'unreadable', backupKey: BACKUP_KEY, raw: 'kapot' },
    });
    expect(storage.getItem(BACKUP_KEY)).toBe('kapot');
  });

  it('rejects a document that does not pass validation and writes nothing', () => {
    const tooLong = exampleWorksheet({ id: 'nieuw', title: 'x'.repeat(200) });
    const before = stored(werkbladDoc([veerkracht]));
    const invalid: WerkbladDocument[] = [
      werkbladDoc([tooLong]),
      werkbladDoc([exampleWorksheet({ id: 'nieuw', answers: { training: 'x'.repeat(5001) } })]),
      werkbladDoc([exampleWorksheet({ id: 'nieuw', typeId: 'Geen Id' })]),
      werkbladDoc([], {}, { date: '1 december' }),
    ];

    for (const data of invalid) {
      const empty = new MemoryStorage();
      expect(storeOn(empty).save(data)).toEqual({ kind: 'rejected' });
      expect(empty.keys()).toEqual([]);

      const filled = new MemoryStorage({ [WERKBLAD_STORAGE_KEY]: before });
      expect(storeOn(filled).save(data)).toEqual({ kind: 'rejected' });
      expect(filled.keys()).toEqual([WERKBLAD_STORAGE_KEY]);
      expect(filled.getItem(WERKBLAD_STORAGE_KEY)).toBe(before);
    }
  });

  it('reports full storage when setItem throws a QuotaExceededError', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };

    expect(storeOn(storage).save(werkbladDoc([veerkracht]))).toEqual({ kind: 'full' });
  });
});

describe('werkblad store: storage that is not available', () => {
  it('loads as unavailable and never throws when every storage method throws', () => {
    const store = storeOn(new ThrowingStorage());

    expect(store.load()).toEqual({ data: emptyDocument, status: { kind: 'unavailable' } });
    expect(store.save(werkbladDoc([veerkracht]))).toEqual({ kind: 'unavailable' });
  });

  it('is unavailable when there is no storage, asking for it throws, or outside a browser', () => {
    const stores = [
      createWerkbladStore(() => null),
      createWerkbladStore(() => {
        throw new DOMException('Access is denied', 'SecurityError');
      }),
      createWerkbladStore(),
    ];
    for (const store of stores) {
      expect(store.load().status).toEqual({ kind: 'unavailable' });
      expect(store.save(werkbladDoc([veerkracht]))).toEqual({ kind: 'unavailable' });
    }
  });
});

describe('werkblad store: read (a storage event from another tab)', () => {
  const store = storeOn(new MemoryStorage());

  it('reads a valid stored value and nothing else', () => {
    expect(store.read(stored(werkbladDoc([veerkracht])))).toEqual(werkbladDoc([veerkracht]));
    for (const raw of [null, '', 'kapot', '{}', stored({ worksheets: 1 }), stored(emptyDocument, 99)]) {
      expect(store.read(raw), String(raw)).toBeNull();
    }
  });
});
