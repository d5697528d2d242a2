import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCAN_VERSION } from '../../src/lib/scan/model';
import { createScanStore, SCAN_STORAGE_KEY } from '../../src/lib/scan/store';
import { migrate, MigrationError } from '../../src/lib/store/migrate';
import { createVersionedStore, type StorageLike, type StoreOptions } from '../../src/lib/store/versioned-store';
import { anyCharacter, doc, exampleScan, MemoryStorage, ratedScan, T1, T2, T3, ThrowingStorage } from '../fixtures/scan-examples';

const NOW = new Date('2026-11-25T14:30:00.000Z');
const BACKUP_KEY = `welbevinden.schoolscan.backup.${NOW.toISOString()}`;

const stored = (data: unknown, version: number = SCAN_VERSION) => JSON.stringify({ version, data });
const storeOn = (storage: StorageLike) => createScanStore(() => storage);

const groep7 = ratedScan({ energie: 'grote' }, { id: 'groep7', title: 'Groep 7', createdAt: T1, updatedAt: T2 });
const groep8 = ratedScan({ motivatie: 'enige' }, { id: 'groep8', title: 'Groep 8', createdAt: T2, updatedAt: T2 });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('scan store: loading', () => {
  it('starts empty when nothing is stored', () => {
    expect(storeOn(new MemoryStorage()).load()).toEqual({ data: { scans: [], deleted: {} }, status: { kind: 'empty' } });
  });

  it('reads back what it saved', () => {
    const storage = new MemoryStorage();
    const data = doc([groep7, groep8], { weg: T1 });

    expect(storeOn(storage).save(data)).toEqual({ kind: 'saved', data });
    expect(storage.getItem(SCAN_STORAGE_KEY)).toBe(stored(data));
    expect(storeOn(storage).load()).toEqual({ data, status: { kind: 'ok' } });
  });

  it('moves unreadable data aside under a backup key and hands back the raw text', () => {
    const raw = '{"version":1,"data":{"scans":[{"id":"abc", "title": "Groep 7"';
    const storage = new MemoryStorage({ [SCAN_STORAGE_KEY]: raw });

    const { data, status } = storeOn(storage).load();

    expect(status).toEqual({ kind: 'moved-aside', reason: 'unreadable', backupKey: BACKUP_KEY, raw });
    expect(data).toEqual({ scans: [], deleted: {} });
    expect(storage.getItem(BACKUP_KEY)).toBe(raw);
    expect(storage.getItem(SCAN_STORAGE_KEY)).toBeNull();
  });

  it('moves valid JSON that fails validation aside as invalid', () => {
    const invalid = [
      stored({ scans: [{ ...groep7, level: 'groep' }], deleted: {} }),
      stored({ scans: 'geen lijst', deleted: {} }),
      stored(null),
      JSON.stringify({ data: { scans: [], deleted: {} } }),
      JSON.stringify({ version: '1', data: { scans: [], deleted: {} } }),
      stored({ scans: [], deleted: {} }, 0),
      '[]',
      '"tekst"',
      'null',
    ];
    for (const raw of invalid) {
      const storage = new MemoryStorage({ [SCAN_STORAGE_KEY]: raw });

      const { status } = storeOn(storage).load();

      expect(status, raw).toEqual({ kind: 'moved-aside', reason: 'invalid', backupKey: BACKUP_KEY, raw });
      expect(storage.getItem(BACKUP_KEY)).toBe(raw);
      expect(storage.getItem(SCAN_STORAGE_KEY)).toBeNull();
    }
  });

  it('moves data of a newer version aside as newer', () => {
    const raw = JSON.stringify({ version: 99, data: { scans: [], deleted: {}, extra: true } });
    const storage = new MemoryStorage({ [SCAN_STORAGE_KEY]: raw });

    expect(storeOn(storage).load().status).toEqual({ kind: 'moved-aside', reason: 'newer', backupKey: BACKUP_KEY, raw });
    expect(storage.getItem(BACKUP_KEY)).toBe(raw);
  });

  it('saves normally again after the old data was moved aside', () => {
    const storage = new MemoryStorage({ [SCAN_STORAGE_KEY]: 'kapot' });
    const store = storeOn(storage);
    store.load();

    expect(store.save(doc([groep7]))).toEqual({ kind: 'saved', data: doc([groep7]) });
    expect(storage.getItem(BACKUP_KEY)).toBe('kapot');
    expect(storeOn(storage).load().data.scans.map((s) => s.id)).toEqual(['groep7']);
  });
});

