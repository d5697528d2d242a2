/**
 * The kit's records (src/lib/tools/records.ts): merging two tabs' versions by one rule, and the
 * operations every tool's views use. First on a record of its own, then once for every tool.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addRecords,
  mergeDocuments,
  mergeRecords,
  putRecord,
  recordChanged,
  removeRecord,
  restoreRecord,
  type RecordSet,
  type RecordsOf,
  type SavedRecord,
} from '../../src/lib/tools/records';
import { createToolStore, mergeToolDocuments } from '../../src/lib/tools/tool';
import { werkbladTool } from '../../src/lib/werkblad/tool';
import { EPOCH } from '../../src/lib/werkblad/model';
import { MemoryStorage, T1, T2, T3, T4 } from '../fixtures/scan-examples';
import { toolCases } from '../fixtures/tool-cases';
import { exampleWorksheet, werkbladDoc } from '../fixtures/werkblad-examples';

interface Note extends SavedRecord {
  text: string;
}

const note = (id: string, updatedAt: string, text = `${id} @ ${updatedAt}`, createdAt = T1): Note => ({ id, createdAt, updatedAt, text });
const set = (items: Note[], deleted: Record<string, string> = {}): RecordSet<Note> => ({ items, deleted });

/** A document of notes with a label beside them, as a tool's document has more than records. */
interface Notebook {
  label: string;
  notes: Note[];
  gone: Record<string, string>;
}
const notes: RecordsOf<Notebook, Note> = {
  items: (doc) => doc.notes,
  deleted: (doc) => doc.gone,
  with: (doc, items, deleted) => ({ ...doc, notes: items, gone: deleted }),
};
const notebook = (items: Note[], gone: Record<string, string> = {}, label = 'schrift'): Notebook => ({ label, notes: items, gone });

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

  it('keeps a record changed after its deletion (undo), and forgets that deletion', () => {
    const restored = set([note('a', T4, 'teruggezet')]);
    const deleted = set([], { a: T3 });

    expect(mergeRecords(deleted, restored)).toEqual({ items: [note('a', T4, 'teruggezet')], deleted: {} });
    expect(mergeRecords(restored, deleted)).toEqual({ items: [note('a', T4, 'teruggezet')], deleted: {} });
  });

  it('unites the deletions, keeping the later time for an id', () => {
    const stored = set([], { a: T2, b: T4 });
    const local = set([], { a: T3, b: T1, c: T1 });

    expect(mergeRecords(stored, local).deleted).toEqual({ a: T3, b: T4, c: T1 });
    expect(mergeRecords(local, stored).deleted).toEqual({ a: T3, b: T4, c: T1 });
  });

  it('uses the later deletion against a version between the two deletion times', () => {
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
  /** A list as a tab holds it: ids unique, no id both present and deleted. */
  const recordSet: fc.Arbitrary<RecordSet<Note>> = fc
    .record({
      items: fc.uniqueArray(record, { selector: (item) => item.id, maxLength: 4 }),
      deleted: fc.dictionary(fc.constantFrom(...ids), time, { maxKeys: 4, noNullPrototype: true }),
    })
    .map(({ items, deleted }) => ({
      items,
      deleted: Object.fromEntries(Object.entries(deleted).filter(([id]) => !items.some((item) => item.id === id))),
    }));
  const versions = (merged: RecordSet<Note>) => merged.items.map((item) => `${item.id}@${item.updatedAt}`);

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

  it('is commutative in the versions kept and the deletions', () => {
    fc.assert(
      fc.property(recordSet, recordSet, (a, b) => {
        const ab = mergeRecords(a, b);
        const ba = mergeRecords(b, a);
        expect(versions(ab)).toEqual(versions(ba));
        expect(ab.deleted).toEqual(ba.deleted);
      }),
      { numRuns: 200 },
    );
  });

  it('never keeps a record whose last change is not after a deletion, and never has an id both present and deleted', () => {
    fc.assert(
      fc.property(recordSet, recordSet, (a, b) => {
        const merged = mergeRecords(a, b);
        const deletions = [...Object.entries(a.deleted), ...Object.entries(b.deleted)];

        for (const item of merged.items) {
          expect(merged.deleted[item.id], item.id).toBeUndefined();
          for (const [id, at] of deletions) if (id === item.id) expect(at < item.updatedAt).toBe(true);
        }
        for (const [id, at] of deletions) {
          const present = merged.items.some((item) => item.id === id);
          expect(present || (merged.deleted[id] ?? '') >= at).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('document operations', () => {
  const start = notebook([note('a', T2), note('b', T2)], { c: T1 });

  it('put replaces the record with the same id, or adds it at the end', () => {
    expect(putRecord(notes, start, note('a', T3, 'nieuw')).notes.map((item) => item.text)).toEqual(['nieuw', `b @ ${T2}`]);
    expect(putRecord(notes, start, note('d', T3)).notes.map((item) => item.id)).toEqual(['a', 'b', 'd']);
    expect(putRecord(notes, start, note('d', T3))).toMatchObject({ label: 'schrift', gone: { c: T1 } });
  });

  it('add gives every added record a new id and times a millisecond apart, replacing nothing', () => {
    let n = 0;
    const { doc, added } = addRecords(notes, start, [note('a', T1, 'x'), note('a', T1, 'y')], () => `nieuw${++n}`, T3);

    expect(added.map((item) => [item.id, item.text, item.createdAt, item.updatedAt])).toEqual([
      ['nieuw1', 'x', T3, T3],
      ['nieuw2', 'y', '2026-11-25T11:00:00.001Z', '2026-11-25T11:00:00.001Z'],
    ]);
    expect(doc.notes.map((item) => item.id)).toEqual(['a', 'b', 'nieuw1', 'nieuw2']);
    expect(doc.notes[0]).toBe(start.notes[0]);
    expect(doc).toMatchObject({ label: 'schrift', gone: { c: T1 } });
  });

  it('remove takes the record out, notes when, and hands it back; an unknown id changes nothing', () => {
    const { doc, removed } = removeRecord(notes, start, 'a', T3);

    expect(removed).toBe(start.notes[0]);
    expect(doc).toEqual(notebook([note('b', T2)], { c: T1, a: T3 }));
    expect(removeRecord(notes, start, 'x', T3)).toEqual({ doc: start, removed: undefined });
  });

  it('restore brings the record back newer than its deletion, and forgets the deletion', () => {
    const { doc: without, removed } = removeRecord(notes, start, 'a', T3);

    const restored = restoreRecord(notes, without, removed!, T4);

    expect(restored).toEqual(notebook([note('b', T2), { ...note('a', T2), updatedAt: T4 }], { c: T1 }));
  });

  it('a restored record stays restored when the store merges it with the stored deletion', () => {
    // The tab deleted "a" and saved; then undid the deletion. The next save merges with what is stored.
    const { doc: without, removed } = removeRecord(notes, start, 'a', T3);
    const restored = restoreRecord(notes, without, removed!, T4);

    const merged = mergeDocuments(notes, without, restored);

    expect(merged.notes.map((item) => item.id)).toEqual(['a', 'b']);
    expect(merged.gone).toEqual({ c: T1 });
    expect(mergeDocuments(notes, merged, without)).toEqual(merged);
  });

  it('none of them changes the document it is given', () => {
    const before = structuredClone(start);

    putRecord(notes, start, note('a', T3));
    addRecords(notes, start, [note('x', T3)], () => 'y', T3);
    removeRecord(notes, start, 'a', T3);
    restoreRecord(notes, start, note('c', T1), T3);

    expect(start).toStrictEqual(before);
  });

  it('mergeDocuments keeps what is not a record from `rest`, by default this tab’s', () => {
    expect(mergeDocuments(notes, notebook([], {}, 'opgeslagen'), notebook([], {}, 'lokaal')).label).toBe('lokaal');
    expect(mergeDocuments(notes, notebook([], {}, 'opgeslagen'), notebook([], {}, 'lokaal'), (stored) => stored).label).toBe('opgeslagen');
  });

  it('recordChanged compares the version of one record', () => {
    const before = notebook([note('a', T2), note('b', T2)]);
    expect(recordChanged(notes, before, notebook([note('a', T2), note('b', T3)]), 'a')).toBe(false);
    expect(recordChanged(notes, before, notebook([note('a', T3)]), 'a')).toBe(true);
    expect(recordChanged(notes, before, notebook([note('b', T2)], { a: T3 }), 'a')).toBe(true);
    expect(recordChanged(notes, notebook([]), before, 'a')).toBe(true);
    expect(recordChanged(notes, before, before, 'onbekend')).toBe(false);
  });
});

describe.each(toolCases)('merging two tabs of the $name', (tc) => {
  const merge = (stored: unknown, local: unknown) => mergeToolDocuments(tc.tool, stored, local);
  const { a, b } = tc;

  it('keeps the newest version of a record, whichever side it is on, and records only one side has', () => {
    const newer = tc.edit(a, 'Nieuwe naam', T3);

    expect(merge(tc.doc([a]), tc.doc([newer, b]))).toEqual(tc.doc([newer, b]));
    expect(merge(tc.doc([newer, b]), tc.doc([a]))).toEqual(tc.doc([newer, b]));
  });

  it('orders the records by creation time, then id', () => {
    expect(merge(tc.doc([b]), tc.doc([a]))).toEqual(tc.doc([a, b]));
  });

  it('removes a record deleted in one tab even though the other tab still has it', () => {
    expect(merge(tc.doc([b], { aaa: T3 }), tc.doc([a, b]))).toEqual(tc.doc([b], { aaa: T3 }));
    expect(merge(tc.doc([a, b]), tc.doc([b], { aaa: T3 }))).toEqual(tc.doc([b], { aaa: T3 }));
  });

  it('keeps a record restored after its deletion, without the deletion', () => {
    const restored = tc.edit(a, a.title, T4);
    expect(merge(tc.doc([b], { aaa: T3 }), tc.doc([restored, b]))).toEqual(tc.doc([restored, b]));
  });

  it('a deletion undone in this tab survives the save that merges the stored deletion back in', () => {
    const storage = new MemoryStorage();
    const store = createToolStore(tc.tool, () => storage);
    const records = tc.tool.document.records;
    store.save(tc.doc([a, b]));
    const { doc: without, removed } = removeRecord(records, tc.doc([a, b]), 'aaa', T3);
    store.save(without);

    const result = store.save(restoreRecord(records, without, removed, T4));

    expect(result.kind).toBe('saved');
    const saved = store.load().data;
    expect(records.items(saved).map((item: SavedRecord) => item.id)).toEqual(['aaa', 'bbb']);
    expect(records.deleted(saved)).toEqual({});
  });

  it('does not change its inputs', () => {
    const stored = tc.doc([b], { aaa: T3 });
    const local = tc.doc([a, b]);
    const before = structuredClone([stored, local]);

    merge(stored, local);

    expect([stored, local]).toStrictEqual(before);
  });
});

describe('merging two tabs of the werkblad: the plan', () => {
  const merge = (stored: ReturnType<typeof werkbladDoc>, local: ReturnType<typeof werkbladDoc>) =>
    mergeToolDocuments(werkbladTool, stored, local);
  const sheet = (id: string, updatedAt: string, title = id) => exampleWorksheet({ id, title, createdAt: T1, updatedAt });

  it('keeps the plan changed last, whichever side it is on', () => {
    const older = werkbladDoc([], {}, { school: 'Oude naam', date: '2026-11-01', scanId: 'scan1', updatedAt: T2 });
    const newer = werkbladDoc([], {}, { school: 'Nieuwe naam', date: '', scanId: null, updatedAt: T3 });

    expect(merge(older, newer).plan).toEqual(newer.plan);
    expect(merge(newer, older).plan).toEqual(newer.plan);
  });

  it('keeps the local plan when both were changed at the same moment', () => {
    expect(
      merge(werkbladDoc([], {}, { school: 'Opgeslagen', updatedAt: T2 }), werkbladDoc([], {}, { school: 'Dit tabblad', updatedAt: T2 }))
        .plan.school,
    ).toBe('Dit tabblad');
  });

  it('lets any changed plan win over a plan never changed', () => {
    const untouched = werkbladDoc([]);
    const changed = werkbladDoc([], {}, { school: 'De Regenboog', updatedAt: T1 });

    expect(untouched.plan.updatedAt).toBe(EPOCH);
    expect(merge(changed, untouched).plan.school).toBe('De Regenboog');
    expect(merge(untouched, changed).plan.school).toBe('De Regenboog');
  });

  it('takes the plan and the worksheets each from the side where they are newest', () => {
    const stored = werkbladDoc([sheet('a', T4, 'nieuw werkblad')], {}, { school: 'Oud', updatedAt: T1 });
    const local = werkbladDoc([sheet('a', T2, 'oud werkblad')], {}, { school: 'Nieuw', updatedAt: T3 });

    const merged = merge(stored, local);

    expect(merged.worksheets.map((item) => item.title)).toEqual(['nieuw werkblad']);
    expect(merged.plan.school).toBe('Nieuw');
  });
});
