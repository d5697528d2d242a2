/**
 * Ordering edits without clocks (src/lib/tools/stamps.ts): stamps, the tab's counter, edit and
 * merge; then, once for every tool, the promise of the storage: edits saved from two tabs through
 * the real store (tests/fixtures/tabs.ts), with the computer's clock set anywhere between steps,
 * keep every field's last edit and lose no record; texts that lose to another tab's edit at the
 * same moment are handed back.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentOf, hold } from '../../src/lib/tools/document';
import { fieldsOf } from '../../src/lib/tools/entry';
import { toFields, type Fields, type Json } from '../../src/lib/tools/fields';
import { keeps, mergeTexts } from '../../src/lib/tools/typing';
import {
  Clock,
  compareStamps,
  DELETED,
  edit,
  erased,
  isDeleted,
  isTombstone,
  merge,
  mergeTyping,
  type Stamp,
  type Stamped,
} from '../../src/lib/tools/stamps';
import { textArbitrary } from '../fixtures/scan-examples';
import { openTabs, settle, type Tab } from '../fixtures/tabs';
import { toolCases } from '../fixtures/tool-cases';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T14:30:00.000Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

const stamped = (fields: Fields, stamps: Record<string, Stamp>): Stamped => ({ fields, stamps });

describe('compareStamps', () => {
  it('orders by counter first, then by tab id', () => {
    expect(compareStamps([2, 'a'], [1, 'z'])).toBeGreaterThan(0);
    expect(compareStamps([1, 'z'], [2, 'a'])).toBeLessThan(0);
    expect(compareStamps([3, 'b'], [3, 'a'])).toBeGreaterThan(0);
    expect(compareStamps([3, 'a'], [3, 'b'])).toBeLessThan(0);
    expect(compareStamps([3, 'a'], [3, 'a'])).toBe(0);
  });

  it('is a total order: antisymmetric and transitive', () => {
    const stamp = fc.tuple(fc.nat({ max: 5 }), fc.constantFrom('a', 'b', 'tab1', 'tab10')) as fc.Arbitrary<Stamp>;
    fc.assert(
      fc.property(stamp, stamp, stamp, (x, y, z) => {
        expect(Math.sign(compareStamps(x, y)) + Math.sign(compareStamps(y, x))).toBe(0);
        if (compareStamps(x, y) > 0 && compareStamps(y, z) > 0) expect(compareStamps(x, z)).toBeGreaterThan(0);
        if (compareStamps(x, y) === 0) expect(x).toEqual(y);
      }),
    );
  });
});

describe('Clock', () => {
  it('gives stamps with a growing counter and the tab id', () => {
    const clock = new Clock('tab');

    expect([clock.next(), clock.next(), clock.next()]).toEqual([
      [1, 'tab'],
      [2, 'tab'],
      [3, 'tab'],
    ]);
  });

  it('keeps its counter above every stamp it has seen, and never lowers it', () => {
    const clock = new Clock('mijn');
    clock.observe({ a: [7, 'ander'], b: [3, 'ander'] });
    expect(clock.next()).toEqual([8, 'mijn']);

    clock.observe({ a: [2, 'ander'] });
    expect(clock.next()).toEqual([9, 'mijn']);
  });
});

describe('edit', () => {
  it('stamps every field of a new record with one new stamp', () => {
    const result = edit(null, { id: 'x', title: 'Titel', [DELETED]: false }, new Clock('t'));

    expect(result).toEqual(stamped({ id: 'x', title: 'Titel', [DELETED]: false }, { id: [1, 't'], title: [1, 't'], [DELETED]: [1, 't'] }));
  });

  it('stamps only the fields that changed, above every stamp the record had', () => {
    const before = stamped({ id: 'x', title: 'Oud', role: 'ib' }, { id: [1, 'a'], title: [5, 'b'], role: [2, 'a'] });

    const after = edit(before, { id: 'x', title: 'Nieuw', role: 'ib' }, new Clock('c'));

    expect(after).toEqual(stamped({ id: 'x', title: 'Nieuw', role: 'ib' }, { id: [1, 'a'], title: [6, 'c'], role: [2, 'a'] }));
  });

  it('stamps a removed field, so that the removal can win a merge', () => {
    const before = stamped({ id: 'x', 'team/members': 3 }, { id: [1, 'a'], 'team/members': [1, 'a'] });

    const after = edit(before, { id: 'x' }, new Clock('a'));

    expect(after.fields).toEqual({ id: 'x', 'team/members': undefined });
    expect(after.stamps['team/members']).toEqual([2, 'a']);
  });

  it('returns the versions it was given when nothing changed, and does not move the counter', () => {
    const before = stamped({ id: 'x' }, { id: [4, 'a'] });
    const clock = new Clock('b');

    expect(edit(before, { id: 'x' }, clock)).toBe(before);
    expect(clock.next()).toEqual([5, 'b']);
  });

  it('does not change the versions it was given', () => {
    const before = stamped({ id: 'x', title: 'Oud' }, { id: [1, 'a'], title: [1, 'a'] });
    const copy = structuredClone(before);

    edit(before, { id: 'x', title: 'Nieuw' }, new Clock('a'));

    expect(before).toEqual(copy);
  });
});

describe('merge', () => {
  const local = stamped(
    { title: 'Mijn titel', role: 'ib', note: 'Mijn notitie' },
    { title: [3, 'mijn'], role: [1, 'mijn'], note: [4, 'mijn'] },
  );
  const other = stamped(
    { title: 'Hun titel', role: 'directie', note: 'Hun notitie' },
    { title: [5, 'hun'], role: [1, 'hun'], note: [2, 'hun'] },
  );

  it('takes the newer stamp for each field, from either side', () => {
    const { merged } = merge(local, other, 'mijn');

    expect(merged).toEqual(
      stamped({ title: 'Hun titel', role: 'ib', note: 'Mijn notitie' }, { title: [5, 'hun'], role: [1, 'mijn'], note: [4, 'mijn'] }),
    );
  });

  it('keeps a field only one side has, and a removal that is newer than the value', () => {
    const { merged } = merge(
      stamped({ a: 'x', b: undefined }, { a: [1, 't'], b: [9, 't'] }),
      stamped({ b: 'oud', c: 'nieuw' }, { b: [2, 'u'], c: [2, 'u'] }),
      't',
    );

    expect(merged).toEqual(stamped({ a: 'x', b: undefined, c: 'nieuw' }, { a: [1, 't'], b: [9, 't'], c: [2, 'u'] }));
  });

  /** The fields these tests treat as texts a person typed. */
  const isText = (path: string) => path === 'title' || path === 'note';

  it('hands back the texts of this tab that lost to a different text of another tab', () => {
    expect(merge(local, other, 'mijn', isText).replaced).toEqual([{ path: 'title', mine: 'Mijn titel', theirs: 'Hun titel' }]);
  });

  it('hands back only the fields the tool declares as texts, and none when it declares none', () => {
    const mine = stamped({ title: 'Mijn titel', updatedAt: '2026-11-25T14:30:00.000Z' }, { title: [1, 't'], updatedAt: [1, 't'] });
    const theirs = stamped({ title: 'Hun titel', updatedAt: '2026-11-25T14:31:00.000Z' }, { title: [2, 'u'], updatedAt: [2, 'u'] });

    expect(merge(mine, theirs, 't', (path) => path === 'title').replaced).toEqual([
      { path: 'title', mine: 'Mijn titel', theirs: 'Hun titel' },
    ]);
    expect(merge(mine, theirs, 't', (path) => path === 'updatedAt').replaced).toEqual([
      { path: 'updatedAt', mine: '2026-11-25T14:30:00.000Z', theirs: '2026-11-25T14:31:00.000Z' },
    ]);
    expect(merge(mine, theirs, 't').replaced).toEqual([]);
  });

  it('hands back nothing when this tab’s text wins, is empty, is the same, is no string, or was not this tab’s', () => {
    const mine = stamped(
      { a: 'x', b: '', c: 'zelfde', d: 3, e: 'van een ander' },
      { a: [9, 't'], b: [1, 't'], c: [1, 't'], d: [1, 't'], e: [1, 'u'] },
    );
    const theirs = stamped(
      { a: 'y', b: 'nieuw', c: 'zelfde', d: 4, e: 'nieuwer' },
      { a: [2, 'u'], b: [2, 'u'], c: [2, 'u'], d: [2, 'u'], e: [2, 'v'] },
    );

    // Every field a text: each is handed back for none of the reasons above.
    expect(merge(mine, theirs, 't', () => true).replaced).toEqual([]);
  });

  it('says when this tab’s text was removed by another tab', () => {
    const { replaced } = merge(stamped({ a: 'Getypt' }, { a: [1, 't'] }), stamped({ a: undefined }, { a: [2, 'u'] }), 't', () => true);

    expect(replaced).toEqual([{ path: 'a', mine: 'Getypt', theirs: undefined }]);
  });

  it('lets a field without a stamp take part as the oldest: kept where the other side has no such field, losing to any stamp', () => {
    const unstamped = stamped({ a: 'zonder', b: 'zonder', c: 'zonder' }, {});
    const withStamps = stamped({ b: 'met', c: undefined }, { b: [1, 'u'], c: [1, 'u'] });
    const expected = stamped({ a: 'zonder', b: 'met', c: undefined }, { b: [1, 'u'], c: [1, 'u'] });

    for (const [x, y] of [
      [unstamped, withStamps],
      [withStamps, unstamped],
    ] as const) {
      const { merged } = merge(x, y, 't');
      expect(merged).toEqual(expected);
      expect(Object.keys(merged.fields).sort()).toEqual(['a', 'b', 'c']);
    }
  });

  describe('properties', () => {
    /** Versions made of edits with stamps unique to each value, as real tabs make them. */
    const paths = ['a', 'b', 'c', 'd'];
    const edits = fc.uniqueArray(fc.tuple(fc.nat({ max: 20 }), fc.constantFrom('t', 'u', 'v')), {
      selector: ([counter, tab]) => `${counter} ${tab}`,
      minLength: 1,
      maxLength: 12,
    });
    const versionsOf = (stamps: [number, string][], picks: (number | null)[]): Stamped => {
      const fields: Fields = {};
      const chosen: Record<string, Stamp> = {};
      paths.forEach((path, index) => {
        const pick = picks[index];
        if (pick === null || pick === undefined) return;
        const stamp = stamps[pick % stamps.length]!;
        chosen[path] = stamp;
        // The value follows from the stamp (and the path): one edit, one value.
        fields[path] = stamp[0] % 3 === 0 ? undefined : `${path}@${stamp[0]}${stamp[1]}`;
      });
      return stamped(fields, chosen);
    };
    const picks = fc.array(fc.option(fc.nat(), { nil: null }), { minLength: paths.length, maxLength: paths.length });
    const three = fc
      .tuple(edits, picks, picks, picks)
      .map(([stamps, x, y, z]) => [versionsOf(stamps, x), versionsOf(stamps, y), versionsOf(stamps, z)]);

    it('is commutative, associative and idempotent in what it keeps', () => {
      fc.assert(
        fc.property(three, ([x, y, z]) => {
          const m = (p: Stamped, q: Stamped) => merge(p, q, 't').merged;
          expect(m(x!, y!)).toEqual(m(y!, x!));
          expect(m(m(x!, y!), z!)).toEqual(m(x!, m(y!, z!)));
          expect(m(x!, x!)).toEqual(x);
        }),
      );
    });

    it('never keeps a field whose stamp is older than the other side’s', () => {
      fc.assert(
        fc.property(three, ([x, y]) => {
          const { merged } = merge(x!, y!, 't');
          for (const path of Object.keys(merged.stamps)) {
            for (const side of [x!, y!]) {
              const stamp = side.stamps[path];
              if (stamp) expect(compareStamps(merged.stamps[path]!, stamp)).toBeGreaterThanOrEqual(0);
            }
          }
        }),
      );
    });
  });
});

