/** A teacher's query turned into words to search for, and the search over them (src/lib/search/question.ts, run.ts). */
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from '../../src/lib/limits';
import {
  capQuery,
  isMeaningful,
  isRealMatch,
  matchDomains,
  normaliseWord,
  prepareQuery,
  roughStem,
  stopWords,
  subsetsOfSize,
  wordsOf,
} from '../../src/lib/search/question';
import { EXISTS_BATCH, matchedWords, runQuestion, type MatchData, type RunnerResult, type Searcher } from '../../src/lib/search/run';
import { TERMS_META } from '../../src/lib/search/terms';

describe('words of a query', () => {
  it('normalises case, diacritics and punctuation', () => {
    expect(normaliseWord('Ideeën')).toBe('ideeen');
    expect(wordsOf('Hoe ga ik om met een "angstige" leerling?')).toEqual(['hoe', 'ga', 'ik', 'om', 'met', 'een', 'angstige', 'leerling']);
    expect(wordsOf('sociaal-emotionele vaardigheden')).toEqual(['sociaal-emotionele', 'vaardigheden']);
  });

  it('drops Dutch stop words, words of one or two letters and words on every page', () => {
    expect(prepareQuery('hoe ga ik om met een angstige leerling').words).toEqual(['angstige']);
    expect(prepareQuery('heeft geen vrienden').words).toEqual(['vrienden']);
    expect(prepareQuery('niet lekker in zijn vel').words).toEqual(['lekker', 'vel']);
    expect(prepareQuery('a b cd ruzie').words).toEqual(['ruzie']);
    for (const word of ['de', 'het', 'een', 'niet', 'geen', 'heeft', 'wat', 'hoe', 'leerling'])
      expect(stopWords.has(word), word).toBe(true);
    expect(isMeaningful('pesten')).toBe(true);
    expect(isMeaningful('op')).toBe(false);
  });

  it('keeps each word once, in the order typed', () => {
    expect(prepareQuery('pesten Pesten ruzie pesten').words).toEqual(['pesten', 'ruzie']);
  });

  it('falls back to the words themselves when a query holds only stop words', () => {
    expect(prepareQuery('wat doe je').words).toEqual(['wat', 'doe']);
    expect(prepareQuery('ik').words).toEqual([]);
  });

  it(`searches at most ${MAX_QUERY_WORDS} words and names the rest`, () => {
    const query = 'een twee drie vier vijf zes zeven acht';
    const prepared = prepareQuery(query.replace('een ', 'eenn '));
    expect(prepared.words).toHaveLength(MAX_QUERY_WORDS);
    expect(prepared.overLimit).toEqual(['zeven', 'acht']);
  });
});

describe('capQuery', () => {
  it(`cuts a query at ${MAX_QUERY_LENGTH} characters and says so`, () => {
    expect(capQuery('pesten')).toEqual({ q: 'pesten', cut: false });
    expect(capQuery('x'.repeat(MAX_QUERY_LENGTH))).toEqual({ q: 'x'.repeat(MAX_QUERY_LENGTH), cut: false });
    expect(capQuery('x'.repeat(10_000))).toEqual({ q: 'x'.repeat(MAX_QUERY_LENGTH), cut: true });
  });

  it('never cuts a character in half', () => {
    const { q, cut } = capQuery(`${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀`);
    expect(cut).toBe(true);
    expect(q).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
  });

  it('caps before the words are taken', () => {
    expect(prepareQuery(`${'x'.repeat(MAX_QUERY_LENGTH - 2)} pesten`).words).toEqual(['x'.repeat(MAX_QUERY_LENGTH - 2)]);
  });
});

