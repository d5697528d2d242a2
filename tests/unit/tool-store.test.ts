/**
 * The kit's store (src/lib/tools/store.ts), once for every tool: loading, saving, setting aside
 * what cannot be read, and storage that is full or missing. Then the store on a synthetic format
 * with migrations, and `migrate` itself.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { migrate, MigrationError } from '../../src/lib/tools/migrate';
import { createVersionedStore, type StorageLike, type StoreOptions } from '../../src/lib/tools/store';
import { createToolStore } from '../../src/lib/tools/tool';
import { anyCharacter, MemoryStorage, T1, T3, ThrowingStorage } from '../fixtures/scan-examples';
import { toolCases } from '../fixtures/tool-cases';

const NOW = new Date('2026-11-25T14:30:00.000Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

describe.each(toolCases)('the $name store', (tc) => {
  const KEY = tc.tool.storageKey;
  const BACKUP_KEY = `${KEY}.backup.${NOW.toISOString()}`;
  const empty = tc.tool.document.empty();
  const stored = (data: unknown, version: number = tc.tool.version) => JSON.stringify({ version, data });
  const storeOn = (storage: StorageLike) => createToolStore(tc.tool, () => storage);
  const { a, b } = tc;

  describe('loading', () => {
    it('starts with the empty document when nothing is stored', () => {
      expect(storeOn(new MemoryStorage()).load()).toEqual({ data: empty, status: { kind: 'empty' } });
      expect(storeOn(new MemoryStorage()).key).toBe(KEY);
    });

    it('reads back what it saved', () => {
      const storage = new MemoryStorage();
      const data = tc.doc([a, b], { weg: T1 });

      expect(storeOn(storage).save(data)).toEqual({ kind: 'saved', data });
      expect(storage.getItem(KEY)).toBe(stored(data));
      expect(storeOn(storage).load()).toEqual({ data, status: { kind: 'ok' } });
    });

    it('moves unreadable data aside under a backup key and hands back the raw text', () => {
      const raw = stored(tc.doc([a])).slice(0, 40);
      const storage = new MemoryStorage({ [KEY]: raw });

      const { data, status } = storeOn(storage).load();

      expect(status).toEqual({ kind: 'moved-aside', reason: 'unreadable', backupKey: BACKUP_KEY, raw });
      expect(data).toEqual(empty);
      expect(storage.getItem(BACKUP_KEY)).toBe(raw);
      expect(storage.getItem(KEY)).toBeNull();
    });

    it('moves valid JSON that fails validation aside as invalid', () => {
      const invalid = [
        stored(tc.doc([tc.invalid(a)])),
        stored({ ...empty, deleted: 'geen lijst' }),
        stored(null),
        JSON.stringify({ data: empty }),
        JSON.stringify({ version: String(tc.tool.version), data: empty }),
        stored(empty, 0),
        '[]',
        '"tekst"',
        'null',
      ];
      for (const raw of invalid) {
        const storage = new MemoryStorage({ [KEY]: raw });

        const { status } = storeOn(storage).load();

        expect(status, raw).toEqual({ kind: 'moved-aside', reason: 'invalid', backupKey: BACKUP_KEY, raw });
        expect(storage.getItem(BACKUP_KEY)).toBe(raw);
        expect(storage.getItem(KEY)).toBeNull();
      }
    });

    it('moves data of a newer version aside as newer', () => {
      const raw = stored({ ...empty, extra: true }, 99);
      const storage = new MemoryStorage({ [KEY]: raw });

      const { data, status } = storeOn(storage).load();

      expect(status).toEqual({ kind: 'moved-aside', reason: 'newer', backupKey: BACKUP_KEY, raw });
      expect(data).toEqual(empty);
      expect(storage.getItem(BACKUP_KEY)).toBe(raw);
    });

    it('saves normally again after the old data was moved aside', () => {
      const storage = new MemoryStorage({ [KEY]: 'kapot' });
      const store = storeOn(storage);
      store.load();

      expect(store.save(tc.doc([a]))).toEqual({ kind: 'saved', data: tc.doc([a]) });
      expect(storage.getItem(BACKUP_KEY)).toBe('kapot');
      expect(tc.tool.document.records.items(storeOn(storage).load().data).map((item: { id: string }) => item.id)).toEqual(['aaa']);
    });

    it('leaves the data of other keys (the other tool) alone', () => {
      const other = '{"version":1,"data":{"andere":"gegevens"}}';
      const storage = new MemoryStorage({ 'welbevinden.ander': other, [KEY]: 'kapot' });
      const store = storeOn(storage);

      store.load();
      store.save(tc.doc([a]));

      expect(storage.getItem('welbevinden.ander')).toBe(other);
    });
  });

  describe('saving', () => {
    it('merges with what another tab stored since this tab loaded', () => {
      const storage = new MemoryStorage();
      const store = storeOn(storage);
      store.load();
      storage.setItem(KEY, stored(tc.doc([a])));

      const result = store.save(tc.doc([b]));

      expect(result).toEqual({ kind: 'saved', data: tc.doc([a, b]) });
      expect(storeOn(storage).load().data).toEqual(tc.doc([a, b]));
    });

    it('keeps a deletion from another tab', () => {
      const storage = new MemoryStorage({ [KEY]: stored(tc.doc([b], { aaa: T3 })) });

      const result = storeOn(storage).save(tc.doc([a, b]));

      expect(result).toEqual({ kind: 'saved', data: tc.doc([b], { aaa: T3 }) });
    });

    it('sets unreadable stored data aside before writing', () => {
      const storage = new MemoryStorage({ [KEY]: 'kapot' });

      const result = storeOn(storage).save(tc.doc([a]));

      expect(result).toEqual({
        kind: 'saved',
        data: tc.doc([a]),
        movedAside: { kind: 'moved-aside', reason: 'unreadable', backupKey: BACKUP_KEY, raw: 'kapot' },
      });
      expect(storage.getItem(BACKUP_KEY)).toBe('kapot');
    });

    it('does not silently overwrite data another tab stored with a newer version of the site', () => {
      const storage = new MemoryStorage();
      const store = storeOn(storage);
      store.load();
      const newer = stored({ ...empty, folders: ['nieuw'] }, tc.tool.version + 1);
      storage.setItem(KEY, newer);

      store.save(tc.doc([a]));

      expect([...storage.items.values()]).toContain(newer);
    });

    it('rejects a document that does not pass validation and writes nothing', () => {
      const before = stored(tc.doc([a]));
      const data = tc.doc([tc.invalid(b)]);

      const empty = new MemoryStorage();
      expect(storeOn(empty).save(data)).toEqual({ kind: 'rejected' });
      expect(empty.keys()).toEqual([]);

      const filled = new MemoryStorage({ [KEY]: before });
      expect(storeOn(filled).save(data)).toEqual({ kind: 'rejected' });
      expect(filled.keys()).toEqual([KEY]);
      expect(filled.getItem(KEY)).toBe(before);
    });

    it('reports full storage when setItem throws a QuotaExceededError, also Firefox’s', () => {
      for (const name of ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']) {
        const storage = new MemoryStorage();
        storage.setItem = () => {
          throw new DOMException('The quota has been exceeded.', name);
        };

        expect(storeOn(storage).save(tc.doc([a])), name).toEqual({ kind: 'full' });
      }
    });
  });

  describe('storage that is not available', () => {
    it('loads as unavailable and never throws when every storage method throws', () => {
      const store = storeOn(new ThrowingStorage());

      expect(store.load()).toEqual({ data: empty, status: { kind: 'unavailable' } });
      expect(store.save(tc.doc([a]))).toEqual({ kind: 'unavailable' });
    });

    it('is unavailable when there is no storage, asking for it throws, or outside a browser', () => {
      const stores = [
        createToolStore(tc.tool, () => null),
        createToolStore(tc.tool, () => {
          throw new DOMException('Access is denied', 'SecurityError');
        }),
        createToolStore(tc.tool),
      ];
      for (const store of stores) {
        expect(store.load().status).toEqual({ kind: 'unavailable' });
        expect(store.save(tc.doc([a]))).toEqual({ kind: 'unavailable' });
      }
    });

    it('stops saving when even the backup could not be written, so the old data is not overwritten', () => {
      const raw = '{"version":1,"data":kapot}';
      const storage = new MemoryStorage({ [KEY]: raw });
      const setItem = storage.setItem.bind(storage);
      storage.setItem = (key, value) => {
        if (key.includes('.backup.')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem(key, value);
      };
      const store = storeOn(storage);

      const { status } = store.load();

      expect(status).toEqual({ kind: 'moved-aside', reason: 'unreadable', backupKey: null, raw });
      expect(store.save(tc.doc([a]))).toEqual({ kind: 'unavailable' });
      expect(store.save(tc.doc([b]))).toEqual({ kind: 'unavailable' });
      expect(storage.getItem(KEY)).toBe(raw);
      expect(storage.keys()).toEqual([KEY]);
    });
  });

  describe('read (a storage event from another tab)', () => {
    const store = storeOn(new MemoryStorage());

    it('reads a valid stored value and nothing else', () => {
      expect(store.read(stored(tc.doc([a])))).toEqual(tc.doc([a]));
      for (const raw of [null, '', 'kapot', '{}', stored({ ...empty, deleted: 1 }), stored(empty, 99), stored(empty, 0)]) {
        expect(store.read(raw), String(raw)).toBeNull();
      }
    });
  });

  describe('any stored text', () => {
    it('never throws on load, and either reads the value or moves it aside unchanged', () => {
      const validDoc = fc.constantFrom(tc.doc([]), tc.doc([a]), tc.doc([a, b], { x: T1 }));
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
          const storage = new MemoryStorage({ [KEY]: value });
          let result: ReturnType<ReturnType<typeof storeOn>['load']> | undefined;

          expect(() => {
            result = storeOn(storage).load();
          }).not.toThrow();

          const status = result?.status;
          if (status?.kind === 'ok') {
            expect(storage.getItem(KEY)).toBe(value);
          } else {
            expect(status).toMatchObject({ kind: 'moved-aside', backupKey: BACKUP_KEY, raw: value });
            expect(storage.getItem(BACKUP_KEY)).toBe(value);
            expect(storage.getItem(KEY)).toBeNull();
            expect(result?.data).toEqual(empty);
          }
        }),
        { numRuns: 200 },
      );
    });
  });
});

describe('createVersionedStore on a format of its own', () => {
  /** Words at version 3; version 1 held one string, version 2 a list. A step takes the stored object. */
  const options = (storage: StorageLike, extra: Partial<StoreOptions<string[]>> = {}): StoreOptions<string[]> => ({
    key: 'test.woorden',
    version: 3,
    migrations: {
      1: (stored) => ({ ...(stored as object), data: [String((stored as { data: unknown }).data)] }),
      2: (stored) => ({ ...(stored as object), data: (stored as { data: string[] }).data.map((word) => word.toUpperCase()) }),
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

describe('the tools', () => {
  it('each have their own storage key, and migrations for every version before the current one', () => {
    expect(new Set(toolCases.map((tc) => tc.tool.storageKey)).size).toBe(toolCases.length);
    for (const { tool } of toolCases) {
      const expected = Array.from({ length: tool.version - 1 }, (_, index) => index + 1);
      for (const migrations of [tool.document.migrations, tool.file.migrations]) {
        expect(
          Object.keys(migrations)
            .map(Number)
            .sort((x, y) => x - y),
        ).toEqual(expected);
      }
    }
  });
});