describe('scan store: saving', () => {
  it('merges with what another tab stored since this tab loaded', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    store.load();
    storage.setItem(SCAN_STORAGE_KEY, stored(doc([groep7])));

    const result = store.save(doc([groep8]));

    expect(result.kind).toBe('saved');
    expect(result.kind === 'saved' && result.data.scans.map((s) => s.id)).toEqual(['groep7', 'groep8']);
    expect(storeOn(storage).load().data.scans.map((s) => s.id)).toEqual(['groep7', 'groep8']);
  });

  it('keeps a deletion from another tab', () => {
    const storage = new MemoryStorage({ [SCAN_STORAGE_KEY]: stored(doc([groep8], { groep7: T3 })) });

    const result = storeOn(storage).save(doc([groep7, groep8]));

    expect(result.kind === 'saved' && result.data).toEqual(doc([groep8], { groep7: T3 }));
  });

  it('reports full storage when setItem throws a QuotaExceededError', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };

    expect(storeOn(storage).save(doc([groep7]))).toEqual({ kind: 'full' });
  });

  it('also recognises Firefox’s quota error', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new DOMException('Quota reached', 'NS_ERROR_DOM_QUOTA_REACHED');
    };

    expect(storeOn(storage).save(doc([groep7]))).toEqual({ kind: 'full' });
  });

  it('does not silently overwrite data another tab stored with a newer version of the site', () => {
    // Data that cannot be read is kept aside, never silently deleted (PRODUCT.md, "Saved work").
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    store.load();
    const newer = JSON.stringify({ version: SCAN_VERSION + 1, data: { scans: [], deleted: {}, folders: ['nieuw'] } });
    storage.setItem(SCAN_STORAGE_KEY, newer);

    store.save(doc([groep7]));

    expect([...storage.items.values()]).toContain(newer);
  });
});

describe('scan store: storage that is not available', () => {
  it('loads as unavailable and never throws when every storage method throws', () => {
    const store = storeOn(new ThrowingStorage());

    expect(store.load()).toEqual({ data: { scans: [], deleted: {} }, status: { kind: 'unavailable' } });
    expect(store.save(doc([groep7]))).toEqual({ kind: 'unavailable' });
  });

  it('is unavailable when there is no storage, or asking for it throws', () => {
    const none = createScanStore(() => null);
    const refusing = createScanStore(() => {
      throw new DOMException('Access is denied', 'SecurityError');
    });

    for (const store of [none, refusing]) {
      expect(store.load().status).toEqual({ kind: 'unavailable' });
      expect(store.save(doc([groep7]))).toEqual({ kind: 'unavailable' });
    }
  });

  it('is unavailable outside a browser by default', () => {
    expect(createScanStore().load().status).toEqual({ kind: 'unavailable' });
  });

  it('stops saving when even the backup could not be written, so the old data is not overwritten', () => {
    const raw = '{"version":1,"data":kapot}';
    const storage = new MemoryStorage({ [SCAN_STORAGE_KEY]: raw });
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (key.includes('.backup.')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem(key, value);
    };
    const store = storeOn(storage);

    const { status } = store.load();

    expect(status).toEqual({ kind: 'moved-aside', reason: 'unreadable', backupKey: null, raw });
    expect(store.save(doc([groep7]))).toEqual({ kind: 'unavailable' });
    expect(store.save(doc([groep8]))).toEqual({ kind: 'unavailable' });
    expect(storage.getItem(SCAN_STORAGE_KEY)).toBe(raw);
    expect(storage.keys()).toEqual([SCAN_STORAGE_KEY]);
  });
});

describe('scan store: read (a storage event from another tab)', () => {
  const store = storeOn(new MemoryStorage());

  it('reads a valid stored value', () => {
    expect(store.read(stored(doc([groep7])))).toEqual(doc([groep7]));
  });

  it('is null for no value and for values that are not valid', () => {
    for (const raw of [null, '', 'kapot', '{}', stored({ scans: 1 }), stored(doc([]), 99), stored(doc([]), 0)]) {
      expect(store.read(raw), String(raw)).toBeNull();
    }
  });
});