describe('subsetsOfSize', () => {
  it('gives every set of that size, in the order of the words', () => {
    expect(subsetsOfSize(['a', 'b', 'c'], 2)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    expect(subsetsOfSize(['a', 'b', 'c'], 3)).toEqual([['a', 'b', 'c']]);
    expect(subsetsOfSize(['a', 'b'], 3)).toEqual([]);
    expect(subsetsOfSize(['a', 'b', 'c', 'd', 'e', 'f'], 3)).toHaveLength(20);
  });
});

describe('isRealMatch', () => {
  it('rejects Pagefind’s fallback to a short word the searched word starts with', () => {
    expect(isRealMatch('ongemotiveerd', ['on', 'ons'])).toBe(false);
    expect(isRealMatch('aaaaaaaaaa', ['a'])).toBe(false);
    expect(isRealMatch('weerbaarheid', ['weer', 'weergave'])).toBe(false);
    expect(isRealMatch('zin', ['gezin'])).toBe(false);
  });

  it('accepts the word, its inflections and the first part of a compound of five letters or more', () => {
    expect(isRealMatch('gepest', ['gepest'])).toBe(true);
    expect(isRealMatch('spijbelt', ['spijbelen'])).toBe(true);
    expect(isRealMatch('pest', ['pesten'])).toBe(true);
    expect(isRealMatch('huilt', ['huilen'])).toBe(true);
    expect(isRealMatch('woedeuitbarstingen', ['woede,'])).toBe(true);
    expect(isRealMatch('prestatiedruk', ['prestatie'])).toBe(true);
    expect(isRealMatch('ongemotiveerd', ['on', 'ongemotiveerd,'])).toBe(true);
  });

  it('counts a page without matched words only when asked to', () => {
    expect(isRealMatch('pesten', [])).toBe(true);
    expect(isRealMatch('pesten', [], false)).toBe(false);
  });
});

describe('matchDomains', () => {
  const domains = [
    { domain: 'aanwezigheid', terms: ['Aanwezigheid', 'spijbelen', 'niet op school komen'] },
    { domain: 'leeftijdgenoten', terms: ['Contact met leeftijdgenoten', 'vrienden', 'ruzie'] },
    { domain: 'stemming', terms: ['somber', 'niet lekker in je vel'] },
  ];

  it('finds a domain when all meaningful words of one of its terms are in the query', () => {
    expect(matchDomains('heeft geen vrienden', domains)).toEqual(['leeftijdgenoten']);
    expect(matchDomains('leerling spijbelt', domains)).toEqual(['aanwezigheid']);
    expect(matchDomains('niet lekker in zijn vel', domains)).toEqual(['stemming']);
    expect(matchDomains('hij komt niet op school', domains)).toEqual(['aanwezigheid']);
  });

  it('finds nothing for part of a term or for stop words only', () => {
    expect(matchDomains('lekker', domains)).toEqual([]);
    expect(matchDomains('wat doe je', domains)).toEqual([]);
    expect(matchDomains('', domains)).toEqual([]);
  });

  it('puts the domain with the longest matching term first, at most two', () => {
    expect(matchDomains('ruzie en somber en spijbelen', domains)).toHaveLength(2);
    expect(matchDomains('niet lekker in je vel en ruzie', domains)[0]).toBe('stemming');
  });

  it('compares rough stems', () => {
    expect(roughStem('spijbelt')).toBe(roughStem('spijbelen'));
    expect(roughStem('concentreren')).toBe(roughStem('concentratie'));
    expect(roughStem('gepest')).toBe(roughStem('pesten'));
    expect(roughStem('school')).not.toBe(roughStem('schoolmoe'));
  });
});

/**
 * A fake index: pages with their words, and optionally search terms in their metadata; a term
 * matches a page when Pagefind would (prefix, or a word the term starts with), in its text or its
 * terms. Like Pagefind, it gives locations in the text only.
 */
function fakeIndex(pages: Record<string, string | { content: string; terms: string }>): Searcher<MatchData> {
  const entries = Object.entries(pages).map(([id, page]) => {
    const { content, terms } = typeof page === 'string' ? { content: page, terms: '' } : page;
    return { id, content, words: content.split(' '), terms: terms.split(' ').filter(Boolean), meta: terms ? { [TERMS_META]: terms } : {} };
  });
  const matches = (term: string, word: string) => word.startsWith(term) || (term.startsWith(word) && word.length >= 2);
  const has = (entry: (typeof entries)[number], term: string) => [...entry.words, ...entry.terms].some((word) => matches(term, word));
  return {
    async search(term) {
      const terms = term.split(' ');
      const results: RunnerResult<MatchData>[] = [];
      for (const entry of entries) {
        // Like Pagefind: a term found on no page at all is dropped from the query.
        const known = terms.filter((t) => entries.some((other) => has(other, t)));
        const locations = entry.words.flatMap((word, index) => (known.some((t) => matches(t, word)) ? [index] : []));
        if (known.length && known.every((t) => has(entry, t))) {
          const data = { content: entry.content, locations, meta: entry.meta };
          results.push({ id: entry.id, score: locations.length + entry.terms.length, data: async () => data });
        }
      }
      return { results: results.sort((a, b) => b.score - a.score), filters: {} };
    },
  };
}

describe('runQuestion', () => {
  const index = fakeIndex({
    motivatie: 'motivatie ongemotiveerd zin school',
    engels: 'on the effects ons',
    vrienden: 'vrienden ruzie pesten',
    pesten: 'pesten pesten gepest aanpak',
    overzicht: 'vrienden pesten whatsapp-vrij ruzie motivatie',
  });

  it('leaves out words that no page really matches, and never answers with a fallback match', async () => {
    const outcome = await runQuestion(index, 'ongemotiveerd', {});
    expect(outcome.results.map((result) => result.id)).toEqual(['motivatie']);
    const none = await runQuestion(index, 'onsamenhangend', {});
    expect(none.results).toEqual([]);
    expect(none.notFound).toEqual(['onsamenhangend']);
  });

  it('searches the words that are found when one is found nowhere, and names it', async () => {
    const outcome = await runQuestion(index, 'pesten via snapchat', {});
    expect(outcome.notFound).toEqual(['snapchat']);
    expect(outcome.found).toEqual(['pesten']);
    expect(outcome.results[0]?.id).toBe('pesten');
  });

  it('when no page has all words, shows the pages with the most of them', async () => {
    const outcome = await runQuestion(index, 'ongemotiveerd gepest', {});
    expect(outcome.notTogether).toBe(true);
    expect(outcome.results.map((result) => result.id).sort()).toEqual(['motivatie', 'pesten']);
  });

  it('adds pages with part of the words when few pages have them all', async () => {
    const three = await runQuestion(index, 'vrienden ruzie aanpak', {});
    expect(three.notTogether, 'no page has all three').toBe(true);
    expect(three.results.map((result) => result.id).sort()).toEqual(['overzicht', 'vrienden']);
    const few = await runQuestion(index, 'motivatie ruzie', {});
    expect(few.full).toBe(1);
    expect(few.results[0]?.id).toBe('overzicht');
    expect(few.results.length).toBeGreaterThan(1);
  });

  it('counts a word that is among a page’s search terms, which have no locations, and not a fallback match there', async () => {
    const withTerms = fakeIndex({
      aanwezigheid: { content: 'leerlingen komen niet', terms: 'spijbelen gespijbeld spijbel' },
      gezin: { content: 'thuis en ouders', terms: 'geldzorgen geld armoede' },
      overzicht: { content: 'domeinen op een rij', terms: '' },
    });
    const found = await runQuestion(withTerms, 'gespijbeld', {});
    expect(found.results.map((result) => result.id)).toEqual(['aanwezigheid']);
    const together = await runQuestion(withTerms, 'armoede thuis', {});
    expect(together.results.map((result) => result.id)).toEqual(['gezin']);
    // Pagefind falls back to the term "geld", which "geldproblemen" starts with: not a match.
    const fallback = await runQuestion(withTerms, 'geldproblemen', {});
    expect(fallback.results).toEqual([]);
  });

  it('asks whether a word is found of its best results only, so it loads few pages’ records besides the answers', async () => {
    const pages: Record<string, string> = {};
    for (let n = 0; n < 10; n++) pages[`pesten-${n}`] = 'pesten aanpak';
    for (let n = 0; n < 10; n++) pages[`ruzie-${n}`] = 'ruzie oplossen';
    for (let n = 0; n < 3; n++) pages[`beide-${n}`] = 'pesten ruzie samen';
    const index = fakeIndex(pages);
    const loaded = new Set<string>();
    const counting: Searcher<MatchData> = {
      async search(term, options) {
        const search = await index.search(term, options);
        return (
          search && {
            ...search,
            results: search.results.map((result) => ({ ...result, data: () => (loaded.add(result.id), result.data()) })),
          }
        );
      },
    };
    const outcome = await runQuestion(counting, 'pesten ruzie', {});
    expect(outcome.results.map((result) => result.id).sort()).toEqual(['beide-0', 'beide-1', 'beide-2']);
    // The three answers, and at most EXISTS_BATCH results of each word alone, of the 23 pages with either word.
    expect(loaded.size).toBeLessThanOrEqual(3 + 2 * EXISTS_BATCH);
  });

  it('reads the matched words at Pagefind’s locations', () => {
    expect(matchedWords({ content: 'een twee  drie', locations: [0, 2] })).toEqual(['een', 'drie']);
    expect(matchedWords({ content: 'x', raw_content: 'a\u200Bb', locations: [1] })).toEqual(['b']);
  });
});