describe('a deletion as a field', () => {
  const clock = new Clock('t');
  const record = fieldsOf({ id: 'x', title: 'Titel' });
  const saved = edit(null, record, clock);

  it('marks the record deleted, and an undo after it brings it back', () => {
    const deleted = edit(saved, fieldsOf({ id: 'x', title: 'Titel' }, true), clock);
    const undone = edit(deleted, record, clock);

    expect([isDeleted(saved), isDeleted(deleted), isDeleted(undone)]).toEqual([false, true, false]);
    expect(merge(deleted, undone, 'u').merged.fields[DELETED]).toBe(false);
    expect(merge(undone, deleted, 'u').merged.fields[DELETED]).toBe(false);
  });

  it('wins over an edit older than it, and keeps nothing of the record: only its deletion and that stamp', () => {
    const other = new Clock('u');
    const edited = edit(saved, fieldsOf({ id: 'x', title: 'Ouder' }), other);
    other.observe(edited.stamps);
    const deleted = edit(edited, fieldsOf({ id: 'x', title: 'Ouder' }, true), other);

    for (const { merged, replaced } of [merge(edited, deleted, 't'), merge(deleted, edited, 'u')]) {
      expect(merged).toStrictEqual({ fields: { [DELETED]: true }, stamps: { [DELETED]: deleted.stamps[DELETED] } });
      expect(replaced).toEqual([]);
    }
    expect(erased(deleted)).toStrictEqual(deleted);
    expect(isTombstone(deleted)).toBe(true);
  });

  it('erases also what another tab typed at the same moment: the record was deleted', () => {
    const other = new Clock('u');
    other.observe(saved.stamps);
    const typed = edit(saved, fieldsOf({ id: 'x', title: 'Getypt' }), new Clock('v'));
    const deleted = edit(saved, fieldsOf({ id: 'x', title: 'Titel' }, true), other);

    const { merged } = merge(typed, deleted, 'v');

    expect(isTombstone(merged)).toBe(true);
  });

  it('leaves a record that is not deleted as it is', () => {
    expect(erased(saved)).toBe(saved);
    expect(isTombstone(saved)).toBe(false);
  });
});

