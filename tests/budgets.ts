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
  /**
   * All JavaScript a tool page (an Astro island) loads, gzip -9 together. Content pages load none.
   * 36 kB since storage that survives clocks, tabs and size (field-by-field merge, one entry per
   * record, setting aside one bad record, backups) added about 4 kB to the 31.4 kB before it
   * (werkblad 35.5 kB after); 38 kB since the journey from a concern to a plan (issue 13: ranked
   * types, worksheets from a scan in one step, a next step on every view, visible saving) added
   * 1.5 kB (werkblad 37.0 kB). The backup code loads later, on use. 40 kB since the team session
   * (issue 17: routes for invitations and links, a shared team overview, the loader of the session
   * views, which themselves load on use: 3.7 kB more, not counted here) and the handout frame's
   * print script (issue 15) added 2.5 kB to the schoolscan (38.7 kB) and 1.8 kB to the werkblad
   * (39.0 kB), most of it Vite's dynamic-import helper, now a chunk shared by both tools.
   */
  toolJavaScript: 40 * kB,
  /** The inline scripts of a content page (src/lib/inline-scripts.ts), in bytes. */
  inlineScripts: 1024,
  /**
   * Everything a guidance page transfers on first view (npm run bench): the bytes Chromium receives,
   * response headers and gzip-encoded bodies, for every request until the network is idle.
   */
  guidancePage: 25 * kB,
  /**
   * What the first search query transfers from /pagefind/, gzip -9 (build test: 'pesten' run on
   * each build; browser test). Measured 82.2 kB: Pagefind's script and WebAssembly are 72.0 kB of
   * it and fixed by Pagefind, the rest is the filters, one chunk of the word index and the results'
   * fragments. 86 kB leaves under 5 % for a few more results or words.
   */
  firstSearch: 86 * kB,

  // Aims of `npm run bench` only (bench/run.ts); it exits non-zero when one is not met.

  /** The Lighthouse score (0–100) every category must reach on every page type, mobile preset, one run each. */
  lighthouseScore: 100,
  /**
   * Build time must grow about linearly with content: the marginal build time per added page from
   * 10× to 100× content may be at most this many times the marginal time per added page from 1× to
   * 10× (cold builds of generated content, bench/scale.ts). Linear growth gives 1, n log n about
   * 1.3 at these sizes, quadratic about 7; 2 leaves room for the noise of the small 1× to 10× step.
   */
  buildMarginalRatio: 2,
  /**
   * Milliseconds from a key going down to the end of the write that saves it, with 500 scans or
   * 1,000 worksheets stored (bench only: seconds are not deterministic). One frame at 60 Hz.
   */
  keystrokeMs: 16,
} as const;
