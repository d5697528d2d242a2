/**
 * A record as a flat map of fields (src/lib/tools/fields.ts): the round trip for every record the
 * tools accept, string lists and item lists as sets, empty objects and lists, and changedPaths.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedPaths, fromFields, rebase, toFields, type Fields, type Json } from '../../src/lib/tools/fields';
import { toolCases } from '../fixtures/tool-cases';

/** The fields of two tabs' versions taken together, the second winning where both have a path. */
const both = (...versions: Fields[]): Fields => Object.assign({}, ...versions) as Fields;

describe.each(toolCases)('the fields of a $name record', (tc) => {
  it('give back the record deep-equal, for every record the tool accepts', () => {
    fc.assert(
      fc.property(tc.recordArbitrary, (record) => {
        expect(fromFields(toFields(record as Json))).toStrictEqual(record);
      }),
      { numRuns: 150 },
    );
  });

  if (tc.rest)
    it('give back what it holds besides records (the plan) deep-equal', () => {
      fc.assert(
        fc.property(tc.rest!.arbitrary, (rest) => {
          expect(fromFields(toFields(rest as Json))).toStrictEqual(rest);
        }),
        { numRuns: 50 },
      );
    });

  it('have one field per text, named by its path', () => {
    const fields = toFields(tc.a as Json);

    for (const text of tc.texts) {
      expect(Object.keys(fields), text.path).toContain(text.path);
      expect(changedPaths(fields, toFields(text.set(tc.a, 'anders') as Json)), text.path).toEqual([text.path]);
    }
  });
});

describe('toFields', () => {
  it('makes a field of every leaf of nested objects, the path joined with "/"', () => {
    expect(toFields({ id: 'x', domains: { energie: { rating: null, seen: 'Moe' } }, team: { members: 3 } })).toEqual({
      id: 'x',
      'domains/energie/rating': null,
      'domains/energie/seen': 'Moe',
      'team/members': 3,
    });
  });

  it('makes a field of each member of a list of strings, holding its position', () => {
    expect(toFields({ chosen: ['veerkracht', 'mindfulness'] })).toEqual({ 'chosen/=veerkracht': 0, 'chosen/=mindfulness': 1 });
  });

  it('makes fields of each item of a list of objects with an id, with its position under "#"', () => {
    expect(
      toFields({
        actions: [
          { id: 'a1', what: 'Plannen' },
          { id: 'a2', what: '' },
        ],
      }),
    ).toEqual({
      'actions/=a1/#': 0,
      'actions/=a1/id': 'a1',
      'actions/=a1/what': 'Plannen',
      'actions/=a2/#': 1,
      'actions/=a2/id': 'a2',
      'actions/=a2/what': '',
    });
  });

  it('keeps an empty object and an empty list as one field each, so that they come back', () => {
    const record = { id: 'x', domains: {}, chosen: [], answers: { nested: {} } };

    expect(toFields(record)).toEqual({ id: 'x', domains: {}, chosen: [], 'answers/nested': {} });
    expect(fromFields(toFields(record))).toStrictEqual(record);
  });

  it('keeps other lists (of numbers, of objects without an id) and null as one field', () => {
    const record = { counts: [3, 1, 2], rows: [{ a: 1 }, { a: 2 }], none: null };

    expect(toFields(record)).toEqual(record);
    expect(fromFields(toFields(record))).toStrictEqual(record);
  });

  it('leaves out properties that are undefined', () => {
    expect(toFields({ id: 'x', team: undefined } as unknown as Json)).toEqual({ id: 'x' });
  });
});

describe('fromFields', () => {
  it('leaves out removed fields (undefined)', () => {
    expect(fromFields({ id: 'x', title: undefined, 'team/members': undefined })).toStrictEqual({ id: 'x' });
  });

  it('orders members and items by position, and by id between equal positions', () => {
    expect(fromFields({ 'l/=c': 0, 'l/=a': 2, 'l/=b': 0 })).toEqual({ l: ['b', 'c', 'a'] });
    expect(fromFields({ 'l/=y/#': 1, 'l/=y/id': 'y', 'l/=x/#': 1, 'l/=x/id': 'x', 'l/=z/#': 0, 'l/=z/id': 'z' })).toEqual({
      l: [{ id: 'z' }, { id: 'x' }, { id: 'y' }],
    });
  });

  it('lets the members of a list win over the empty list it was before', () => {
    // One tab emptied the list while another added a member: the added member is kept.
    expect(fromFields({ chosen: [], 'chosen/=veerkracht': 0 })).toEqual({ chosen: ['veerkracht'] });
    expect(fromFields({ answers: {}, 'answers/training': 'Ja' })).toEqual({ answers: { training: 'Ja' } });
  });
});