describe('two people typing in one text at the same moment', () => {
  it.each([
    ['both add at the end', 'abc', 'abcX', 'abcY', 'abcYX'],
    ['one adds at the start, the other at the end', 'abc', 'Xabc', 'abcY', 'XabcY'],
    ['one deletes, the other adds elsewhere', 'hello world', 'hello', 'Hi hello world', 'Hi hello'],
    ['one changed nothing', 'abc', 'abc', 'abX', 'abX'],
    ['both typed the same letter: it was typed twice', 'abc', 'abcd', 'abcd', 'abcdd'],
    ['one removed everything, the other added at the end', 'ab', '', 'abZ', 'Z'],
  ])('keeps both changes when %s', (_, base, mine, theirs, merged) => {
    expect(mergeTexts(base, mine, theirs)).toBe(merged);
  });

  it.each([
    ['both replaced the same word', 'de kat', 'de hond', 'de muis'],
    ['one typed inside what the other deleted', 'abcdef', 'abXcdef', 'af'],
  ])('gives up when %s: the stretches overlap', (_, base, mine, theirs) => {
    expect(mergeTexts(base, mine, theirs)).toBeNull();
  });

  it('tells whether a text holds all of another, in order, characters outside the BMP too', () => {
    expect(keeps('Groep 😀 7b', 'Groep 😀')).toBe(true);
    expect(keeps('𐀀', '𐀀')).toBe(true);
    expect(keeps('Groep 7', 'Groep 😀')).toBe(false);
    expect(keeps('ab', 'ba')).toBe(false);
    expect(keeps(null, '')).toBe(false);
  });

  it('keeps every character either typed, in order, when the stretches do not overlap (any texts)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, word, word, word, (start, middle, end, first, second) => {
        const base = start + middle + end;
        // One inserts after `start`, the other after `start + middle`: apart unless `middle` is empty.
        const mine = start + first + middle + end;
        const theirs = start + middle + second + end;
        const merged = mergeTexts(base, mine, theirs);
        if (merged === null) return;
        expect(keeps(merged, mine)).toBe(true);
        expect(keeps(merged, theirs)).toBe(true);
      }),
    );
  });

  it('stamps the merged text of this tab above both, so that every tab ends with it', () => {
    const base = edit(null, { id: 'x', title: 'abc', [DELETED]: false }, new Clock('a'));
    const theirs = edit(base, { ...base.fields, title: 'abcY' }, new Clock('b'));
    const mine = edit(base, { ...base.fields, title: 'abcX' }, new Clock('a'));

    const typed = mergeTyping(mine, theirs, base.fields, 'a', (path) => path === 'title');
    const { merged, replaced } = merge(typed, theirs, 'a', (path) => path === 'title');

    // Both added at one place: the typing of the tab with the lower id ("a") first, in every tab.
    expect(merged.fields.title).toBe('abcXY');
    expect(compareStamps(merged.stamps.title!, theirs.stamps.title!)).toBeGreaterThan(0);
    expect(replaced).toEqual([]);
    expect(merge(theirs, merged, 'b', (path) => path === 'title')).toEqual({ merged, replaced: [] });
  });
});

