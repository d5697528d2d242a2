/** The record merge both tools share (src/lib/store/merge-records.ts), on a record of its own. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRecords, recordChanged, type RecordSet, type SavedRecord } from '../../src/lib/store/merge-records';
import { T1, T2, T3, T4 } from '../fixtures/scan-examples';

interface Note extends SavedRecord {
  text: string;
}

const note = (id: string, updatedAt: string, text = `${id} @ ${updatedAt}`, createdAt = T1): Note => ({ id, createdAt, updatedAt, text });
const set = (items: Note[], deleted: Record<string, string> = {}): RecordSet<Note> => ({ items, deleted });

describe('mergeRecords', () => {
  it('keeps the newer version of a record from either side', () => {
    const stored = set([note('a', T2, 'opgeslagen')]);
    const local = set([note('a', T3, 'lokaal')]);

    expect(mergeRecords(stored, local).items.map((item) => item.text)).toEqual(['lokaal']);
    expect(mergeRecords(local, stored).items.map((item) => item.text)).toEqual(['lokaal']);
  });

  it('keeps the stored version when both have the same time', () => {
    expect(mergeRecords(set([note('a', T2, 'opgeslagen')]), set([note('a', T2, 'lokaal')])).items.map((item) => item.text)).toEqual([
      'opgeslagen',
    ]);
  });

  it('returns new lists and records as they were, sorted by creation time then id', () => {
    const a = note('a', T3, 'a', T2);
    const b = note('b', T2, 'b', T1);
    const c = note('c', T2, 'c', T2);

    const merged = mergeRecords(set([c, a]), set([b]));

    expect(merged.items.map((item) => item.id)).toEqual(['b', 'a', 'c']);
    expect(merged.items[0]).toBe(b);
  });

  it('is idempotent', () => {
    const stored = set([note('b', T2), note('a', T3)], { x: T1 });
    const local = set([note('a', T4), note('c', T2)], { b: T3 });

    const once = mergeRecords(stored, local);

    expect(once.items.map((item) => `${item.id}@${item.updatedAt}`)).toEqual([`a@${T4}`, `c@${T2}`]);
    expect(mergeRecords(once, once)).toEqual(once);
    expect(mergeRecords(once, local)).toEqual(once);
    expect(mergeRecords(stored, once)).toEqual(once);
  });

  it('removes a record deleted after its last change, on either side', () => {
    const kept = set([note('a', T2)]);
    const deleted = set([], { a: T3 });

    expect(mergeRecords(kept, deleted)).toEqual({ items: [], deleted: { a: T3 } });
    expect(mergeRecords(deleted, kept)).toEqual({ items: [], deleted: { a: T3 } });
  });

  it('removes a record changed at the very moment it was deleted', () => {
    expect(mergeRecords(set([note('a', T3)]), set([], { a: T3 })).items).toEqual([]);
  });

  it('keeps a record changed after its deletion (undo), and keeps the tombstone', () => {
    const restored = set([note('a', T4, 'teruggezet')]);
    const deleted = set([], { a: T3 });

    expect(mergeRecords(deleted, restored)).toEqual({ items: [note('a', T4, 'teruggezet')], deleted: { a: T3 } });
    expect(mergeRecords(restored, deleted)).toEqual({ items: [note('a', T4, 'teruggezet')], deleted: { a: T3 } });
  });

  it('unites the tombstones, keeping the later time for an id', () => {
    const stored = set([], { a: T2, b: T4 });
    const local = set([], { a: T3, b: T1, c: T1 });

    expect(mergeRecords(stored, local).deleted).toEqual({ a: T3, b: T4, c: T1 });
    expect(mergeRecords(local, stored).deleted).toEqual({ a: T3, b: T4, c: T1 });
  });

  it('uses the later tombstone against a version between the two deletion times', () => {
    // Deleted at T2 in one tab, restored at T3, deleted again at T4 in another tab.
    const merged = mergeRecords(set([note('a', T3)], { a: T2 }), set([], { a: T4 }));

    expect(merged).toEqual({ items: [], deleted: { a: T4 } });
  });

  it('does not change its inputs', () => {
    const stored = set([note('b', T2), note('a', T3)], { x: T1 });
    const local = set([note('a', T4)], { y: T2, x: T3 });
    const before = structuredClone([stored, local]);

    mergeRecords(stored, local);

    expect([stored, local]).toStrictEqual(before);
  });
});

describe('mergeRecords properties', () => {
  const ids = ['a', 'b', 'c', 'd'] as const;
  const createdAt = (id: string) => `2026-01-0${ids.indexOf(id as (typeof ids)[number]) + 1}T00:00:00.000Z`;
  const time = fc.integer({ min: 10, max: 59 }).map((minute) => `2026-11-25T10:${minute}:00.000Z`);
  const record = fc
    .record({ id: fc.constantFrom(...ids), text: fc.string({ maxLength: 6 }), updatedAt: time })
    .map(({ id, text, updatedAt }) => note(id, updatedAt, text, createdAt(id)));
  const recordSet: fc.Arbitrary<RecordSet<Note>> = fc.record({
    items: fc.uniqueArray(record, { selector: (item) => item.id, maxLength: 4 }),
    deleted: fc.dictionary(fc.constantFrom(...ids), time, { maxKeys: 4, noNullPrototype: true }),
  });

  it('merging the result again with either side, or itself, changes nothing', () => {
    fc.assert(
      fc.property(recordSet, recordSet, (a, b) => {
        const merged = mergeRecords(a, b);

        expect(mergeRecords(merged, merged)).toEqual(merged);
        expect(mergeRecords(merged, b)).toEqual(merged);
        expect(mergeRecords(a, merged)).toEqual(merged);
      }),
      { numRuns: 200 },
    );
  });

  it('never keeps a record whose last change is not after its tombstone', () => {
    fc.assert(
      fc.property(recordSet, recordSet, (a, b) => {
        const merged = mergeRecords(a, b);

        for (const item of merged.items) {
          const deletedAt = merged.deleted[item.id];
          expect(deletedAt === undefined || deletedAt < item.updatedAt).toBe(true);
        }
        for (const [id, at] of [...Object.entries(a.deleted), ...Object.entries(b.deleted)]) {
          expect((merged.deleted[id] ?? '') >= at).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('recordChanged', () => {
  const before = [note('a', T2), note('b', T2)];

  it('compares the version of one record', () => {
    expect(recordChanged(before, [note('a', T2), note('b', T3)], 'a')).toBe(false);
    expect(recordChanged(before, [note('a', T3)], 'a')).toBe(true);
    expect(recordChanged(before, [note('b', T2)], 'a')).toBe(true);
    expect(recordChanged(before, before, 'onbekend')).toBe(false);
  });
});
