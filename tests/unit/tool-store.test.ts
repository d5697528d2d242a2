/**
 * The kit's store (src/lib/tools/store.ts), once for every tool: one entry per record, loading
 * with a bad entry set aside alone, the version 1 document moved into entries, saving (merged,
 * validated, one key only), storage that is full, missing or throws. Then entries of an older
 * version (on a tool of the tests' own), `migrate`, and what the werkblad's actions need.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fieldsOf, valueOf } from '../../src/lib/tools/entry';
import { toFields, type Json } from '../../src/lib/tools/fields';
import { migrate, MigrationError } from '../../src/lib/tools/migrate';
import { createRecordStore, REST, type LoadResult } from '../../src/lib/tools/store';
import { storageKeys, type StorageLike } from '../../src/lib/tools/storage';
import type { AnyToolSpec } from '../../src/lib/tools/tool';
import { Clock, DELETED, edit, isDeleted, type Stamped } from '../../src/lib/tools/stamps';
import { readToolRecords } from '../../src/lib/tools/exchange';
import { exportWerkblad } from '../../src/lib/werkblad/exchange';
import { werkbladTool } from '../../src/lib/werkblad/tool';
import { notesTool, note } from '../fixtures/notes-tool';
import { anyCharacter, MemoryStorage, ThrowingStorage } from '../fixtures/scan-examples';
import { toolCases } from '../fixtures/tool-cases';
import { action, exampleWorksheet, werkbladDoc } from '../fixtures/werkblad-examples';

const NOW = new Date('2026-11-25T14:30:00.000Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

/** A storage that writes down every call made to it. */
class CountingStorage extends MemoryStorage {
  readonly calls: string[] = [];

  override get length() {
    this.calls.push('length');
    return super.length;
  }

  override key(index: number) {
    this.calls.push(`key ${index}`);
    return super.key(index);
  }

  override getItem(key: string) {
    this.calls.push(`getItem ${key}`);
    return super.getItem(key);
  }

  override setItem(key: string, value: string) {
    this.calls.push(`setItem ${key}`);
    super.setItem(key, value);
  }

  override removeItem(key: string) {
    this.calls.push(`removeItem ${key}`);
    super.removeItem(key);
  }
}

/** `storage` whose setItem throws for keys that match. */
function refusing(
  storage: MemoryStorage,
  match: (key: string) => boolean,
  error = new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
) {
  const setItem = storage.setItem.bind(storage);
  storage.setItem = (key, value) => {
    if (match(key)) throw error;
    setItem(key, value);
  };
  return storage;
}

const quota = (name = 'QuotaExceededError') => new DOMException('The quota has been exceeded.', name);

/** The records a load holds, by id, as records. */
const recordsOf = (result: LoadResult) => Object.fromEntries([...result.records].map(([id, stamped]) => [id, valueOf(stamped)]));