// ---------------------------------------------------------------------------------------------
// Two tabs, through the real store

/** A wall clock anywhere from 1970 to the year 9999, in any order between steps: backwards and far forwards. */
const anyTime = fc.date({ min: new Date(0), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true });
const tabIndex = fc.constantFrom(0, 1);

describe.each(toolCases)('two tabs of the $name', (tc) => {
  const id = tc.a.id as string;
  type Item = typeof tc.a;

  /** Both tabs, with `a` and `b` saved by a third tab before they loaded. */
  const twoTabs = () => {
    const { shared, tabs } = openTabs(tc.tool, 3);
    const [first] = tabs.splice(0, 1);
    first!.put(tc.a);
    first!.put(tc.b);
    for (const tab of tabs) tab.load();
    return { shared, tabs: tabs as [Tab, Tab] };
  };
  /** What a tab that opens now reads. */
  const fresh = (shared: ReturnType<typeof twoTabs>['shared']) => openTabs(tc.tool, 1, shared).tabs[0]!.load();
  const now = () => new Date().toISOString();
  const withText = (record: Item, field: number, text: string): Item => ({ ...tc.texts[field]!.set(record, text), updatedAt: now() });

  type Step =
    | { kind: 'text'; tab: 0 | 1; at: Date; field: number; text: string }
    | { kind: 'member'; tab: 0 | 1; at: Date; member: number }
    | { kind: 'delete' | 'undo'; tab: 0 | 1; at: Date };

  const step: fc.Arbitrary<Step> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('text' as const),
        tab: tabIndex,
        at: anyTime,
        field: fc.nat({ max: tc.texts.length - 1 }),
        text: textArbitrary(40),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('member' as const),
        tab: tabIndex,
        at: anyTime,
        member: fc.nat({ max: tc.members.candidates.length - 1 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('delete' as const, 'undo' as const), tab: tabIndex, at: anyTime }) },
  );

  /**
   * The record and its deletion after `step` in tab `tab`, from `current`; null when the step does
   * nothing there. A deleted record holds nothing: the tab that deleted it brings it back from the
   * view's memory ("Ongedaan maken"), and no tab edits it meanwhile.
   */
  type State = { record: Item; deleted: boolean; deletedBy: 0 | 1 | null };
  const apply = (current: State, next: Step): State | null => {
    switch (next.kind) {
      case 'text':
        return current.deleted ? null : { ...current, record: withText(current.record, next.field, next.text) };
      case 'member': {
        if (current.deleted) return null;
        const member = tc.members.candidates[next.member]!;
        const members = tc.members.get(current.record);
        const toggled = members.includes(member) ? members.filter((item: string) => item !== member) : [...members, member];
        return { ...current, record: { ...tc.members.set(current.record, toggled), updatedAt: now() } };
      }
      case 'delete':
        // The tools offer "Verwijderen" only for a record that is there, and "Ongedaan maken" only after it.
        return current.deleted ? null : { record: current.record, deleted: true, deletedBy: next.tab };
      case 'undo':
        return current.deletedBy === next.tab ? { record: { ...current.record, updatedAt: now() }, deleted: false, deletedBy: null } : null;
    }
  };

  /** The tab holds `expected`: the record, or only its deletion. */
  const expectHolds = (tab: Tab, expected: { record: Item; deleted: boolean }) => {
    expect(tab.deleted(id)).toBe(expected.deleted);
    if (expected.deleted) expect(isTombstone(tab.stamped(id))).toBe(true);
    else expect(tab.record(id)).toStrictEqual(expected.record);
  };

  it('keeps every field’s last edit and loses no record, for any steps from either tab and any clock', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const { shared, tabs } = twoTabs();
        let expected: State = { record: tc.a as Item, deleted: false, deletedBy: null };
        for (const next of steps) {
          vi.setSystemTime(next.at);
          const tab = tabs[next.tab];
          // The other tab's saves arrived as storage events before this tab's next edit.
          tab.receive();
          expectHolds(tab, expected);
          const after = apply(expected, next);
          if (!after) continue;
          tab.put(after.record, after.deleted);
          expected = after;
        }
        settle(tabs);

        const reader = fresh(shared);
        for (const tab of [...tabs, reader]) {
          expectHolds(tab, expected);
          expect(tab.record(tc.b.id)).toStrictEqual(tc.b);
        }
        const shown = tc.tool.document.records.items(
          documentOf(tc.tool, { records: new Map([...reader.held].map(([key, value]) => [key, hold(value)])), rest: null }),
        );
        expect(shown.map((record: Item) => record.id)).toEqual(expected.deleted ? [tc.b.id] : [tc.a.id, tc.b.id]);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps each tab’s edits of fields the other did not edit, and hands back each text that lost, when the tabs edit at the same moment', () => {
    type Concurrent =
      | { kind: 'text'; tab: 0 | 1; field: number; text: string }
      | { kind: 'member'; tab: 0 | 1; member: number }
      | { kind: 'deliver'; tab: 0 | 1 };
    const concurrent: fc.Arbitrary<Concurrent> = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.record({
          kind: fc.constant('text' as const),
          tab: tabIndex,
          field: fc.nat({ max: tc.texts.length - 1 }),
          text: textArbitrary(30).filter((text) => text !== ''),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('member' as const),
          tab: tabIndex,
          member: fc.nat({ max: tc.members.candidates.length - 1 }),
        }),
      },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('deliver' as const), tab: tabIndex }) },
    );

    fc.assert(
      fc.property(fc.array(fc.tuple(concurrent, anyTime), { minLength: 1, maxLength: 30 }), (steps) => {
        const { shared, tabs } = twoTabs();
        /** The last text each tab wrote in each field, by path, and every text it wrote there. */
        const written = [new Map<string, string>(), new Map<string, string>()];
        const ever = [new Set<string>(), new Set<string>()];
        const added = new Set(tc.members.get(tc.a));
        for (const [next, at] of steps) {
          vi.setSystemTime(at);
          const tab = tabs[next.tab];
          if (next.kind === 'deliver') {
            tab.receive();
            continue;
          }
          const current = tab.record<Item>(id);
          if (next.kind === 'text') {
            tab.put(withText(current, next.field, next.text));
            written[next.tab]!.set(tc.texts[next.field]!.path, next.text);
            ever[next.tab]!.add(`${tc.texts[next.field]!.path} ${next.text}`);
          } else {
            const member = tc.members.candidates[next.member]!;
            if (tc.members.get(current).includes(member)) continue;
            tab.put({ ...tc.members.set(current, [...tc.members.get(current), member]), updatedAt: now() });
            added.add(member);
          }
        }
        settle(tabs);

        const reader = fresh(shared);
        const final = reader.record<Item>(id);
        // The same record in every tab, the members in the same order too.
        for (const tab of tabs) expect(tab.record(id)).toStrictEqual(final);
        expect(reader.record(tc.b.id)).toStrictEqual(tc.b);
        expect(reader.deleted(id)).toBe(false);
        expect(new Set(tc.members.get(final))).toEqual(added);
        const fields = toFields(final as Json);
        for (const { path } of tc.texts) {
          const mine = [written[0]!.get(path), written[1]!.get(path)];
          const texts = mine.filter((text) => text !== undefined);
          // Nobody's: as it was; one tab's: its last text; both tabs': one of their last texts, or
          // both merged (they changed apart stretches of one text, each without the other's).
          if (texts.length < 2) expect(fields[path], path).toBe(texts[0] ?? toFields(tc.a as Json)[path]);
          else if (!texts.every((text) => keeps(fields[path], text!))) expect(texts, path).toContain(fields[path]);
          // A text that lost is handed back, unless the field or a text the other tab had written
          // there holds all of it (the same text, or more: it went on typing).
          const heldBy = (index: number, text: string) =>
            [...ever[index]!].some((written) => written.startsWith(`${path} `) && keeps(written.slice(path.length + 1), text));
          mine.forEach((text, index) => {
            if (text === undefined || keeps(fields[path], text) || heldBy(1 - index, text)) return;
            expect(tabs[index]!.replaced, `${path}: tab ${index} wrote ${JSON.stringify(text)}`).toContainEqual(
              expect.objectContaining({ path, mine: text }),
            );
          });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every keystroke when two tabs type at the end of one text at the same moment, and hands nothing back', () => {
    const [title] = tc.texts as [(typeof tc.texts)[0]];
    const textOf = (record: Item) => toFields(record as Json)[title.path] as string;
    // Each tab its own letters: the same letter typed at one place by both, each without the
    // other's, cannot be told from one letter that both tabs have (the test below).
    const letters = [
      ['a', 'b'],
      ['c', 'é'],
    ] as const;
    const keystroke = fc.record({ tab: tabIndex, letter: fc.constantFrom(0, 1), deliver: fc.boolean() });
    fc.assert(
      fc.property(fc.array(keystroke, { minLength: 1, maxLength: 40 }), (keys) => {
        const { shared, tabs } = twoTabs();
        const start = textOf(tc.a);
        const typed = ['', ''];
        for (const { tab: index, letter, deliver } of keys) {
          const tab = tabs[index];
          const char = letters[index][letter];
          // Sometimes the other tab's last keystrokes have arrived, sometimes not yet.
          if (deliver) tab.receive();
          const current = tab.record<Item>(id);
          tab.type(title.set(current, textOf(current) + char));
          typed[index] += char;
        }
        settle(tabs);

        const final = textOf(fresh(shared).record<Item>(id));
        expect(final.length).toBe(start.length + typed[0]!.length + typed[1]!.length);
        for (const [index, tab] of tabs.entries()) {
          expect(keeps(final, start + typed[index]), `tab ${index}`).toBe(true);
          expect(textOf(tab.record<Item>(id))).toBe(final);
          expect(tab.replaced).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('keeps one letter when both tabs type the same letter at one place, each before hearing of the other’s', () => {
    const [title] = tc.texts as [(typeof tc.texts)[0]];
    const textOf = (record: Item) => toFields(record as Json)[title.path] as string;
    const { shared, tabs } = twoTabs();
    for (const tab of tabs) tab.type(title.set(tab.record<Item>(id), `${textOf(tc.a)}x`));
    settle(tabs);

    for (const tab of [...tabs, fresh(shared)]) expect(textOf(tab.record<Item>(id))).toBe(`${textOf(tc.a)}x`);
    expect([...tabs[0].replaced, ...tabs[1].replaced]).toEqual([]);
  });

  it('keeps both edits when two tabs edit different fields at the same moment', () => {
    const { shared, tabs } = twoTabs();
    const [one, other] = tabs;
    const [first, second] = tc.texts as [(typeof tc.texts)[0], (typeof tc.texts)[0]];

    one.put(first.set(one.record(id), 'Van tab een'));
    other.put(second.set(other.record(id), 'Van tab twee'));
    settle(tabs);

    const expected = second.set(first.set(tc.a, 'Van tab een'), 'Van tab twee');
    for (const tab of [one, other, fresh(shared)]) expect(tab.record(id)).toStrictEqual(expected);
    expect([...one.replaced, ...other.replaced]).toEqual([]);
  });

  it('hands the losing tab its text when two tabs change the same text at the same moment', () => {
    const { shared, tabs } = twoTabs();
    const [one, other] = tabs;
    const [title] = tc.texts;

    one.put(title!.set(one.record(id), 'Titel van tab een'));
    other.put(title!.set(other.record(id), 'Titel van tab twee'));
    settle(tabs);

    // Equal counters: the tab id decides, the same way in every tab.
    const winner = fresh(shared).record<Item>(id);
    expect(winner).toStrictEqual(title!.set(tc.a, 'Titel van tab twee'));
    expect(one.record(id)).toStrictEqual(winner);
    expect(one.replaced).toEqual([{ path: title!.path, mine: 'Titel van tab een', theirs: 'Titel van tab twee' }]);
    expect(other.replaced).toEqual([]);
  });

  it('keeps the record when a deletion is undone, whatever the clock says', () => {
    const { shared, tabs } = twoTabs();
    const [one, other] = tabs;

    vi.setSystemTime(new Date('2030-01-01T00:00:00.000Z'));
    const remembered = one.record<Item>(id);
    one.put(remembered, true);
    other.receive();
    expect(isTombstone(other.stamped(id))).toBe(true);
    vi.setSystemTime(new Date('2001-01-01T00:00:00.000Z'));
    one.put({ ...remembered, updatedAt: now() }, false);
    other.receive();

    for (const tab of [one, other, fresh(shared)]) {
      expect(tab.deleted(id)).toBe(false);
      expect(tab.record(id)).toStrictEqual({ ...tc.a, updatedAt: '2001-01-01T00:00:00.000Z' });
    }
  });

  it('lets a deletion win over an edit saved before it, even with the clock set back', () => {
    const { shared, tabs } = twoTabs();
    const [one, other] = tabs;

    vi.setSystemTime(new Date('2030-01-01T00:00:00.000Z'));
    other.put(withText(other.record(id), 0, 'Eerst bewerkt'));
    one.receive();
    vi.setSystemTime(new Date('2001-01-01T00:00:00.000Z'));
    one.put(one.record(id), true);
    other.receive();

    for (const tab of [one, other, fresh(shared)]) expect(tab.deleted(id)).toBe(true);
  });

  it('shows the members two tabs added at the same moment in the same order in every tab', () => {
    // Members added at the same moment can share a position ("chosen/=x": 1 in both tabs). An entry
    // stores the fields, positions as merged, so whoever reads it holds the same position under
    // the same stamp as the tab that made it, and every tab sorts the members the same way.
    const { shared, tabs } = twoTabs();
    const [one, other] = tabs;
    const [low, middle, high] = [...tc.members.candidates].sort() as [string, string, string];
    const add = (tab: Tab, member: string) => {
      const current = tab.record<Item>(id);
      tab.put(tc.members.set(current, [...tc.members.get(current), member]));
    };
    one.put(tc.members.set(one.record(id), []));
    other.receive();

    // One tab adds two members while the other adds a third: "low" and "high" share position 0.
    add(one, low);
    add(one, middle);
    add(other, high);
    one.receive();
    other.receive();

    const stored = tc.members.get(fresh(shared).record(id));
    expect(tc.members.get(other.record(id))).toEqual(stored);
    expect(tc.members.get(one.record(id))).toEqual(stored);
  });

  it('does not tell a tab that its text was replaced when another tab later edited a different field', () => {
    // Every edit sets updatedAt, a string but not a text the tool declares: the tab that edited
    // first is not handed back its old updatedAt as a replaced text.
    const { tabs } = twoTabs();
    const [one, other] = tabs;
    const [first, second] = tc.texts as [(typeof tc.texts)[0], (typeof tc.texts)[0]];

    one.put({ ...first.set(one.record(id), 'Eerst'), updatedAt: now() });
    other.receive();
    vi.setSystemTime(new Date('2026-11-25T14:31:00.000Z'));
    other.put({ ...second.set(other.record(id), 'Daarna, in een ander veld'), updatedAt: now() });
    one.receive();

    expect(one.replaced).toEqual([]);
  });
});
