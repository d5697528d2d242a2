import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeScanDocuments, scanChanged } from '../../src/lib/scan/merge';
import type { Scan, ScanDocument } from '../../src/lib/scan/model';
import { doc, exampleScan, T1, T2, T3, T4 } from '../fixtures/scan-examples';

const version = (id: string, updatedAt: string, title = `${id} @ ${updatedAt}`, createdAt = T1): Scan =>
  exampleScan({ id, title, createdAt, updatedAt });

describe('mergeScanDocuments', () => {
  it('keeps the newest version of a scan, whichever side it is on', () => {
    const stored = doc([version('a', T2, 'ouder')]);
    const local = doc([version('a', T3, 'nieuwer')]);

    expect(mergeScanDocuments(stored, local).scans.map((s) => s.title)).toEqual(['nieuwer']);
    expect(mergeScanDocuments(local, stored).scans.map((s) => s.title)).toEqual(['nieuwer']);
  });

  it('keeps scans that only one side has', () => {
    const stored = doc([version('a', T2), version('b', T2)]);
    const local = doc([version('c', T3)]);

    expect(mergeScanDocuments(stored, local).scans.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(mergeScanDocuments(local, stored).scans.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('orders the scans by creation time, then id', () => {
    const merged = mergeScanDocuments(
      doc([version('z', T2, 'z', T1), version('b', T3, 'b', T2)]),
      doc([version('a', T3, 'a', T2), version('y', T4, 'y', T3)]),
    );

    expect(merged.scans.map((s) => s.id)).toEqual(['z', 'a', 'b', 'y']);
  });

  it('removes a scan deleted in one tab even though the other tab still has it', () => {
    const stored = doc([version('a', T2), version('b', T2)]);
    const local = doc([version('b', T2)], { a: T3 });

    const merged = mergeScanDocuments(stored, local);

    expect(merged.scans.map((s) => s.id)).toEqual(['b']);
    expect(merged.deleted).toEqual({ a: T3 });
    expect(mergeScanDocuments(local, stored).scans.map((s) => s.id)).toEqual(['b']);
  });

  it('keeps a version updated after the deletion (undo)', () => {
    const deletedEarlier = doc([], { a: T2 });
    const restored = doc([version('a', T3, 'teruggezet')]);

    expect(mergeScanDocuments(deletedEarlier, restored).scans.map((s) => s.title)).toEqual(['teruggezet']);
    expect(mergeScanDocuments(restored, deletedEarlier).scans.map((s) => s.title)).toEqual(['teruggezet']);
  });

  it('removes a version saved at the very moment of the deletion', () => {
    expect(mergeScanDocuments(doc([version('a', T2)]), doc([], { a: T2 })).scans).toEqual([]);
  });

  it('unites the deletions of both sides, keeping the later time for an id', () => {
    const stored = doc([], { a: T2, b: T4 });
    const local = doc([], { a: T3, b: T1, c: T1 });

    expect(mergeScanDocuments(stored, local).deleted).toEqual({ a: T3, b: T4, c: T1 });
    expect(mergeScanDocuments(local, stored).deleted).toEqual({ a: T3, b: T4, c: T1 });
  });

  it('does not change its inputs', () => {
    const stored = doc([version('b', T2), version('a', T3)], { x: T1 });
    const local = doc([version('a', T4)], { y: T2 });
    const before = structuredClone([stored, local]);

    mergeScanDocuments(stored, local);

    expect([stored, local]).toStrictEqual(before);
  });
});

describe('scanChanged', () => {
  const before = doc([version('a', T2), version('b', T2)]);

  it('is false when the scan is the same version', () => {
    expect(scanChanged(before, doc([version('a', T2), version('b', T3)]), 'a')).toBe(false);
  });

  it('is true when another tab saved a newer version', () => {
    expect(scanChanged(before, doc([version('a', T3), version('b', T2)]), 'a')).toBe(true);
  });

  it('is true when another tab deleted the scan', () => {
    expect(scanChanged(before, doc([version('b', T2)], { a: T3 }), 'a')).toBe(true);
  });

  it('is false for a scan neither document has', () => {
    expect(scanChanged(before, before, 'onbekend')).toBe(false);
  });
});

describe('merge properties', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'] as const;
  /** Each id has one creation time, as in real data; updates come later. */
  const createdAt = (id: string) => `2026-01-0${ids.indexOf(id as (typeof ids)[number]) + 1}T00:00:00.000Z`;
  const time = fc.integer({ min: 10, max: 59 }).map((minute) => `2026-11-25T10:${minute}:00.000Z`);
  const scan = fc
    .record({ id: fc.constantFrom(...ids), title: fc.string({ maxLength: 8 }), updatedAt: time })
    .map(({ id, title, updatedAt }) => version(id, updatedAt, title, createdAt(id)));
  /** A document as the store holds it: ids unique, and no scan older than its own deletion. */
  const document: fc.Arbitrary<ScanDocument> = fc
    .record({
      scans: fc.uniqueArray(scan, { selector: (s) => s.id, maxLength: 5 }),
      deleted: fc.dictionary(fc.constantFrom(...ids), time, { maxKeys: 5 }),
    })
    .map(({ scans, deleted }) => ({
      scans,
      deleted: Object.fromEntries(
        Object.entries(deleted).filter(([id, at]) => !scans.some((s) => s.id === id && s.updatedAt <= at)),
      ),
    }));
  const sorted = (scans: readonly Scan[]) =>
    [...scans].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));

  it('is idempotent: merging a document with itself gives the document, sorted', () => {
    fc.assert(
      fc.property(document, (a) => {
        expect(mergeScanDocuments(a, a)).toEqual({ scans: sorted(a.scans), deleted: a.deleted });
      }),
    );
  });

  it('merging again with either side changes nothing', () => {
    fc.assert(
      fc.property(document, document, (a, b) => {
        const merged = mergeScanDocuments(a, b);
        expect(mergeScanDocuments(merged, b)).toEqual(merged);
        expect(mergeScanDocuments(a, merged)).toEqual(merged);
      }),
    );
  });

  it('is commutative in the set of scans and the deletions', () => {
    fc.assert(
      fc.property(document, document, (a, b) => {
        const ab = mergeScanDocuments(a, b);
        const ba = mergeScanDocuments(b, a);
        const versions = (d: ScanDocument) => d.scans.map((s) => `${s.id}@${s.updatedAt}`);
        expect(versions(ab)).toEqual(versions(ba));
        expect(ab.deleted).toEqual(ba.deleted);
      }),
    );
  });

  it('is commutative in full when the two sides never saved the same scan at the same moment', () => {
    fc.assert(
      fc.property(document, document, (a, b) => {
        fc.pre(!a.scans.some((x) => b.scans.some((y) => x.id === y.id && x.updatedAt === y.updatedAt && x.title !== y.title)));
        expect(mergeScanDocuments(a, b)).toEqual(mergeScanDocuments(b, a));
      }),
    );
  });
});
