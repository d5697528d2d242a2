/**
 * Runs a teacher's query against Pagefind (or anything with the same `search`):
 *
 * 1. The meaningful words of the query (prepareQuery) are searched together.
 * 2. Pagefind's own matching is loose: a word it finds nowhere is dropped from a multi-word
 *    query; a word no indexed word starts with falls back to the longest indexed word it starts
 *    with ("ongemotiveerd" matches "on"); and a long word also matches parts of it ("weerbaarheid"
 *    matches "weer" and "weergave"). So each result is checked: the words Pagefind matched on the
 *    page (its `locations` in its text) or the page's search terms (its metadata, which has no
 *    locations) must include a real match of every searched word (isRealMatch). Only the best
 *    MAX_CHECKED results of a search are checked and kept.
 *    Whether a word is found at all is asked first, of each word alone: its results are checked a
 *    few at a time, best first, and the check stops at the first page that really matches, since
 *    each check loads that page's record (Pagefind's fragment) over the network.
 * 3. Words that no page really matches are left out ("Niet gevonden"). When no page answers all
 *    other words, the pages that answer the most of them follow, best score first, and the page
 *    says so. When fewer than FEW_RESULTS pages answer all words, the pages that answer all but
 *    one follow, as "part of your words".
 */
import { isRealMatch, prepareQuery, subsetsOfSize } from './question';
import { termsOf } from './terms';

export interface RunnerResult<D> {
  id: string;
  score: number;
  data: () => Promise<D>;
}

export interface RunnerSearch<D> {
  results: RunnerResult<D>[];
  filters: Record<string, Record<string, number>>;
}

/** The part of the Pagefind API the runner uses. */
export interface Searcher<D> {
  search: (term: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<RunnerSearch<D> | null>;
}

/** What the runner reads from a result's data: its text, where Pagefind matched in it, and its metadata. */
export interface MatchData {
  raw_content?: string;
  content: string;
  locations: number[];
  /** The page's search terms are here, not in its text (src/lib/search/terms.ts). */
  meta?: Readonly<Record<string, string | undefined>>;
}

export interface QuestionOutcome<D> {
  /** Pages that answer the found words, then (when few) pages that answer part of them. */
  results: RunnerResult<D>[];
  /** How many of `results` come first (all found words, or as many as any page has); the rest answer fewer. */
  full: number;
  /** Filter counts of the search for the found words. */
  filters: Record<string, Record<string, number>>;
  /** Meaningful words that some page really matches. */
  found: string[];
  /** Meaningful words that no page really matches: left out. */
  notFound: string[];
  /** Meaningful words beyond MAX_QUERY_WORDS: not searched. */
  overLimit: string[];
  /** Whether no page holds all found words, so every result has only part of them. */
  notTogether: boolean;
}

/** Fewer full answers than this, and pages that answer part of the words follow. */
export const FEW_RESULTS = 3;
/** Results of one search that are checked (and can be shown); the rest are of little use. */
export const MAX_CHECKED = 50;
/**
 * Results checked at once when asking whether a word is found: the best result nearly always
 * matches, and a word Pagefind only matches by a fallback fails on all of them, so a few at a time
 * loads little for the first and costs few round trips for the second.
 */
export const EXISTS_BATCH = 4;

/** The words of a page that Pagefind matched, read from its text at the matched locations. */
export function matchedWords(data: MatchData): string[] {
  const text = data.raw_content ?? data.content;
  const words = text.includes('\u200B') ? text.split('\u200B') : text.split(/[^\S\uFEFF]+/g);
  return data.locations.map((location) => words[location] ?? '').filter(Boolean);
}

export async function runQuestion<D extends MatchData>(
  searcher: Searcher<D>,
  query: string,
  filters: Record<string, { any: string[] }>,
): Promise<QuestionOutcome<D>> {
  const { words, overLimit } = prepareQuery(query);

  const searches = new Map<string, { results: RunnerResult<D>[]; filters: RunnerSearch<D>['filters'] }>();
  /** The results of a search for the set that Pagefind would show: the best MAX_CHECKED. */
  const candidatesOf = async (set: string[]) => {
    const search = await searcher.search(set.join(' '), { filters });
    return { candidates: (search?.results ?? []).slice(0, MAX_CHECKED), filters: search?.filters ?? {} };
  };
  /** Whether the page of `result` really answers every word of the set. */
  const answers = async (result: RunnerResult<D>, set: string[]) => {
    const data = await result.data();
    const matched = [...matchedWords(data), ...termsOf(data.meta)];
    return set.every((word) => isRealMatch(word, matched, false));
  };
  /** Pages that really answer every word of the set, in Pagefind's order for the set. */
  const answer = async (set: string[]) => {
    const term = set.join(' ');
    let known = searches.get(term);
    if (!known) {
      const { candidates, filters: counts } = await candidatesOf(set);
      const checked = await Promise.all(candidates.map(async (result) => ((await answers(result, set)) ? result : null)));
      known = { results: checked.filter((result) => result !== null), filters: counts };
      searches.set(term, known);
    }
    return known;
  };
  /** Whether some page really answers `word`: the best results first, EXISTS_BATCH at a time, up to the first that does. */
  const isFound = async (word: string) => {
    const known = searches.get(word);
    if (known) return known.results.length > 0;
    const { candidates } = await candidatesOf([word]);
    for (let start = 0; start < candidates.length; start += EXISTS_BATCH) {
      const checked = await Promise.all(candidates.slice(start, start + EXISTS_BATCH).map((result) => answers(result, [word])));
      if (checked.some(Boolean)) return true;
    }
    return false;
  };
  /** Pages that answer some set of `size` words, best score first (each page once), and the best set's filter counts. */
  const answersOfSize = async (size: number) => {
    const byPage = new Map<string, RunnerResult<D>>();
    let filterCounts: RunnerSearch<D>['filters'] = {};
    let top = -1;
    for (const set of subsetsOfSize(found, size)) {
      const answered = await answer(set);
      for (const result of answered.results) {
        const known = byPage.get(result.id);
        if (!known || known.score < result.score) byPage.set(result.id, result);
      }
      const score = answered.results[0]?.score ?? -1;
      if (score > top) {
        top = score;
        filterCounts = answered.filters;
      }
    }
    return { results: [...byPage.values()].sort((a, b) => b.score - a.score), filters: filterCounts };
  };

  const found: string[] = [];
  for (const word of words) if (await isFound(word)) found.push(word);
  const notFound = words.filter((word) => !found.includes(word));
  if (!found.length) return { results: [], full: 0, filters: {}, found, notFound, overLimit, notTogether: false };

  const all = await answer(found);
  if (all.results.length) {
    const results = [...all.results];
    if (results.length < FEW_RESULTS && found.length > 1) {
      const seen = new Set(results.map((result) => result.id));
      results.push(...(await answersOfSize(found.length - 1)).results.filter((result) => !seen.has(result.id)));
    }
    return { results, full: all.results.length, filters: all.filters, found, notFound, overLimit, notTogether: false };
  }
  for (let size = found.length - 1; size > 0; size--) {
    const some = await answersOfSize(size);
    if (some.results.length) {
      return { results: some.results, full: some.results.length, filters: some.filters, found, notFound, overLimit, notTogether: true };
    }
  }
  return { results: [], full: 0, filters: {}, found, notFound, overLimit, notTogether: false };
}
