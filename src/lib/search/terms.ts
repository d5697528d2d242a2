/**
 * A page's search terms in the search index (README, "Search terms"). They go into Pagefind's
 * metadata of the page, not into its text: Pagefind searches metadata and boosts a page whose
 * metadata matches (`metaWeights`), but takes excerpts from the text only, so a result never shows
 * the list of terms as if it were a sentence of the page. With the terms go their Dutch word forms
 * (src/lib/search/inflect.ts, called at build time only: the search page needs none of it).
 */

/** The name of the metadata field that holds a page's search terms and their forms. */
export const TERMS_META = 'zoekwoorden';

/**
 * How much a match in the terms adds to a page's score (Pagefind's `metaWeights`), against 1 for
 * the page title. High enough that the page a term names ranks above pages that mention the word
 * in passing, low enough that a page with every word of a question in its text still comes first.
 */
export const TERMS_META_WEIGHT = 3;

/** The value of `data-pagefind-meta` for a page's indexed term words: "zoekwoorden:spijbelen gespijbeld …". */
export function termsMetaAttribute(words: readonly string[]): string {
  return `${TERMS_META}:${words.join(' ')}`;
}

/** The words of a page's terms field as a search result returns it (empty when the page has none). */
export function termsOf(meta: Readonly<Record<string, string | undefined>> | undefined): string[] {
  return (meta?.[TERMS_META] ?? '').split(' ').filter(Boolean);
}
