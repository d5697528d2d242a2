/**
 * Which pages a query finds, asked of the built index (dist/pagefind/) through the search page's
 * own runner (src/lib/search/run.ts) with the search page's Pagefind options: the order of these
 * results is the order of the result list on /zoeken/ (tests/browser/search.test.ts shows that the
 * page lists them so). Ranking is a property of the index and the runner, not of a browser, so the
 * query tables run here, a few milliseconds a query. Run `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQuestion } from '../../src/lib/search/run';
import { distDir } from '../support/paths';
import { openPagefind, type OpenPagefind } from '../support/pagefind-node';
import {
  domainPath,
  domains,
  heldOutTable,
  interventions,
  queryTable,
  teacherTable,
  typePath,
  type Expectation,
} from '../support/search-tables';

/** The results the search page shows first (its PAGE_SIZE), as site paths in order. */
const SHOWN = 10;

let open: OpenPagefind | undefined;
beforeAll(async () => {
  open = await openPagefind(distDir);
});
afterAll(() => open?.close());

/** The paths of the first results the search page would show for `query`, and how many there are. */
async function search(query: string): Promise<{ paths: string[]; count: number }> {
  if (!open) throw new Error('Pagefind did not start (see beforeAll).');
  const outcome = await runQuestion(open.pagefind, query, {});
  const shown = await Promise.all(outcome.results.slice(0, SHOWN).map((result) => result.data()));
  return { paths: shown.map((data) => data.url), count: outcome.results.length };
}

/**
 * One test per query of a table, then a printed table of ranks. Every row must have its page in
 * the top 3, unless `minimumInTop3` is given: a held-out table measures how far the rule for
 * search terms reaches, so it asserts how many rows do (the number measured when the terms last
 * changed, which may only go up) and prints the others.
 */
function describeQueryTable(title: string, table: readonly Expectation[], minimumRows: number, minimumInTop3?: number) {
  describe(title, () => {
    const queries = [...new Set(table.map((row) => row.query))];
    const found = new Map<string, { paths: string[]; count: number }>();

    const name = minimumInTop3 === undefined ? '"%s" finds its expected pages in the top 3' : '"%s" is searched';
    it.for(queries)(name, async (query, { expect }) => {
      const result = await search(query);
      found.set(query, result);
      expect(result.count, 'results').toBeGreaterThan(0);
      if (minimumInTop3 !== undefined) return;
      for (const row of table.filter((candidate) => candidate.query === query)) {
        const rank = result.paths.indexOf(row.expected) + 1;
        const where = `${row.expected} (${row.what}); top 3: ${result.paths.slice(0, 3).join(', ') || 'none'}`;
        expect.soft(rank, where).toBeGreaterThan(0);
        expect.soft(rank, where).toBeLessThanOrEqual(3);
      }
    });

    it('the table covers every kind of query (printed for the record)', () => {
      const rows = table.map((row) => {
        const result = found.get(row.query);
        const rank = (result?.paths.indexOf(row.expected) ?? -1) + 1;
        return { ...row, rank, count: result?.count ?? 0, top: (result?.paths ?? []).slice(0, 3) };
      });
      const printed = [
        '| query | expected | rank | results | top 3 |',
        '|---|---|---|---|---|',
        ...rows.map((row) => `| ${row.query} | ${row.expected} | ${row.rank || '–'} | ${row.count} | ${row.top.join(', ')} |`),
      ].join('\n');
      console.log(`${title} (${rows.length} rows, ${queries.length} queries):\n${printed}`);
      expect(table.length).toBeGreaterThanOrEqual(minimumRows);
      expect(
        queries.filter((query) => !found.has(query)),
        'queries whose test did not finish',
      ).toEqual([]);
      if (minimumInTop3 !== undefined) {
        const inTop3 = rows.filter((row) => row.rank > 0 && row.rank <= 3).length;
        console.log(`${title}: ${inTop3} of ${rows.length} rows have their page in the top 3`);
        expect(inTop3, 'rows with their page in the top 3').toBeGreaterThanOrEqual(minimumInTop3);
      }
    });
  });
}

describeQueryTable('a. what a query finds', queryTable, 22);

describeQueryTable("a2. a teacher's own words", teacherTable, 40);

describe("a2. the teacher table's coverage", () => {
  it('has every domain and every intervention type', () => {
    const expected = new Set(teacherTable.map((row) => row.expected));
    expect(domains.map((entry) => domainPath(entry.id)).filter((path) => !expected.has(path))).toEqual([]);
    expect(interventions.map((type) => typePath(type.id)).filter((path) => !expected.has(path))).toEqual([]);
  });
});

describeQueryTable('a3. held out: other forms, life events, moods', heldOutTable, 20, 23);

describe('a3. the held-out table is new', () => {
  it('repeats no query of the other tables', () => {
    const earlier = new Set([...queryTable, ...teacherTable].map((row) => row.query.toLocaleLowerCase('nl')));
    expect(heldOutTable.filter((row) => earlier.has(row.query.toLocaleLowerCase('nl'))).map((row) => row.query)).toEqual([]);
  });
});
