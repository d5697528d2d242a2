/**
 * How the search page sets up Pagefind, in one place: the island passes these options before
 * Pagefind starts, and the build test of the first search's bytes
 * (tests/build/search-index.test.ts) runs the same query path with them.
 */
import { TERMS_META, TERMS_META_WEIGHT } from './terms';

export function pagefindOptions(baseUrl: string): Record<string, unknown> {
  return {
    // Searching the site's small index on the page takes a few milliseconds; Pagefind's worker
    // would cost a second copy of its code (12 kB gzip) in every first search.
    noWorker: true,
    baseUrl,
    excerptLength: 24,
    ranking: { pageLength: 0.5, termSimilarity: 1.5, metaWeights: { title: 1, [TERMS_META]: TERMS_META_WEIGHT } },
  };
}
