import { describe, expect, it } from 'vitest';
import { changeBetween, changeSummary, compareScans, orderForComparison, type Change } from '../../src/lib/scan/compare';
import { ratings, type Rating } from '../../src/lib/scan/ratings';
import { domain, domains, exampleScan, ratedScan } from '../fixtures/scan-examples';

describe('changeBetween', () => {
  const answers: (Rating | null)[] = [...ratings, null];
  const expected: Record<string, Change> = {
    'geen→geen': 'gelijk',
    'geen→enige': 'meer',
    'geen→grote': 'meer',
    'enige→geen': 'minder',
    'enige→enige': 'gelijk',
    'enige→grote': 'meer',
    'grote→geen': 'minder',
    'grote→enige': 'minder',
    'grote→grote': 'gelijk',
  };

  it.each(answers.flatMap((before) => answers.map((after) => [before, after] as const)))(
    'names the change from %s to %s',
    (before, after) => {
      const key = `${before}→${after}`;
      expect(changeBetween(before, after)).toBe(expected[key] ?? 'onbekend');
    },
  );

  it('cannot compare with "Weet ik niet", even to itself', () => {
    expect(changeBetween('onbekend', 'onbekend')).toBe('onbekend');
    expect(changeBetween('onbekend', 'grote')).toBe('onbekend');
    expect(changeBetween('geen', null)).toBe('onbekend');
  });
});

describe('orderForComparison', () => {
  it('puts the oldest first and groups on the same date by title, without changing the input', () => {
    const input = [
      exampleScan({ id: 'c', date: '2027-03-01', title: 'Groep 7' }),
      exampleScan({ id: 'b', date: '2026-11-25', title: 'Groep 8' }),
      exampleScan({ id: 'a', date: '2026-11-25', title: 'Groep 6' }),
      exampleScan({ id: 'd', date: '2026-09-01', title: 'Zomer' }),
    ];

    expect(orderForComparison(input).map((scan) => scan.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(input.map((scan) => scan.id)).toEqual(['c', 'b', 'a', 'd']);
  });
});

describe('compareScans', () => {
  const september = ratedScan({ energie: 'geen', motivatie: 'grote', concentratie: 'enige' }, { id: 'sep' });
  const november = ratedScan({ energie: 'enige', motivatie: 'enige', concentratie: 'onbekend' }, { id: 'nov' });
  const march = ratedScan({ energie: 'grote', motivatie: 'geen', concentratie: 'enige' }, { id: 'mar' });

  it('has a row per domain in source order, with one cell per scan', () => {
    const rows = compareScans([september, november, march], domains);

    expect(rows.map((row) => row.domain.id)).toEqual(domains.map((d) => d.id));
    for (const row of rows) expect(row.cells.map((cell) => cell.scanId)).toEqual(['sep', 'nov', 'mar']);
  });

  it('compares each cell with the column before it and the first column with the last', () => {
    const rows = compareScans([september, november, march], domains);
    const row = (id: string) => rows.find((r) => r.domain.id === id);

    expect(row('energie')?.cells).toEqual([
      { scanId: 'sep', rating: 'geen' },
      { scanId: 'nov', rating: 'enige', change: 'meer' },
      { scanId: 'mar', rating: 'grote', change: 'meer' },
    ]);
    expect(row('energie')?.overall).toBe('meer');
    expect(row('motivatie')?.cells.map((cell) => cell.change)).toEqual([undefined, 'minder', 'minder']);
    expect(row('motivatie')?.overall).toBe('minder');
    // "Weet ik niet" in the middle: not comparable with its neighbours, but first and last are.
    expect(row('concentratie')?.cells.map((cell) => cell.change)).toEqual([undefined, 'onbekend', 'onbekend']);
    expect(row('concentratie')?.overall).toBe('gelijk');
    expect(row('aanwezigheid')?.overall).toBe('onbekend');
  });

  it('has no change in the first column', () => {
    const [first] = compareScans([september, november], [domain('energie')]);

    expect(first?.cells[0]).not.toHaveProperty('change');
  });

  it('treats a domain missing from a scan as unanswered', () => {
    const old = ratedScan({ energie: 'enige' }, { id: 'old' });
    delete old.domains.energie;

    const [row] = compareScans([old, ratedScan({ energie: 'enige' })], [domain('energie')]);

    expect(row?.cells[0]?.rating).toBeNull();
    expect(row?.overall).toBe('onbekend');
  });
});

describe('changeSummary', () => {
  it('counts the domains per overall change', () => {
    const first = ratedScan({ energie: 'geen', motivatie: 'grote', concentratie: 'enige', aanwezigheid: 'geen' });
    const last = ratedScan({ energie: 'grote', motivatie: 'geen', concentratie: 'enige', aanwezigheid: 'enige' });

    const summary = changeSummary(compareScans([first, last], domains));

    // 2 more, 1 less, 1 the same; every other domain is not answered in either scan.
    expect(summary).toEqual({ meer: 2, minder: 1, gelijk: 1, onbekend: domains.length - 4 });
  });

  it('is all zero for no rows', () => {
    expect(changeSummary([])).toEqual({ meer: 0, minder: 0, gelijk: 0, onbekend: 0 });
  });
});