describe.each(toolCases)('the $name store', (tc) => {
  const KEY = tc.tool.storageKey;
  const entryKey = (id: string) => `${KEY}/${id}`;
  const backupKey = (id: string) => `${KEY}.backup.${NOW.toISOString()}.${id}`;
  const storeOn = (storage: StorageLike) => createRecordStore(tc.tool, () => storage);
  const { a, b } = tc;
  const clock = () => new Clock('test');
  /** Saves each record as a new one through the store; returns the storage. */
  const saveAll = <S extends StorageLike>(storage: S, records: readonly { id: string }[], deleted = false): S => {
    const store = storeOn(storage);
    const tab = clock();
    for (const record of records) expect(store.save(record.id, edit(null, fieldsOf(record, deleted), tab), tab.tab).kind).toBe('saved');
    return storage;
  };
  /** The stamps of every field of `record` (its deletion too), all [1, "test"]. */
  const stampsOf = (record: unknown) => Object.fromEntries(Object.keys(fieldsOf(record)).map((path) => [path, [1, 'test']]));
  /** An entry as the store writes it: the record's fields, not deleted, and their stamps; `change` replaces parts of its data. */
  const entry = (record: unknown, change: Record<string, unknown> = {}, version: unknown = tc.tool.version) =>
    JSON.stringify({ version, data: { fields: fieldsOf(record), stamps: stampsOf(record), ...change } });
  const versionOne = (items: unknown[]) => JSON.stringify({ version: 1, data: tc.doc(items as (typeof a)[]) });

  describe('loading', () => {
    it('finds nothing when nothing is stored', () => {
      expect(storeOn(new MemoryStorage()).load()).toEqual({ records: new Map(), rest: null, status: { kind: 'empty' } });
    });

    it('reads back the records it saved, with their stamps', () => {
      const storage = saveAll(new MemoryStorage(), [a, b]);

      const loaded = storeOn(storage).load();

      expect(loaded.status).toEqual({ kind: 'ok' });
      expect(recordsOf(loaded)).toStrictEqual({ [a.id]: a, [b.id]: b });
      expect(loaded.records.get(a.id)!.stamps.title).toEqual([1, 'test']);
      expect(isDeleted(loaded.records.get(a.id)!)).toBe(false);
    });

    it('writes one entry per record under "<key>/<id>": the version, the record’s fields with its deletion, and their stamps', () => {
      const storage = saveAll(new MemoryStorage(), [a, b]);

      expect(storage.keys()).toEqual([entryKey(a.id), entryKey(b.id)]);
      const stored = JSON.parse(storage.getItem(entryKey(a.id))!) as { version: number; data: { fields: object; stamps: object } };
      expect(stored).toStrictEqual({ version: tc.tool.version, data: { fields: fieldsOf(a), stamps: stampsOf(a) } });
    });

    it('keeps the fields as saved, positions of list members included, so that a tab reads what the saving tab held', () => {
      const [first, second] = tc.members.candidates.filter((member: string) => !tc.members.get(a).includes(member)) as [string, string];
      // Two members at one position, as two tabs that each added one at the same moment leave them.
      const fields = { ...fieldsOf(a), [`${tc.members.path}/=${second}`]: 5, [`${tc.members.path}/=${first}`]: 5 };
      const storage = new MemoryStorage();
      const result = storeOn(storage).save(a.id, edit(null, fields, clock()), 'test');

      const loaded = storeOn(storage).load().records.get(a.id)!;

      expect(result.kind).toBe('saved');
      expect(loaded.fields).toStrictEqual(fields);
      expect(result.kind === 'saved' && loaded).toStrictEqual(result.kind === 'saved' && result.stamped);
      expect(tc.members.get(valueOf(loaded)).slice(-2)).toEqual([first, second].sort((x, y) => x.localeCompare(y)));
    });

    it('keeps of a deleted record only its deletion and its stamp, so that another tab does not bring it back', () => {
      const storage = saveAll(new MemoryStorage(), [a], true);

      const loaded = storeOn(storage).load();

      expect(isDeleted(loaded.records.get(a.id)!)).toBe(true);
      expect(recordsOf(loaded)).toStrictEqual({ [a.id]: null });
      expect(JSON.parse(storage.getItem(entryKey(a.id))!)).toStrictEqual({
        version: tc.tool.version,
        data: { fields: { [DELETED]: true }, stamps: { [DELETED]: [1, 'test'] } },
      });
    });

    it('erases a deleted entry that still holds what was deleted, when it loads', () => {
      const storage = new MemoryStorage();
      storage.setItem(entryKey(a.id), entry(a, { fields: fieldsOf(a, true) }));

      const loaded = storeOn(storage).load();

      expect(loaded.status).toEqual({ kind: 'ok' });
      expect(isDeleted(loaded.records.get(a.id)!)).toBe(true);
      const stored = storage.getItem(entryKey(a.id))!;
      expect(JSON.parse(stored)).toStrictEqual({
        version: tc.tool.version,
        data: { fields: { [DELETED]: true }, stamps: { [DELETED]: [1, 'test'] } },
      });
    });

    const bad: [string, (raw: string) => string, 'unreadable' | 'invalid' | 'newer'][] = [
      ['text that is not JSON', () => 'kapot', 'unreadable'],
      ['a cut-off entry', (raw) => raw.slice(0, -1), 'unreadable'],
      ['a record the schema refuses', () => entry(tc.invalid(b)), 'invalid'],
      ['a record under another id’s key', () => entry({ ...b, id: 'anders' }), 'invalid'],
      ['a record that is null', () => entry(null), 'invalid'],
      ['fields that describe no record', () => entry(b, { fields: { [DELETED]: false } }), 'invalid'],
      ['fields that are null', () => entry(b, { fields: null }), 'invalid'],
      [
        'the record instead of its fields',
        () => JSON.stringify({ version: tc.tool.version, data: { record: b, deleted: false, stamps: stampsOf(b) } }),
        'invalid',
      ],
      ['no deletion flag', () => entry(b, { fields: toFields(b as Json) }), 'invalid'],
      ['a deletion flag that is not true or false', () => entry(b, { fields: { ...fieldsOf(b), [DELETED]: 'ja' } }), 'invalid'],
      ['stamps that are not stamps', () => entry(b, { stamps: { title: [1] } }), 'invalid'],
      ['a negative stamp', () => entry(b, { stamps: { title: [-1, 'x'] } }), 'invalid'],
      ['no stamps', () => entry(b, { stamps: null }), 'invalid'],
      ['version 0', () => entry(b, {}, 0), 'invalid'],
      ['a version that is text', () => entry(b, {}, String(tc.tool.version)), 'invalid'],
      ['JSON that is not an object', () => '[]', 'invalid'],
      ['null', () => 'null', 'invalid'],
      ['a newer version', () => entry(b, {}, tc.tool.version + 1), 'newer'],
    ];

    it.each(bad)('sets aside %s alone, under a backup key of its own, and loads its neighbours', (_, make, reason) => {
      const storage = saveAll(new MemoryStorage(), [a, b]);
      const raw = make(storage.getItem(entryKey(b.id))!);
      storage.setItem(entryKey(b.id), raw);
      const neighbour = storage.getItem(entryKey(a.id));

      const loaded = storeOn(storage).load();

      expect(loaded.status).toEqual({ kind: 'moved-aside', items: [{ reason, backupKey: backupKey(b.id), raw }] });
      expect(recordsOf(loaded)).toStrictEqual({ [a.id]: a });
      expect(storage.getItem(backupKey(b.id))).toBe(raw);
      expect(storage.getItem(entryKey(b.id))).toBeNull();
      expect(storage.getItem(entryKey(a.id))).toBe(neighbour);
    });

    it('sets aside each bad entry under its own key', () => {
      const storage = saveAll(new MemoryStorage(), [a]);
      storage.setItem(entryKey('een'), 'kapot een');
      storage.setItem(entryKey('twee'), entry(b, {}, 99));

      const loaded = storeOn(storage).load();

      expect(loaded.status).toEqual({
        kind: 'moved-aside',
        items: [
          { reason: 'unreadable', backupKey: backupKey('een'), raw: 'kapot een' },
          { reason: 'newer', backupKey: backupKey('twee'), raw: entry(b, {}, 99) },
        ],
      });
      expect([...loaded.records.keys()]).toEqual([a.id]);
    });

    it('saves normally again after an entry was set aside', () => {
      const storage = new MemoryStorage({ [entryKey(a.id)]: 'kapot' });
      const store = storeOn(storage);
      store.load();

      expect(store.save(a.id, edit(null, fieldsOf(a), clock()), 'test').kind).toBe('saved');
      expect(storage.getItem(backupKey(a.id))).toBe('kapot');
      expect(recordsOf(storeOn(storage).load())).toStrictEqual({ [a.id]: a });
    });

    it('leaves every other key alone: other tools, backups, anything else', () => {
      const others = {
        'welbevinden.ander/aaa': 'van een ander',
        [`${KEY}.backup.2020-01-01T00:00:00.000Z.aaa`]: 'oud',
        [`${KEY}-anders/x`]: 'lijkt erop',
        los: 'kapot',
      };
      const storage = saveAll(new MemoryStorage(others), [a]);

      const loaded = storeOn(storage).load();

      expect(loaded.status).toEqual({ kind: 'ok' });
      for (const [key, value] of Object.entries(others)) expect(storage.getItem(key)).toBe(value);
    });

    it('leaves an entry that cannot be read this time where it is, and loads its neighbours', () => {
      const storage = saveAll(new MemoryStorage(), [a, b]);
      const getItem = storage.getItem.bind(storage);
      storage.getItem = (key) => {
        if (key === entryKey(b.id)) throw new DOMException('Niet nu', 'UnknownError');
        return getItem(key);
      };

      const loaded = storeOn(storage).load();

      expect(recordsOf(loaded)).toStrictEqual({ [a.id]: a });
      expect(storage.items.has(entryKey(b.id))).toBe(true);
    });

    it('never throws on any stored text, and either loads the entry as it is or sets it aside unchanged', () => {
      const raw = fc.oneof(
        fc.string(),
        fc.string({ unit: anyCharacter }),
        fc.json(),
        fc.jsonValue().map((data) => JSON.stringify({ version: tc.tool.version, data })),
        fc.constantFrom(
          entry(b),
          entry(b).slice(0, -1),
          entry(b, { fields: fieldsOf(b, true) }),
          entry(b, {}, tc.tool.version + 1),
          entry(tc.invalid(b)),
        ),
      );
      fc.assert(
        fc.property(raw, (value) => {
          const storage = saveAll(new MemoryStorage(), [a]);
          storage.setItem(entryKey(b.id), value);

          const loaded = storeOn(storage).load();

          expect(recordsOf(loaded)[a.id]).toStrictEqual(a);
          if (loaded.records.has(b.id)) {
            expect(loaded.status).toEqual({ kind: 'ok' });
            const versions = loaded.records.get(b.id)!;
            // A deleted record is kept as its deletion alone; anything else as it was.
            if (isDeleted(versions))
              expect(storeOn(storage).read(entryKey(b.id), storage.getItem(entryKey(b.id)))).toEqual({ id: b.id, stamped: versions });
            else expect(storage.getItem(entryKey(b.id))).toBe(value);
          } else {
            expect(loaded.status).toMatchObject({ kind: 'moved-aside', items: [{ backupKey: backupKey(b.id), raw: value }] });
            expect(storage.getItem(backupKey(b.id))).toBe(value);
            expect(storage.getItem(entryKey(b.id))).toBeNull();
          }
        }),
        { numRuns: 150 },
      );
    });
  });

  describe('the version 1 document', () => {
    it('is moved into entries once, on load, and then removed', () => {
      const storage = new MemoryStorage({ [KEY]: versionOne([a, b]) });

      const loaded = storeOn(storage).load();

      expect(loaded.status).toEqual({ kind: 'ok' });
      expect(recordsOf(loaded)).toStrictEqual({ [a.id]: a, [b.id]: b });
      expect(storage.getItem(KEY)).toBeNull();
      expect(storage.keys().sort()).toEqual([entryKey(a.id), entryKey(b.id), ...(tc.rest ? [entryKey(REST)] : [])].sort());
      expect(recordsOf(storeOn(storage).load())).toStrictEqual({ [a.id]: a, [b.id]: b });
    });

    it.each([
      { what: 'a record fails validation', second: () => tc.invalid(b) },
      { what: 'a second record uses the id of the first', second: () => tc.texts[0]!.set(a, 'Tweede met hetzelfde id') },
    ])('moves the valid records and sets the whole text aside, unchanged, when $what', ({ second }) => {
      const other = second();
      const raw = versionOne([a, other]);
      const storage = new MemoryStorage({ [KEY]: raw });

      const loaded = storeOn(storage).load();

      expect(recordsOf(loaded)).toStrictEqual({ [a.id]: a });
      expect(loaded.status).toEqual({ kind: 'moved-aside', items: [{ reason: 'invalid', backupKey: backupKey('versie-1'), raw }] });
      expect(storage.getItem(backupKey('versie-1'))).toBe(raw);
      expect(storage.getItem(KEY)).toBeNull();
      expect(storage.getItem(entryKey(b.id))).toBeNull();
    });

    if (tc.duplicateItems)
      it('moves the valid records and sets the whole text aside when a record holds two items with one id', () => {
        const raw = versionOne([tc.duplicateItems!(a), b]);
        const storage = new MemoryStorage({ [KEY]: raw });

        const loaded = storeOn(storage).load();

        expect(recordsOf(loaded)).toStrictEqual({ [b.id]: b });
        expect(loaded.status).toEqual({ kind: 'moved-aside', items: [{ reason: 'invalid', backupKey: backupKey('versie-1'), raw }] });
        expect(storage.getItem(entryKey(a.id))).toBeNull();
      });

    it.each([
      ['text that is not JSON', '{"version":1,"data":', 'unreadable'],
      ['a newer version', JSON.stringify({ version: 2, data: {} }), 'newer'],
      ['no document', JSON.stringify({ version: 1, data: null }), 'invalid'],
      ['no list of records', JSON.stringify({ version: 1, data: {} }), 'invalid'],
    ] as const)('sets aside %s whole, and loads the entries', (_, raw, reason) => {
      const storage = saveAll(new MemoryStorage(), [b]);
      storage.setItem(KEY, raw);

      const loaded = storeOn(storage).load();

      expect(loaded.status).toEqual({ kind: 'moved-aside', items: [{ reason, backupKey: backupKey('versie-1'), raw }] });
      expect(recordsOf(loaded)).toStrictEqual({ [b.id]: b });
      expect(storage.getItem(backupKey('versie-1'))).toBe(raw);
      expect(storage.getItem(KEY)).toBeNull();
    });

    it('stays where it is when its entries cannot be written, and is moved on a later load', () => {
      const raw = versionOne([a, b]);
      const storage = new MemoryStorage({ [KEY]: raw });
      const setItem = storage.setItem.bind(storage);
      // Room for one entry only.
      storage.setItem = (key, value) => {
        if (storage.keys().some((stored) => stored.startsWith(`${KEY}/`))) throw quota();
        setItem(key, value);
      };

      const first = storeOn(storage).load();

      expect(storage.getItem(KEY)).toBe(raw);
      expect(first.status.kind).not.toBe('moved-aside');
      expect(storage.keys().filter((key) => key.includes('.backup.'))).toEqual([]);

      storage.setItem = setItem;
      const second = storeOn(storage).load();

      expect(second.status).toEqual({ kind: 'ok' });
      expect(recordsOf(second)).toStrictEqual({ [a.id]: a, [b.id]: b });
      expect(storage.getItem(KEY)).toBeNull();
    });

    it('loads the records of a version 1 document whose entries cannot be written', () => {
      // Storage is full: the document stays (nothing is lost) and its records are still shown.
      const raw = versionOne([a]);
      const storage = refusing(new MemoryStorage({ [KEY]: raw }), () => true);

      const loaded = storeOn(storage).load();

      expect(storage.getItem(KEY)).toBe(raw);
      expect(recordsOf(loaded)).toStrictEqual({ [a.id]: a });
    });

    it('does not overwrite an entry saved since with the version 1 document', () => {
      // A version 1 document next to entries: a tab of the old site still open after the update
      // wrote it again, or moving it stopped halfway. The entry is newer.
      const edited = tc.texts[0]!.set(a, 'Later bewerkt');
      const storage = saveAll(new MemoryStorage({ [KEY]: versionOne([a, b]) }), [edited]);
      const saved = storage.getItem(entryKey(a.id));

      const loaded = storeOn(storage).load();

      expect(recordsOf(loaded)).toStrictEqual({ [a.id]: edited, [b.id]: b });
      expect(storage.getItem(entryKey(a.id))).toBe(saved);
      expect(storage.getItem(KEY)).toBeNull();
      expect(recordsOf(storeOn(storage).load())).toStrictEqual({ [a.id]: edited, [b.id]: b });
    });
  });

  describe('saving', () => {
    it('merges with the entry another tab saved since, field by field, and writes the result', () => {
      const storage = saveAll(new MemoryStorage(), [a]);
      const [first, second] = tc.texts as [(typeof tc.texts)[0], (typeof tc.texts)[0]];
      const [one, other] = [storeOn(storage), storeOn(storage)];
      const base = one.load().records.get(a.id)!;
      const [clockOne, clockOther] = [new Clock('een'), new Clock('twee')];

      one.save(a.id, edit(base, fieldsOf(first.set(a, 'Van tab een')), clockOne), 'een');
      const result = other.save(a.id, edit(base, fieldsOf(second.set(a, 'Van tab twee')), clockOther), 'twee');

      const expected = second.set(first.set(a, 'Van tab een'), 'Van tab twee');
      expect(result.kind === 'saved' && valueOf(result.stamped)).toStrictEqual(expected);
      expect(result).toMatchObject({ kind: 'saved', replaced: [] });
      expect(recordsOf(storeOn(storage).load())).toStrictEqual({ [a.id]: expected });
    });

    it('hands back this tab’s text that another tab replaced at the same moment, and no other field that lost', () => {
      const storage = saveAll(new MemoryStorage(), [a]);
      const [title] = tc.texts;
      const base = storeOn(storage).load().records.get(a.id)!;
      const withTitle = (text: string, updatedAt: string) => fieldsOf({ ...title!.set(a, text), updatedAt });

      // Equal counters: the tab id decides, "twee" after "een"; updatedAt differs too, but is no text.
      storeOn(storage).save(a.id, edit(base, withTitle('Van tab twee', '2026-11-25T14:31:00.000Z'), new Clock('twee')), 'twee');
      const result = storeOn(storage).save(a.id, edit(base, withTitle('Van tab een', '2026-11-25T14:32:00.000Z'), new Clock('een')), 'een');

      expect(result).toMatchObject({ kind: 'saved', replaced: [{ path: title!.path, mine: 'Van tab een', theirs: 'Van tab twee' }] });
      expect(result.kind === 'saved' && result.replaced).toHaveLength(1);
      expect(recordsOf(storeOn(storage).load())[a.id]).toStrictEqual({
        ...title!.set(a, 'Van tab twee'),
        updatedAt: '2026-11-25T14:31:00.000Z',
      });
    });

    if (tc.rest)
      it('hands back this tab’s text of what the document holds besides records (the plan) that another tab replaced', () => {
        const { example, text } = tc.rest!;
        const storage = new MemoryStorage();
        storeOn(storage).save(REST, edit(null, fieldsOf(example), clock()), 'test');
        const base = storeOn(storage).load().rest!;

        storeOn(storage).save(REST, edit(base, fieldsOf(text.set(example, 'Van tab twee')), new Clock('twee')), 'twee');
        const result = storeOn(storage).save(REST, edit(base, fieldsOf(text.set(example, 'Van tab een')), new Clock('een')), 'een');

        expect(result).toMatchObject({ kind: 'saved', replaced: [{ path: text.path, mine: 'Van tab een', theirs: 'Van tab twee' }] });
        expect(valueOf(storeOn(storage).load().rest!)).toStrictEqual(text.set(example, 'Van tab twee'));
      });

    it('touches only its own key: the same calls whether 1 or 500 records are stored', () => {
      const callsOfOneSave = (count: number) => {
        const records = Array.from({ length: count }, (_, index) => ({ ...b, id: `r${index}` }));
        const storage = saveAll(new CountingStorage(), [a, ...records]);
        const store = storeOn(storage);
        const loaded = store.load();
        storage.calls.length = 0;

        const result = store.save(a.id, edit(loaded.records.get(a.id)!, fieldsOf(tc.texts[0]!.set(a, 'Nieuw')), clock()), 'test');

        expect(result.kind).toBe('saved');
        return storage.calls;
      };

      expect(callsOfOneSave(1)).toEqual([`getItem ${entryKey(a.id)}`, `setItem ${entryKey(a.id)}`]);
      expect(callsOfOneSave(500)).toEqual(callsOfOneSave(1));
    });

    it('sets an unreadable stored entry aside before writing, and says so', () => {
      const storage = new MemoryStorage({ [entryKey(a.id)]: 'kapot' });

      const result = storeOn(storage).save(a.id, edit(null, fieldsOf(a), clock()), 'test');

      expect(result).toMatchObject({ kind: 'saved', movedAside: { reason: 'unreadable', backupKey: backupKey(a.id), raw: 'kapot' } });
      expect(storage.getItem(backupKey(a.id))).toBe('kapot');
      expect(recordsOf(storeOn(storage).load())).toStrictEqual({ [a.id]: a });
    });

    it('does not silently overwrite an entry a newer version of the site wrote', () => {
      const newer = entry(a, {}, tc.tool.version + 1);
      const storage = new MemoryStorage({ [entryKey(a.id)]: newer });

      const result = storeOn(storage).save(a.id, edit(null, fieldsOf(a), clock()), 'test');

      expect(result).toMatchObject({ kind: 'saved', movedAside: { reason: 'newer', raw: newer } });
      expect(storage.getItem(backupKey(a.id))).toBe(newer);
    });

    it('rejects a record that does not pass validation and writes nothing', () => {
      const empty = new MemoryStorage();
      expect(storeOn(empty).save(b.id, edit(null, fieldsOf(tc.invalid(b)), clock()), 'test')).toEqual({ kind: 'rejected' });
      expect(empty.keys()).toEqual([]);

      const filled = saveAll(new MemoryStorage(), [b]);
      const before = filled.getItem(entryKey(b.id));
      const stored = storeOn(filled).load().records.get(b.id)!;
      expect(storeOn(filled).save(b.id, edit(stored, fieldsOf(tc.invalid(b)), clock()), 'test')).toEqual({ kind: 'rejected' });
      expect(filled.getItem(entryKey(b.id))).toBe(before);
    });

    it('keeps the fields of a stored entry that have no stamp when it saves an edit', () => {
      // load() accepts an entry whose stamps do not cover its fields (as an entry migration that
      // adds a field without its stamp writes); merge() lets those fields take part as the oldest,
      // so the next save keeps them.
      const storage = new MemoryStorage({ [entryKey(a.id)]: entry(a, { stamps: {} }) });
      const store = storeOn(storage);
      const loaded = store.load();
      const edited = tc.texts[0]!.set(a, 'Nieuw');

      const result = store.save(a.id, edit(loaded.records.get(a.id)!, fieldsOf(edited), clock()), 'test');

      expect(recordsOf(loaded)).toStrictEqual({ [a.id]: a });
      expect(result.kind === 'saved' && valueOf(result.stamped)).toStrictEqual(edited);
    });

    it('reports full storage when setItem throws a QuotaExceededError, also Firefox’s, and unavailable for other errors', () => {
      for (const name of ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']) {
        const storage = refusing(new MemoryStorage(), () => true, quota(name));
        expect(storeOn(storage).save(a.id, edit(null, fieldsOf(a), clock()), 'test'), name).toEqual({ kind: 'full' });
      }
      const broken = refusing(new MemoryStorage(), () => true, new DOMException('Kapot', 'UnknownError'));
      expect(storeOn(broken).save(a.id, edit(null, fieldsOf(a), clock()), 'test')).toEqual({ kind: 'unavailable' });
    });

    it('saves and loads what the document holds besides records, as one more entry', () => {
      if (!tc.rest) {
        // A tool without it refuses that entry.
        expect(storeOn(new MemoryStorage()).save(REST, edit(null, fieldsOf({ x: 1 }), clock()), 'test')).toEqual({ kind: 'rejected' });
        return;
      }
      const storage = new MemoryStorage();
      expect(storeOn(storage).save(REST, edit(null, fieldsOf(tc.rest.example), clock()), 'test').kind).toBe('saved');

      const loaded = storeOn(storage).load();

      expect(valueOf(loaded.rest!)).toStrictEqual(tc.rest.example);
      expect(loaded.records.size).toBe(0);
      expect(storeOn(storage).save(REST, edit(loaded.rest, fieldsOf({ ...tc.rest.example, date: 'morgen' }), clock()), 'test')).toEqual({
        kind: 'rejected',
      });
    });
  });

  describe('storage that is not available', () => {
    it('loads as unavailable and saves nothing, without throwing, when every storage method throws', () => {
      const store = storeOn(new ThrowingStorage());

      expect(store.load()).toEqual({ records: new Map(), rest: null, status: { kind: 'unavailable' } });
      expect(store.save(a.id, edit(null, fieldsOf(a), clock()), 'test')).toEqual({ kind: 'unavailable' });
      expect(store.read(entryKey(a.id), entry(a))?.id).toBe(a.id);
    });

    it('is unavailable when there is no storage, asking for it throws, or outside a browser', () => {
      const stores = [
        createRecordStore(tc.tool, () => null),
        createRecordStore(tc.tool, () => {
          throw new DOMException('Access is denied', 'SecurityError');
        }),
        createRecordStore(tc.tool),
      ];
      for (const store of stores) {
        expect(store.load().status).toEqual({ kind: 'unavailable' });
        expect(store.save(a.id, edit(null, fieldsOf(a), clock()), 'test')).toEqual({ kind: 'unavailable' });
      }
    });

    it('stops saving when even the backup could not be written, so the entry is not overwritten', () => {
      const storage = refusing(saveAll(new MemoryStorage(), [a]), (key) => key.includes('.backup.'));
      storage.setItem(entryKey(b.id), 'kapot');
      const store = storeOn(storage);

      const loaded = store.load();

      expect(loaded.status).toEqual({ kind: 'moved-aside', items: [{ reason: 'unreadable', backupKey: null, raw: 'kapot' }] });
      expect(recordsOf(loaded)).toStrictEqual({ [a.id]: a });
      const before = new Map(storage.items);
      expect(store.save(b.id, edit(null, fieldsOf(b), clock()), 'test')).toEqual({ kind: 'unavailable' });
      expect(store.save(a.id, edit(loaded.records.get(a.id)!, fieldsOf(tc.texts[0]!.set(a, 'Nieuw')), clock()), 'test')).toEqual({
        kind: 'unavailable',
      });
      expect(storage.items).toEqual(before);
      // Another store (a reload) tries again.
      expect(storeOn(new MemoryStorage()).save(a.id, edit(null, fieldsOf(a), clock()), 'test').kind).toBe('saved');
    });

    it('does not save over a stored entry whose backup could not be written, and says storage is unavailable', () => {
      // Storage nearly full: the copy of the unreadable entry does not fit, the record would.
      const storage = refusing(new MemoryStorage({ [entryKey(a.id)]: 'kapot' }), (key) => key.includes('.backup.'));

      const result = storeOn(storage).save(a.id, edit(null, fieldsOf(a), clock()), 'test');

      expect(result).toEqual({ kind: 'unavailable' });
      expect(storage.keys()).toEqual([entryKey(a.id)]);
      expect(storage.getItem(entryKey(a.id))).toBe('kapot');
    });

    it('never sets two texts aside under one key: the version 1 document and an entry with its name', () => {
      // "versie-1" is no record id, but anything can be stored under "<key>/versie-1".
      const storage = new MemoryStorage({ [KEY]: 'kapot een', [entryKey('versie-1')]: 'kapot twee' });

      const loaded = storeOn(storage).load();

      expect(loaded.status).toEqual({
        kind: 'moved-aside',
        items: [
          { reason: 'unreadable', backupKey: backupKey('versie-1'), raw: 'kapot een' },
          { reason: 'unreadable', backupKey: `${backupKey('versie-1')}.2`, raw: 'kapot twee' },
        ],
      });
      expect(storage.getItem(backupKey('versie-1'))).toBe('kapot een');
      expect(storage.getItem(`${backupKey('versie-1')}.2`)).toBe('kapot twee');
    });

    it('gives a second, third … text set aside at the same moment under the same name the key ".2", ".3" …', () => {
      const storage = new MemoryStorage();
      const raws = ['kapot een', 'kapot twee', 'kapot drie'];
      const keys: (string | null)[] = [];

      for (const raw of raws) {
        storage.setItem(entryKey(b.id), raw);
        const loaded = storeOn(storage).load();
        if (loaded.status.kind === 'moved-aside') keys.push(...loaded.status.items.map((item) => item.backupKey));
      }
      storage.setItem(entryKey(b.id), 'kapot vier');
      const saved = storeOn(storage).save(b.id, edit(null, fieldsOf(b), clock()), 'test');

      expect(keys).toEqual([backupKey(b.id), `${backupKey(b.id)}.2`, `${backupKey(b.id)}.3`]);
      expect(saved).toMatchObject({ kind: 'saved', movedAside: { backupKey: `${backupKey(b.id)}.4`, raw: 'kapot vier' } });
      expect([...keys, `${backupKey(b.id)}.4`].map((key) => storage.getItem(key!))).toEqual([...raws, 'kapot vier']);
    });
  });

  describe('read (a storage event from another tab)', () => {
    const store = storeOn(new MemoryStorage());

    it('reads a valid entry of this tool as load does', () => {
      const storage = saveAll(new MemoryStorage(), [a]);
      const raw = storage.getItem(entryKey(a.id));

      expect(store.read(entryKey(a.id), raw)).toEqual({ id: a.id, stamped: storeOn(storage).load().records.get(a.id) });
    });

    it('reads nothing from a removed entry, another key, or an entry it would set aside', () => {
      const raw = entry(a);
      const cases: [string, string | null][] = [
        [entryKey(a.id), null],
        [entryKey(a.id), 'kapot'],
        [entryKey(a.id), entry(a, {}, tc.tool.version + 1)],
        [entryKey(a.id), entry(tc.invalid(a))],
        [entryKey('anders'), raw],
        [KEY, raw],
        [backupKey(a.id), raw],
        [`welbevinden.ander/${a.id}`, raw],
      ];
      for (const [key, value] of cases) expect(store.read(key, value), `${key}: ${value}`).toBeNull();
    });
  });
});

