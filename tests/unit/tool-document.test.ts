/**
 * A tool's work as the browser holds it (src/lib/tools/document.ts) and another tool's records
 * read without changing anything (read-only.ts), once for every tool.
 */
import { describe, expect, it } from 'vitest';
import { asNew, documentOf, emptyHolding, hold, type Holding } from '../../src/lib/tools/document';
import { fieldsOf, valueOf } from '../../src/lib/tools/entry';
import { readRecords } from '../../src/lib/tools/read-only';
import { createRecordStore, REST } from '../../src/lib/tools/store';
import type { StorageLike } from '../../src/lib/tools/storage';
import type { AnyToolSpec } from '../../src/lib/tools/tool';
import { Clock, DELETED, edit } from '../../src/lib/tools/stamps';
import { werkbladTool } from '../../src/lib/werkblad/tool';
import { MemoryStorage, T1, T2, T3, ThrowingStorage } from '../fixtures/scan-examples';
import { examplePlan, toolCases } from '../fixtures/tool-cases';
import { exampleWorksheet } from '../fixtures/werkblad-examples';

function save(storage: StorageLike, tool: AnyToolSpec, values: readonly { id: string }[], deleted = false) {
  const store = createRecordStore(tool, () => storage);
  const clock = new Clock('test');
  for (const value of values) expect(store.save(value.id, edit(null, fieldsOf(value, deleted), clock), clock.tab).kind).toBe('saved');
}

describe.each(toolCases)('the $name’s document', (tc) => {
  const { a, b } = tc;
  const clock = new Clock('test');
  const held = (record: { id: string }, deleted = false) => [record.id, hold(edit(null, fieldsOf(record, deleted), clock))] as const;
  const holding = (entries: ReturnType<typeof held>[], rest: Holding<unknown>['rest'] = null): Holding<typeof a> => ({
    records: new Map(entries),
    rest,
  });
  const itemsOf = (doc: unknown) => tc.tool.document.records.items(doc);

  it('fieldsOf and valueOf give back the record, with its deletion as the field "$deleted"', () => {
    expect(fieldsOf(a)[DELETED]).toBe(false);
    expect(fieldsOf(a, true)[DELETED]).toBe(true);
    expect(valueOf(edit(null, fieldsOf(a), clock))).toStrictEqual(a);
    expect(hold(edit(null, fieldsOf(a), clock)).record).toStrictEqual(a);
  });

  it('holds a deleted record as its deletion alone: no record, nothing of what it held', () => {
    const deleted = edit(edit(null, fieldsOf(a), clock), fieldsOf(a, true), clock);

    expect(deleted.fields).toStrictEqual({ [DELETED]: true });
    expect(Object.keys(deleted.stamps)).toEqual([DELETED]);
    expect(hold(deleted).record).toBeNull();
  });

  it('documentOf shows the records that are not deleted, oldest first, the id deciding between equal times', () => {
    const sameTime = { ...b, id: 'aab', createdAt: a.createdAt };
    const earliest = { ...b, id: 'zzz', createdAt: '2020-01-01T00:00:00.000Z' };
    const doc = documentOf(tc.tool, holding([held(b), held(sameTime), held({ ...b, id: 'weg' }, true), held(a), held(earliest)]));

    expect(itemsOf(doc)).toStrictEqual([earliest, a, sameTime, b]);
    expect(tc.tool.document.validate(doc)).not.toBeNull();
  });

  it('documentOf is the empty document when nothing is held', () => {
    expect(documentOf(tc.tool, emptyHolding())).toStrictEqual(tc.tool.document.empty());
  });

  if (tc.rest)
    it('documentOf puts in what the document holds besides records', () => {
      const rest = edit(null, fieldsOf(tc.rest!.example), clock);

      expect(tc.tool.document.rest!.get(documentOf(tc.tool, holding([held(a)], rest)))).toStrictEqual(tc.rest!.example);
    });

  it('asNew gives records new ids and times now, a millisecond apart, and keeps the rest', () => {
    let next = 0;
    const fresh = asNew([a, b], () => `nieuw${(next += 1)}`, T3);

    expect(fresh).toStrictEqual([
      { ...a, id: 'nieuw1', createdAt: T3, updatedAt: T3 },
      { ...b, id: 'nieuw2', createdAt: '2026-11-25T11:00:00.001Z', updatedAt: '2026-11-25T11:00:00.001Z' },
    ]);
  });

  describe('readRecords (another tool reading these records)', () => {
    it('reads the stored records that are not deleted, and changes nothing', () => {
      const storage = new MemoryStorage();
      save(storage, tc.tool, [b, a]);
      save(storage, tc.tool, [{ ...b, id: 'weg' }], true);
      storage.setItem(`${tc.tool.storageKey}/kapot`, 'kapot');
      const before = new Map(storage.items);

      expect(readRecords(tc.tool, () => storage)).toStrictEqual([a, b]);
      expect(storage.items).toEqual(before);
    });

    it('reads a version 1 document not moved yet, an entry winning over it for the same id, and moves nothing', () => {
      const edited = tc.texts[0]!.set(a, 'In een entry');
      const old = JSON.stringify({ version: 1, data: tc.doc([a, b]) });
      const storage = new MemoryStorage({ [tc.tool.storageKey]: old });
      save(storage, tc.tool, [edited]);

      expect(readRecords(tc.tool, () => storage)).toStrictEqual([edited, b]);
      expect(storage.getItem(tc.tool.storageKey)).toBe(old);
    });

    it('reads nothing, without throwing, from storage that is missing or throws', () => {
      for (const storage of [
        () => null,
        () => new ThrowingStorage(),
        () => {
          throw new DOMException('Access is denied', 'SecurityError');
        },
      ]) {
        expect(readRecords(tc.tool, storage)).toEqual([]);
      }
    });
  });
});

describe('readRecords of the werkblad', () => {
  it('does not read the stored plan (the entry "…/=rest") as a worksheet', () => {
    // Every key under "welbevinden.werkblad/" but the plan's is read as a record.
    const sheet = exampleWorksheet({ id: 'aaa', createdAt: T1, updatedAt: T2 });
    const storage = new MemoryStorage();
    save(storage, werkbladTool, [sheet]);
    createRecordStore(werkbladTool, () => storage).save(REST, edit(null, fieldsOf(examplePlan), new Clock('test')), 'test');

    expect(readRecords(werkbladTool, () => storage)).toStrictEqual([sheet]);
  });
});
