import { describe, expect, it } from 'vitest';
import { mergeWerkbladDocuments, worksheetChanged } from '../../src/lib/werkblad/merge';
import { EPOCH, type Worksheet } from '../../src/lib/werkblad/model';
import { T1, T2, T3, T4 } from '../fixtures/scan-examples';
import { exampleWorksheet, werkbladDoc } from '../fixtures/werkblad-examples';

const version = (id: string, updatedAt: string, title = `${id} @ ${updatedAt}`, createdAt = T1): Worksheet =>
  exampleWorksheet({ id, title, createdAt, updatedAt });

describe('mergeWerkbladDocuments: worksheets', () => {
  it('keeps the newest version of a worksheet, whichever side it is on', () => {
    const stored = werkbladDoc([version('a', T2, 'ouder')]);
    const local = werkbladDoc([version('a', T3, 'nieuwer')]);

    expect(mergeWerkbladDocuments(stored, local).worksheets.map((sheet) => sheet.title)).toEqual(['nieuwer']);
    expect(mergeWerkbladDocuments(local, stored).worksheets.map((sheet) => sheet.title)).toEqual(['nieuwer']);
  });

  it('keeps worksheets only one side has, ordered by creation time then id', () => {
    const stored = werkbladDoc([version('b', T2, 'b', T2), version('z', T2, 'z', T1)]);
    const local = werkbladDoc([version('a', T3, 'a', T2)]);

    expect(mergeWerkbladDocuments(stored, local).worksheets.map((sheet) => sheet.id)).toEqual(['z', 'a', 'b']);
    expect(mergeWerkbladDocuments(local, stored).worksheets.map((sheet) => sheet.id)).toEqual(['z', 'a', 'b']);
  });

  it('removes a worksheet deleted in one tab even though the other tab still has it', () => {
    const stored = werkbladDoc([version('a', T2), version('b', T2)]);
    const local = werkbladDoc([version('b', T2)], { a: T3 });

    const merged = mergeWerkbladDocuments(stored, local);

    expect(merged.worksheets.map((sheet) => sheet.id)).toEqual(['b']);
    expect(merged.deleted).toEqual({ a: T3 });
    expect(mergeWerkbladDocuments(local, stored).worksheets.map((sheet) => sheet.id)).toEqual(['b']);
  });

  it('keeps a version saved after the deletion (undo), and drops one saved at the same moment', () => {
    const restored = werkbladDoc([version('a', T3, 'teruggezet')]);

    expect(mergeWerkbladDocuments(werkbladDoc([], { a: T2 }), restored).worksheets.map((sheet) => sheet.title)).toEqual(['teruggezet']);
    expect(mergeWerkbladDocuments(restored, werkbladDoc([], { a: T2 })).worksheets.map((sheet) => sheet.title)).toEqual(['teruggezet']);
    expect(mergeWerkbladDocuments(werkbladDoc([version('a', T2)]), werkbladDoc([], { a: T2 })).worksheets).toEqual([]);
  });

  it('unites the deletions, keeping the later time for an id', () => {
    const merged = mergeWerkbladDocuments(werkbladDoc([], { a: T2, b: T4 }), werkbladDoc([], { a: T3, b: T1, c: T1 }));

    expect(merged.deleted).toEqual({ a: T3, b: T4, c: T1 });
  });

  it('does not change its inputs', () => {
    const stored = werkbladDoc([version('b', T2), version('a', T3)], { x: T1 }, { school: 'A', updatedAt: T2 });
    const local = werkbladDoc([version('a', T4)], { y: T2 }, { school: 'B', updatedAt: T3 });
    const before = structuredClone([stored, local]);

    mergeWerkbladDocuments(stored, local);

    expect([stored, local]).toStrictEqual(before);
  });
});

describe('mergeWerkbladDocuments: the plan', () => {
  it('keeps the plan changed last, whichever side it is on', () => {
    const older = werkbladDoc([], {}, { school: 'Oude naam', date: '2026-11-01', scanId: 'scan1', updatedAt: T2 });
    const newer = werkbladDoc([], {}, { school: 'Nieuwe naam', date: '', scanId: null, updatedAt: T3 });

    expect(mergeWerkbladDocuments(older, newer).plan).toEqual(newer.plan);
    expect(mergeWerkbladDocuments(newer, older).plan).toEqual(newer.plan);
  });

  it('keeps the local plan when both were changed at the same moment', () => {
    const stored = werkbladDoc([], {}, { school: 'Opgeslagen', updatedAt: T2 });
    const local = werkbladDoc([], {}, { school: 'Dit tabblad', updatedAt: T2 });

    expect(mergeWerkbladDocuments(stored, local).plan.school).toBe('Dit tabblad');
  });

  it('lets any changed plan win over a plan never changed', () => {
    const untouched = werkbladDoc([]);
    const changed = werkbladDoc([], {}, { school: 'De Regenboog', updatedAt: T1 });

    expect(untouched.plan.updatedAt).toBe(EPOCH);
    expect(mergeWerkbladDocuments(changed, untouched).plan.school).toBe('De Regenboog');
    expect(mergeWerkbladDocuments(untouched, changed).plan.school).toBe('De Regenboog');
  });

  it('takes the plan and the worksheets each from the side where they are newest', () => {
    const stored = werkbladDoc([version('a', T4, 'nieuw werkblad')], {}, { school: 'Oud', updatedAt: T1 });
    const local = werkbladDoc([version('a', T2, 'oud werkblad')], {}, { school: 'Nieuw', updatedAt: T3 });

    const merged = mergeWerkbladDocuments(stored, local);

    expect(merged.worksheets.map((sheet) => sheet.title)).toEqual(['nieuw werkblad']);
    expect(merged.plan.school).toBe('Nieuw');
  });
});

describe('worksheetChanged', () => {
  const before = werkbladDoc([version('a', T2), version('b', T2)]);

  it('is false when the worksheet is the same version', () => {
    expect(worksheetChanged(before, werkbladDoc([version('a', T2), version('b', T3)]), 'a')).toBe(false);
  });

  it('is true when another tab saved a newer version', () => {
    expect(worksheetChanged(before, werkbladDoc([version('a', T3), version('b', T2)]), 'a')).toBe(true);
  });

  it('is true when another tab deleted the worksheet, or added it', () => {
    expect(worksheetChanged(before, werkbladDoc([version('b', T2)], { a: T3 }), 'a')).toBe(true);
    expect(worksheetChanged(werkbladDoc([]), before, 'a')).toBe(true);
  });

  it('is false for a worksheet neither document has', () => {
    expect(worksheetChanged(before, before, 'onbekend')).toBe(false);
  });
});