describe('the werkblad store', () => {
  const KEY = werkbladTool.storageKey;
  const storeOn = (storage: StorageLike) => createRecordStore(werkbladTool, () => storage);
  const plan = { school: 'De Regenboog', date: '2026-12-01', scanId: null, updatedAt: '2026-11-25T10:00:00.000Z' };
  const sheet = exampleWorksheet({ id: 'aaa' });

  it('moves the plan of the version 1 document into its own entry', () => {
    const storage = new MemoryStorage({ [KEY]: JSON.stringify({ version: 1, data: werkbladDoc([sheet], {}, plan) }) });

    const loaded = storeOn(storage).load();

    expect(valueOf(loaded.rest!)).toStrictEqual(plan);
    expect(storage.getItem(`${KEY}/${REST}`)).not.toBeNull();
  });

  it('sets the whole version 1 document aside, unchanged, when its plan fails validation, and moves its worksheets', () => {
    const raw = JSON.stringify({ version: 1, data: werkbladDoc([sheet], {}, { ...plan, date: '2026-02-30' }) });
    const storage = new MemoryStorage({ [KEY]: raw });

    const loaded = storeOn(storage).load();

    // The school's name is kept: set aside with the rest of the document.
    expect(loaded.status).toEqual({
      kind: 'moved-aside',
      items: [{ reason: 'invalid', backupKey: `${KEY}.backup.${NOW.toISOString()}.versie-1`, raw }],
    });
    expect(storage.getItem(`${KEY}.backup.${NOW.toISOString()}.versie-1`)).toBe(raw);
    expect(recordsOf(loaded)).toStrictEqual({ [sheet.id]: sheet });
    expect(loaded.rest).toBeNull();
    expect(storage.getItem(`${KEY}/${REST}`)).toBeNull();
  });

  it('does not overwrite a plan saved since with the plan of the version 1 document', () => {
    const newer = { ...plan, school: 'Later bewerkt' };
    const storage = new MemoryStorage({ [KEY]: JSON.stringify({ version: 1, data: werkbladDoc([sheet], {}, plan) }) });
    storeOn(storage).save(REST, edit(null, fieldsOf(newer), new Clock('t')), 't');

    const loaded = storeOn(storage).load();

    expect(valueOf(loaded.rest!)).toStrictEqual(newer);
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('refuses an action whose id does not follow the rule of record ids, such as one with "/", so that no action is lost', () => {
    // An action's id is part of its fields' paths ("actions/=a1/what"): "a/1" would not come back.
    for (const id of ['a/1', '=a1', '#', 'A1', '']) {
      const withBadId = { ...sheet, actions: [action(id, 'Plannen')] };
      const raw = JSON.stringify({ version: 1, data: werkbladDoc([withBadId], {}, plan) });
      const storage = new MemoryStorage({ [KEY]: raw });

      expect(werkbladTool.record.validate(withBadId), id).toBeNull();
      expect(readToolRecords(JSON.stringify(exportWerkblad(werkbladDoc([withBadId]), NOW.toISOString())), werkbladTool), id).toEqual({
        ok: false,
        error: { code: 'invalid' },
      });
      // A version 1 document holding it is set aside whole, not moved without the action.
      expect(storeOn(storage).load().records.size, id).toBe(0);
      expect(storage.getItem(`${KEY}.backup.${NOW.toISOString()}.versie-1`), id).toBe(raw);
    }
  });

  it('keeps both actions of a version 1 worksheet that share an id: the document is set aside whole', () => {
    const twice = { ...sheet, actions: [action('a1', 'Eerste'), action('a1', 'Tweede')] };
    const raw = JSON.stringify({ version: 1, data: werkbladDoc([twice], {}, plan) });
    const storage = new MemoryStorage({ [KEY]: raw });

    const loaded = storeOn(storage).load();

    expect(loaded.status).toMatchObject({ kind: 'moved-aside', items: [{ reason: 'invalid', raw }] });
    expect(storage.getItem(`${KEY}.backup.${NOW.toISOString()}.versie-1`)).toBe(raw);
    expect(storage.getItem(`${KEY}/${sheet.id}`)).toBeNull();
    // The plan is valid: it is moved.
    expect(valueOf(loaded.rest!)).toStrictEqual(plan);
  });
});

describe('entries of an older version (a tool of the tests’ own, at version 2)', () => {
  const tool = notesTool();
  const storeOn = (storage: StorageLike) =>
    createRecordStore(
      tool,
      () => storage,
      () => new Date('2027-01-02T03:04:05.006Z'),
    );
  const stamped = (fields: object) => Object.fromEntries(Object.keys(fields).map((path) => [path, [1, 'oud']]));
  /** An entry of version 1: a note with one `word`. */
  const old = (id: string, word: string) => {
    const { words: _words, ...rest } = note(id);
    const fields = fieldsOf({ ...rest, word });
    return JSON.stringify({ version: 1, data: { fields, stamps: stamped(fields) } });
  };

  it('migrates each entry step by step on load', () => {
    const storage = new MemoryStorage({ 'test.notities/n1': old('n1', 'hallo') });

    expect(recordsOf(storeOn(storage).load())).toStrictEqual({ n1: note('n1', 'Notitie n1', ['hallo']) });
  });

  it('sets an entry aside as invalid when a step is missing or fails, and keeps its neighbours', () => {
    const raw = old('n1', 'hallo');
    const current = JSON.stringify({ version: 2, data: { fields: fieldsOf(note('n2')), stamps: stamped(fieldsOf(note('n2'))) } });
    const storage = new MemoryStorage({ 'test.notities/n1': raw, 'test.notities/n2': current });
    const store = createRecordStore(
      { ...tool, record: { ...tool.record, migrations: {} } },
      () => storage,
      () => new Date('2027-01-02T03:04:05.006Z'),
    );
    const broken = createRecordStore(
      {
        ...tool,
        record: {
          ...tool.record,
          migrations: {
            1: () => {
              throw new Error('kapot');
            },
          },
        },
      },
      () => new MemoryStorage({ 'test.notities/n1': raw }),
    );

    const loaded = store.load();

    expect(loaded.status).toEqual({
      kind: 'moved-aside',
      items: [{ reason: 'invalid', backupKey: 'test.notities.backup.2027-01-02T03:04:05.006Z.n1', raw }],
    });
    expect(recordsOf(loaded)).toStrictEqual({ n2: note('n2') });
    expect(broken.load().status.kind).toBe('moved-aside');
  });

  it('reads an older entry from a storage event the same way, the stamp moved with the field', () => {
    const read = storeOn(new MemoryStorage()).read('test.notities/n1', old('n1', 'hallo'));

    expect(read?.stamped.fields['words/=hallo']).toBe(0);
    expect(read?.stamped.stamps['words/=hallo']).toEqual([1, 'oud']);
    expect(read?.stamped.fields).not.toHaveProperty('word');
  });

  it('writes the current version', () => {
    const storage = new MemoryStorage({ 'test.notities/n1': old('n1', 'hallo') });
    const store = storeOn(storage);
    const loaded: Stamped = store.load().records.get('n1')!;

    store.save('n1', edit(loaded, { ...loaded.fields, title: 'Nieuw' }, new Clock('t')), 't');

    expect(JSON.parse(storage.getItem('test.notities/n1')!)).toStrictEqual({
      version: 2,
      data: {
        fields: fieldsOf({ ...note('n1', 'Nieuw', ['hallo']) }),
        stamps: { ...stamped(fieldsOf(note('n1', 'Nieuw', ['hallo']))), title: [2, 't'] },
      },
    });
  });
});

describe('storageKeys', () => {
  it('lists every key, or none when the storage cannot list them', () => {
    expect(storageKeys(new MemoryStorage({ x: '1', y: '2' }))).toEqual(['x', 'y']);
    expect(storageKeys({ getItem: () => null, setItem: () => undefined, removeItem: () => undefined })).toEqual([]);
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
  const tools: AnyToolSpec[] = toolCases.map((tc) => tc.tool);

  it('each have their own storage key, none the start of another’s entries', () => {
    expect(new Set(tools.map((tool) => tool.storageKey)).size).toBe(tools.length);
    for (const tool of tools) {
      for (const other of tools) if (other !== tool) expect(`${other.storageKey}/`.startsWith(`${tool.storageKey}/`)).toBe(false);
    }
  });

  it('each have migrations for every version before the current one, of entries and of files', () => {
    for (const tool of tools) {
      const expected = Array.from({ length: tool.version - 1 }, (_, index) => index + 1);
      for (const migrations of [tool.record.migrations, tool.file.migrations]) {
        expect(
          Object.keys(migrations)
            .map(Number)
            .sort((x, y) => x - y),
        ).toEqual(expected);
      }
    }
  });
});
