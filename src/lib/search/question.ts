/**
 * A search query as a teacher types it ("heeft geen vrienden", "hoe ga ik om met een angstige
 * leerling") turned into the words worth searching for: normalised, without Dutch stop words and
 * words of one or two letters, capped. Also: which smaller sets of words to try when no page holds
 * them all, whether a Pagefind match is a real match of a word, and which domains a query names.
 * Pure functions; src/lib/search/run.ts drives Pagefind with them.
 */
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from '../limits';

/**
 * Dutch function words and light verbs that say nothing about a page ("hoe", "de", "heeft",
 * "niet"), plus the words that stand on nearly every page of this site ("leerling", "kind"), so
 * they do not decide which pages match. Lower case, without diacritics.
 */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'aan al alle alles als altijd ander andere anders ben bij daar dan dat de der deze die dit doch doe doen doet door dus ' +
    'een eens en er erg ga gaan gaat geen geweest had heb hebben heeft heel hem het hier hij hoe hun iemand iets ik in is ' +
    'ja je jij jou jouw kan kom komen komt kon kunnen lijkt maar me meer men met mij mijn moet moeten na naar niet niets ' +
    'nog nu of om omdat onder ons ook op over te tegen toch toen tot u uit uw van veel via voor vaak want waren was wat ' +
    'we wel welke werd wie wij wil willen worden wordt zal ze zeer zich zij zijn zit zitten zo zonder zou zulke ' +
    'nergens niemand niks nooit soms steeds echt gewoon even lukt lukken ' +
    'kind kinderen leerling leerlingen'
  ).split(' '),
);

/** Words shorter than this are left out: Pagefind would match them as prefixes of many words. */
export const MIN_WORD_LENGTH = 3;

/** Lower case, without diacritics, letters and digits only ("Gevoel's" → "gevoels"). */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('nl')
    .replace(/[^\p{L}\p{N}-]/gu, '')
    .replace(/^-+|-+$/g, '');
}