describe('scan store: any stored text', () => {
  it('never throws on load, and either reads the value or moves it aside unchanged', () => {
    const validDoc = fc.constantFrom(doc([]), doc([exampleScan()]), doc([groep7, groep8], { x: T1 }));
    const raw = fc.oneof(
      fc.string(),
      fc.string({ unit: anyCharacter }),
      fc.json(),
      fc.jsonValue().map((data) => stored(data)),
      validDoc.map((data) => stored(data)),
      validDoc.map((data) => stored(data).slice(0, -1)),
    );

    fc.assert(
      fc.property(raw, (value) => {
        const storage = new MemoryStorage({ [SCAN_STORAGE_KEY]: value });
        let result: ReturnType<ReturnType<typeof createScanStore>['load']> | undefined;

        expect(() => {
          result = storeOn(storage).load();
        }).not.toThrow();

        const status = result?.status;
        if (status?.kind === 'ok') {
          expect(storage.getItem(SCAN_STORAGE_KEY)).toBe(value);
        } else {
          expect(status).toMatchObject({ kind: 'moved-aside', backupKey: BACKUP_KEY, raw: value });
          expect(storage.getItem(BACKUP_KEY)).toBe(value);
          expect(storage.getItem(SCAN_STORAGE_KEY)).toBeNull();
          expect(result?.data).toEqual({ scans: [], deleted: {} });
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('createVersionedStore', () => {
  /** A store of a list of words at version 3; version 1 held one string, version 2 a list. */
  const options = (storage: StorageLike, extra: Partial<StoreOptions<string[]>> = {}): StoreOptions<string[]> => ({
    key: 'test.woorden',
    version: 3,
    migrations: {
      1: (data) => [String(data)],
      2: (data) => (data as string[]).map((word) => word.toUpperCase()),
    },
    validate: (data) => (Array.isArray(data) && data.every((item) => typeof item === 'string') ? data : null),
    empty: () => [],
    merge: (theirs, ours) => [...new Set([...theirs, ...ours])],
    storage: () => storage,
    now: () => new Date('2027-01-02T03:04:05.006Z'),
    ...extra,
  });

  it('migrates data of an older version step by step on load', () => {
    const storage = new MemoryStorage({ 'test.woorden': JSON.stringify({ version: 1, data: 'hallo' }) });

    expect(createVersionedStore(options(storage)).load()).toEqual({ data: ['HALLO'], status: { kind: 'ok' } });
  });

  it('moves data aside when a migration step is missing', () => {
    const raw = JSON.stringify({ version: 1, data: 'hallo' });
    const storage = new MemoryStorage({ 'test.woorden': raw });

    const { status } = createVersionedStore(options(storage, { migrations: { 2: (data) => data } })).load();

    expect(status).toEqual({ kind: 'moved-aside', reason: 'invalid', backupKey: 'test.woorden.backup.2027-01-02T03:04:05.006Z', raw });
  });

  it('writes the current version and merges with the stored data on save', () => {
    const storage = new MemoryStorage({ 'test.woorden': JSON.stringify({ version: 3, data: ['A', 'B'] }) });

    const result = createVersionedStore(options(storage)).save(['B', 'C']);

    expect(result).toEqual({ kind: 'saved', data: ['A', 'B', 'C'] });
    expect(storage.getItem('test.woorden')).toBe('{"version":3,"data":["A","B","C"]}');
  });

  it('reads the value of a storage event with the same migrations and validation', () => {
    const store = createVersionedStore(options(new MemoryStorage()));

    expect(store.key).toBe('test.woorden');
    expect(store.read(JSON.stringify({ version: 2, data: ['a'] }))).toEqual(['A']);
    expect(store.read(JSON.stringify({ version: 3, data: [1] }))).toBeNull();
  });
});

describe('migrate', () => {
  const steps = {
    1: (data: unknown) => [...(data as string[]), 'een→twee'],
    2: (data: unknown) => [...(data as string[]), 'twee→drie'],
    3: (data: unknown) => [...(data as string[]), 'drie→vier'],
  };

  it('runs the steps in order from the old version to the new one', () => {
    expect(migrate([], 1, 4, steps)).toEqual(['een→twee', 'twee→drie', 'drie→vier']);
    expect(migrate(['start'], 2, 3, steps)).toEqual(['start', 'twee→drie']);
  });

  it('returns the data as it is when there is nothing to migrate', () => {
    const data = ['zelfde'];
    expect(migrate(data, 3, 3, {})).toBe(data);
  });

  it('throws a MigrationError naming the missing step', () => {
    const withGap = { 1: steps[1], 3: steps[3] };
    let error: unknown;
    try {
      migrate([], 1, 4, withGap);
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(MigrationError);
    expect(error).toMatchObject({ name: 'MigrationError', from: 2, to: 4, message: 'No migration from version 2 to version 4.' });
  });
});
