/** The search page's state in the address (src/lib/search/query.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyFilters,
  filterNames,
  hasFilters,
  pagefindFilters,
  readSearchState,
  toggleFilter,
  queryWasCut,
  writeSearchState,
  type SearchState,
} from '../../src/lib/search/query';
import { MAX_QUERY_LENGTH } from '../../src/lib/limits';

const state = (q: string, filters: Partial<SearchState['filters']> = {}): SearchState => ({
  q,
  filters: { ...emptyFilters(), ...filters },
});

describe('readSearchState', () => {
  it('reads the query and every filter, with or without the leading "?"', () => {
    const expected = state('pesten', { soort: ['Interventietype'], doelgroep: ['ouders'] });
    expect(readSearchState('?q=pesten&soort=Interventietype&doelgroep=ouders')).toEqual(expected);
    expect(readSearchState('q=pesten&soort=Interventietype&doelgroep=ouders')).toEqual(expected);
  });

  it('gives an empty state for an empty address', () => {
    expect(readSearchState('')).toEqual(state(''));
    expect(readSearchState('?')).toEqual(state(''));
  });

  it('keeps every value of a repeated filter once, in the order of first appearance', () => {
    const read = readSearchState('?soort=Literatuur&soort=Interventietype&soort=Literatuur&domein=Energie&domein=Concentratie');
    expect(read.filters.soort).toEqual(['Literatuur', 'Interventietype']);
    expect(read.filters.domein).toEqual(['Energie', 'Concentratie']);
  });

  it('ignores empty filter values and unknown parameters', () => {
    expect(readSearchState('?soort=&soort=Databank&domein=&foo=bar&utm_source=x')).toEqual(state('', { soort: ['Databank'] }));
  });

  it('decodes percent-encoding and "+" as in a submitted form', () => {
    expect(readSearchState('?q=peer+mediators&domein=Omgaan%20met%20emoties').filters.domein).toEqual(['Omgaan met emoties']);
    expect(readSearchState('?q=peer+mediators').q).toBe('peer mediators');
    expect(readSearchState('?q=%E2%80%98nee%E2%80%99+zeggen').q).toBe('‘nee’ zeggen');
  });

  it('caps the query at MAX_QUERY_LENGTH (100) characters and says when it did', () => {
    expect(MAX_QUERY_LENGTH).toBe(100);
    expect(readSearchState(`?q=${'a'.repeat(250)}`).q).toBe('a'.repeat(100));
    expect(queryWasCut(`?q=${'a'.repeat(250)}`)).toBe(true);
    expect(readSearchState(`?q=${'b'.repeat(100)}`).q).toHaveLength(100);
    expect(queryWasCut(`?q=${'b'.repeat(100)}`)).toBe(false);
    expect(readSearchState(`?q=${'c'.repeat(99)}`).q).toHaveLength(99);
    expect(queryWasCut('?q=pesten')).toBe(false);
  });

  it('never cuts a character in half', () => {
    const q = readSearchState(`?q=${encodeURIComponent(`${'a'.repeat(99)}😀b`)}`).q;
    expect(q).toBe('a'.repeat(99));
  });

  it('takes the first q when there are several', () => {
    expect(readSearchState('?q=eerste&q=tweede').q).toBe('eerste');
  });
});

describe('writeSearchState', () => {
  it('writes the query and the filters in a fixed order', () => {
    expect(writeSearchState(state('pesten', { doelgroep: ['ouders'], soort: ['Interventietype'] }))).toBe(
      '?q=pesten&soort=Interventietype&doelgroep=ouders',
    );
  });

  it('writes an empty state as ""', () => {
    expect(writeSearchState(state(''))).toBe('');
  });

  it('trims the query and leaves out a query of only spaces', () => {
    expect(writeSearchState(state('  pesten  '))).toBe('?q=pesten');
    expect(writeSearchState(state(' \t\n '))).toBe('');
    expect(writeSearchState(state('   ', { soort: ['Literatuur'] }))).toBe('?soort=Literatuur');
  });

  it('repeats a filter once per value', () => {
    expect(writeSearchState(state('x', { domein: ['Energie', 'Concentratie'] }))).toBe('?q=x&domein=Energie&domein=Concentratie');
  });

  it('encodes spaces, quotes and ampersands so they read back unchanged', () => {
    const written = writeSearchState(state('a & b = ‘c’?', { domein: ["Gevoel van eigen kunnen ('self-efficacy')"] }));
    expect(written).not.toContain(' ');
    expect(written.split('&')).toHaveLength(2);
    expect(readSearchState(written)).toEqual(state('a & b = ‘c’?', { domein: ["Gevoel van eigen kunnen ('self-efficacy')"] }));
  });
});

describe('round trip', () => {
  it('reads back what it writes, with repeated filter values kept once', () => {
    const written = writeSearchState(
      state(' pesten ', { soort: ['Interventietype', 'Literatuur', 'Interventietype'], doelgroep: ['ouders'] }),
    );
    expect(readSearchState(written)).toEqual(state('pesten', { soort: ['Interventietype', 'Literatuur'], doelgroep: ['ouders'] }));
  });

  it('reads back any state: the query trimmed and capped at 100, filter values once each', () => {
    const values = fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 5 });
    fc.assert(
      fc.property(fc.string({ maxLength: 260 }), values, values, values, (q, soort, domein, doelgroep) => {
        const read = readSearchState(writeSearchState({ q, filters: { soort, domein, doelgroep } }));
        expect(read.q).toBe(q.trim().slice(0, MAX_QUERY_LENGTH).trim());
        expect(read.filters).toEqual({ soort: [...new Set(soort)], domein: [...new Set(domein)], doelgroep: [...new Set(doelgroep)] });
      }),
      { numRuns: 300 },
    );
  });

  it('writes what it reads back unchanged for a normalised state', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: MAX_QUERY_LENGTH }).map((q) => q.trim()),
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 4 }),
        (q, soort) => {
          const original = state(q, { soort });
          expect(readSearchState(writeSearchState(original))).toEqual(original);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('pagefindFilters', () => {
  it('leaves filters without a chosen value out', () => {
    expect(pagefindFilters(emptyFilters())).toEqual({});
    expect(pagefindFilters({ soort: ['Interventietype'], domein: [], doelgroep: ['ouders', 'leerkrachten'] })).toEqual({
      soort: { any: ['Interventietype'] },
      doelgroep: { any: ['ouders', 'leerkrachten'] },
    });
    expect(Object.keys(pagefindFilters({ soort: [], domein: ['Energie'], doelgroep: [] }))).toEqual(['domein']);
  });

  it('copies the values, so changing the result leaves the state alone', () => {
    const filters = { ...emptyFilters(), soort: ['Literatuur'] };
    const result = pagefindFilters(filters);
    result.soort?.any.push('Databank');
    expect(filters.soort).toEqual(['Literatuur']);
  });
});

describe('toggleFilter', () => {
  it('adds a value when switched on, at the end, once', () => {
    const one = toggleFilter(emptyFilters(), 'soort', 'Interventietype', true);
    expect(one).toEqual({ ...emptyFilters(), soort: ['Interventietype'] });
    const two = toggleFilter(one, 'soort', 'Literatuur', true);
    expect(two.soort).toEqual(['Interventietype', 'Literatuur']);
    expect(toggleFilter(two, 'soort', 'Interventietype', true).soort).toEqual(['Literatuur', 'Interventietype']);
  });

  it('removes a value when switched off, and does nothing for a value that is not there', () => {
    const filters = { ...emptyFilters(), domein: ['Energie', 'Concentratie'] };
    expect(toggleFilter(filters, 'domein', 'Energie', false).domein).toEqual(['Concentratie']);
    expect(toggleFilter(filters, 'domein', 'Motivatie voor school', false).domein).toEqual(['Energie', 'Concentratie']);
  });

  it('leaves the other filters and the original object unchanged', () => {
    const filters = { soort: ['Literatuur'], domein: ['Energie'], doelgroep: ['ouders'] };
    const copy = structuredClone(filters);
    const result = toggleFilter(filters, 'domein', 'Concentratie', true);
    expect(filters).toEqual(copy);
    expect(result.soort).toEqual(['Literatuur']);
    expect(result.doelgroep).toEqual(['ouders']);
    expect(result).not.toBe(filters);
  });

  it('on then off gives back the filters without that value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...filterNames),
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 4 }),
        fc.string({ minLength: 1, maxLength: 8 }),
        (name, values, value) => {
          const filters = { ...emptyFilters(), [name]: values };
          const off = toggleFilter(toggleFilter(filters, name, value, true), name, value, false);
          expect(off[name]).toEqual(values.filter((item) => item !== value));
        },
      ),
    );
  });
});

describe('hasFilters', () => {
  it('is false only when no filter has a value', () => {
    expect(hasFilters(emptyFilters())).toBe(false);
    for (const name of filterNames) expect(hasFilters({ ...emptyFilters(), [name]: ['x'] }), name).toBe(true);
  });

  it('ignores the query', () => {
    expect(hasFilters(readSearchState('?q=pesten').filters)).toBe(false);
    expect(hasFilters(readSearchState('?doelgroep=ouders').filters)).toBe(true);
  });
});

describe('emptyFilters', () => {
  it('gives a fresh object each time', () => {
    const first = emptyFilters();
    first.soort.push('x');
    expect(emptyFilters()).toEqual({ soort: [], domein: [], doelgroep: [] });
  });
});