/** The words of a text, normalised, in order ("Sociaal-emotionele vaardigheden?" → two words). */
export function wordsOf(text: string): string[] {
  return text
    .split(/[\s,.;:!?¿¡"“”‘’'()[\]{}<>/\\|=+*&^%$#@~`]+/u)
    .map(normaliseWord)
    .filter(Boolean);
}

/**
 * A query capped at MAX_QUERY_LENGTH characters, counted as the field's maxlength counts them
 * (UTF-16 code units, never half a character), and whether it was cut.
 */
export function capQuery(text: string): { q: string; cut: boolean } {
  if (text.length <= MAX_QUERY_LENGTH) return { q: text, cut: false };
  const q = text.slice(0, MAX_QUERY_LENGTH);
  return { q: /[\uD800-\uDBFF]$/.test(q) ? q.slice(0, -1) : q, cut: true };
}

export interface PreparedQuery {
  /** The words to search for, in the order typed, each once (at most MAX_QUERY_WORDS). */
  words: string[];
  /** Meaningful words beyond the cap, left out of the search. */
  overLimit: string[];
}

/** Whether a (normalised) word says something about a page: not a stop word, at least three letters. */
export function isMeaningful(word: string): boolean {
  return [...word].length >= MIN_WORD_LENGTH && !stopWords.has(word);
}

/**
 * The words of a query worth searching for. When a query holds only stop words ("wat doe je"),
 * its words of three letters or more are used as they are, so a search still says what it found.
 */
export function prepareQuery(query: string): PreparedQuery {
  const all = [...new Set(wordsOf(capQuery(query).q))];
  const meaningful = all.filter(isMeaningful);
  const words = meaningful.length ? meaningful : all.filter((word) => [...word].length >= MIN_WORD_LENGTH);
  return { words: words.slice(0, MAX_QUERY_WORDS), overLimit: words.slice(MAX_QUERY_WORDS) };
}

/** Every subset of `words` with exactly `size` words, in the order of the words (k-combinations). */
export function subsetsOfSize<T>(words: readonly T[], size: number): T[][] {
  if (size <= 0 || size > words.length) return size === 0 ? [[]] : [];
  const result: T[][] = [];
  const pick = (start: number, chosen: T[]) => {
    if (chosen.length === size) {
      result.push([...chosen]);
      return;
    }
    for (let index = start; index <= words.length - (size - chosen.length); index++) {
      chosen.push(words[index] as T);
      pick(index + 1, chosen);
      chosen.pop();
    }
  };
  pick(0, []);
  return result;
}

function commonPrefix(left: readonly string[], right: readonly string[]): number {
  let length = 0;
  while (length < left.length && length < right.length && left[length] === right[length]) length++;
  return length;
}

/**
 * Whether Pagefind really matched `word`, judged by the words it matched on a page. Pagefind's
 * own matching is loose: when no indexed word starts with the searched word, it falls back to the
 * longest indexed word the searched word starts with ("ongemotiveerd" matches "on" and "ons",
 * "aaaaaaaaaa" matches "a"), and a long word also matches parts of it ("weerbaarheid" matches
 * "weer" and "weergave", "zin" matches "gezin"). A matched word counts when
 * - it starts with the whole searched word ("pest" → "pesten"), for a word of three or four
 *   letters with at most four letters more ("moe" → "moeder" counts, "moe" → "moeilijk" not);
 * - it is the first part of the searched word and has five letters or more ("woedeuitbarsting"
 *   → "woede", "prestatiedruk" → "prestatie"; not "ons", "weer" or "a");
 * - otherwise, it shares the first four letters or more with the searched word, and at least two
 *   thirds of the shorter of the two ("spijbelt" → "spijbelen", "huilt" → "huilen"; not
 *   "weerbaarheid" → "weergave").
 * With `emptyCounts`, a page without matched words counts (there is nothing to judge).
 */
export function isRealMatch(word: string, matched: readonly string[], emptyCounts = true): boolean {
  const searched = [...normaliseWord(word)];
  const words = matched.flatMap(wordsOf);
  if (words.length === 0) return emptyCounts;
  return words.some((text) => {
    const candidate = [...text];
    const shared = commonPrefix(candidate, searched);
    if (shared === searched.length) return searched.length >= 5 || candidate.length - searched.length <= 4;
    if (shared === candidate.length) return candidate.length >= 5;
    return shared >= 4 && shared * 3 >= Math.min(candidate.length, searched.length) * 2;
  });
}

const suffixes = ['heden', 'heid', 'ingen', 'aties', 'atie', 'eren', 'ing', 'ige', 'ig', 'en', 'es', 'e', 's', 't', 'd'];

/**
 * A rough stem for comparing a query with a domain's terms: "spijbelt" and "spijbelen",
 * "concentreren" and "concentratie", "gepest" and "pesten" get the same stem. Only used to compare
 * two words with each other, never shown.
 */
export function roughStem(word: string): string {
  let stem = normaliseWord(word);
  if (stem.startsWith('ge') && [...stem].length >= 6) stem = stem.slice(2);
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of suffixes) {
      if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) {
        stem = stem.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  return stem;
}

/** The meaningful words of a term, as rough stems ("niet lekker in je vel" → lekker, vel). */
export function termStems(term: string): string[] {
  const words = wordsOf(term);
  const meaningful = words.filter(isMeaningful);
  return (meaningful.length ? meaningful : words).map(roughStem);
}

export interface DomainTerms<D> {
  domain: D;
  /** The domain's label, short label, everyday words and search terms. */
  terms: readonly string[];
}

/**
 * The domains whose terms a query names: a term matches when all its meaningful words are in the
 * query ("heeft geen vrienden" names a domain with the term "vrienden"). Best first: the domain
 * whose matching term has the most words, then in the given order; at most `limit`.
 */
export function matchDomains<D>(query: string, domains: readonly DomainTerms<D>[], limit = 2): D[] {
  const asked = new Set(prepareQuery(query).words.map(roughStem));
  if (!asked.size) return [];
  const scored = domains.flatMap((entry, order) => {
    const score = Math.max(
      0,
      ...entry.terms.map((term) => {
        const stems = termStems(term);
        return stems.length > 0 && stems.every((stem) => asked.has(stem)) ? stems.length : 0;
      }),
    );
    return score > 0 ? [{ domain: entry.domain, score, order }] : [];
  });
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.domain);
}
