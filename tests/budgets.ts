/**
 * Every size budget of the site, declared once: the build and browser tests assert them (bytes
 * are deterministic), and `npm run bench` reports its measurements against them. 1 kB = 1024 bytes.
 */
const kB = 1024;

export const budgets = {
  /** gzip -9 of one page's HTML; the literature list is one long page. */
  html: (path: string) => (path === '/literatuur/' ? 30 * kB : 20 * kB),
  /** All CSS a page loads (screen and print), gzip -9 together. */
  css: 12 * kB,
  /** All JavaScript a tool page (an Astro island) loads, gzip -9 together. Content pages load none. */
  toolJavaScript: 30 * kB,
  /** The inline scripts of a content page (src/lib/inline-scripts.ts), in bytes. */
  inlineScripts: 1024,
  /** Everything a guidance page transfers on first view, gzip. */
  guidancePage: 25 * kB,
  /** What the first search query transfers from /pagefind/, gzip -9. */
  firstSearch: 150 * kB,
} as const;