describe('lists as sets, for two tabs', () => {
  const base = { id: 'x', chosen: ['veerkracht'], actions: [{ id: 'a1', what: 'Plannen', who: '' }] };
  type Base = typeof base;
  const fieldsOf = (value: Base) => toFields(value as unknown as Json);
  /** The fields one tab changed from `base`, with their new values (undefined: removed). */
  const changes = (after: Base): Fields => {
    const [before, now] = [fieldsOf(base), fieldsOf(after)];
    return Object.fromEntries(changedPaths(before, now).map((path) => [path, now[path]]));
  };
  /** Both tabs' changes of different fields taken together, as a merge does. */
  const together = (one: Base, other: Base) => fromFields(both(fieldsOf(base), changes(one), changes(other))) as Base;

  it('keeps the members two tabs each added to a list of strings', () => {
    const one = { ...base, chosen: ['veerkracht', 'mindfulness'] };
    const other = { ...base, chosen: ['veerkracht', 'oudertraining'] };

    expect(together(one, other).chosen).toEqual(['veerkracht', 'mindfulness', 'oudertraining']);
  });

  it('drops a member one tab removed while the other added another', () => {
    expect(together({ ...base, chosen: [] }, { ...base, chosen: ['veerkracht', 'mindfulness'] }).chosen).toEqual(['mindfulness']);
  });

  it('keeps the items two tabs each added, and merges one item field by field', () => {
    const one = {
      ...base,
      actions: [
        { ...base.actions[0]!, what: 'Plannen in maart' },
        { id: 'a2', what: 'Bellen', who: 'IB' },
      ],
    };
    const other = {
      ...base,
      actions: [
        { ...base.actions[0]!, who: 'Directie' },
        { id: 'a3', what: 'Mailen', who: '' },
      ],
    };

    expect(together(one, other).actions).toEqual([
      { id: 'a1', what: 'Plannen in maart', who: 'Directie' },
      { id: 'a2', what: 'Bellen', who: 'IB' },
      { id: 'a3', what: 'Mailen', who: '' },
    ]);
  });

  it('does not bring back part of an item that one tab removed while the other changed a field of it', () => {
    const one = { ...base, actions: [] };
    const other = { ...base, actions: [{ ...base.actions[0]!, what: 'Later getypt' }] };
    // The field the other tab typed in is newer than the removal, the item's other fields are not.
    const merged = both(fieldsOf(base), changes(one), { 'actions/=a1/what': 'Later getypt' });

    expect((fromFields(merged) as Base).actions).toEqual([]);
    expect(changes(other)).toEqual({ 'actions/=a1/what': 'Later getypt' });
  });
});

describe('changedPaths', () => {
  it('is empty for equal fields, also for equal objects and lists held as one field', () => {
    expect(changedPaths({ a: 'x', b: {}, c: [], d: null }, { a: 'x', b: {}, c: [], d: null })).toEqual([]);
  });

  it('lists the paths that were added, removed or changed', () => {
    expect(changedPaths({ a: 'x', b: 1, c: true }, { a: 'y', c: true, d: null }).sort()).toEqual(['a', 'b', 'd']);
  });

  it('tells null, an empty text, false and 0 from each other and from a removed field', () => {
    const values: Json[] = [null, '', false, 0, [], {}];
    for (const [i, before] of values.entries()) {
      expect(changedPaths({ f: before }, {}), JSON.stringify(before)).toEqual(['f']);
      for (const [j, after] of values.entries()) {
        expect(changedPaths({ f: before }, { f: after }), `${JSON.stringify(before)} → ${JSON.stringify(after)}`).toEqual(
          i === j ? [] : ['f'],
        );
      }
    }
  });

  it('treats a field that is undefined as absent', () => {
    expect(changedPaths({ f: undefined }, {})).toEqual([]);
    expect(changedPaths({}, { f: undefined })).toEqual([]);
  });

  it('sees a change of position in a list as a change of the moved members only', () => {
    const before = toFields({ l: ['a', 'b', 'c'] });
    const after = toFields({ l: ['a', 'c', 'b'] });

    expect(changedPaths(before, after).sort()).toEqual(['l/=b', 'l/=c']);
  });
});

describe('rebase: an edit made on an older copy', () => {
  const base = { title: 'Groep 7', 'answers.a': 'Eerste', 'answers.b': 'Tweede', $deleted: false };

  it('keeps a field another tab changed since, when the edit did not touch it', () => {
    const current = { ...base, 'answers.a': 'Eerste, aangevuld in tabblad B' };
    const edited = { ...base, 'answers.b': 'Tweede, aangevuld hier' };

    expect(rebase(current, base, edited)).toEqual({
      ...base,
      'answers.a': 'Eerste, aangevuld in tabblad B',
      'answers.b': 'Tweede, aangevuld hier',
    });
  });

  it('sets added fields and removes removed ones', () => {
    const edited: Record<string, string | boolean> = { ...base, 'partners.=ouders': true };
    delete edited['answers.b'];

    expect(rebase({ ...base, 'answers.a': 'Nieuwer' }, base, edited)).toEqual({
      title: 'Groep 7',
      'answers.a': 'Nieuwer',
      'partners.=ouders': true,
      $deleted: false,
    });
  });

  it('is the current fields for an edit that changes nothing, and the edit when nothing changed since', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), fc.dictionary(fc.string(), fc.string()), (current, edited) => {
        expect(rebase(current, edited, edited)).toEqual(current);
        expect(rebase(edited, edited, edited)).toEqual(edited);
        expect(rebase(current, current, edited)).toEqual(edited);
      }),
    );
  });
});
