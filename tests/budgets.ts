/**
 * Every size budget of the site, declared once: the build and browser tests assert them (bytes
 * are deterministic), and `npm run bench` reports its measurements against them. 1 kB = 1024 bytes.
 */
const kB = 1024;

/**
 * A budget is what the build measured when it was set, plus at most 5 %: room for a changed
 * sentence or a fixed bug, not for a feature. A change that needs more finds the bytes elsewhere
 * first; raising a budget is a decision of its own, with its reason, never a side effect.
 */
const measured = (bytes: number) => Math.floor(bytes * 1.05);

/** What the kit loads later on either tool page, gzip -9, as budgets.lazy counts it. */
const kitLater = {
  /** The import's form (errors, progress), loaded after the list has shown; the field stands there meanwhile. */
  FileImportForm: measured(874),
  /** The notices about work not stored, data set aside and texts another tab replaced, loaded when one is due. */
  StorageProblems: measured(903),
  /** Reading a chosen file, and adding or restoring what it holds. */
  'import-file': measured(353),
  importFile: measured(465),
  /** Reading a large file off the page's thread. */
  'files-off-thread': measured(562),
  /** The backup panel and writing or reading a backup of every tool. */
  BackupPanel: measured(852),
  backup: measured(2292),
  'room-check': measured(343),
};

/** The aim for a tool page's first view, gzip -9: a budget never goes above it, whatever it measured. */
const firstViewAim = 25 * kB;

export const budgets = {
  /** gzip -9 of one page's HTML; the literature list is one long page. */
  html: (path: string) => (path === '/literatuur/' ? 30 * kB : 20 * kB),
  /**
   * All CSS a page loads (stylesheets, screen and print, and its inline styles), gzip -9, by page
   * kind (cssKind below). Each kind loads only the rules its pages use.
   */
  css: {
    /** Guidance pages, intervention types, the literature: the layout's and the content's rules, and print. */
    content: measured(5550),
    /** Home and not-found pages: the content's rules and the form controls of their search and start buttons. */
    forms: measured(6172),
    /** The search page: the form controls and the results' and filters' rules. */
    search: measured(6425),
    /**
     * A tool page: form controls, the tools' frame and paper forms, and that tool's views. The
     * scan's session and presentation load their own stylesheet when they open (withStylesheet.ts).
     */
    tool: measured(8674),
  },
  /**
   * Decoded bytes of all CSS on a content page: a phone parses every rule before its first paint.
   * Never more than 20 kB, whatever the content needs.
   */
  contentCssBytes: Math.min(measured(19095), 20 * kB),
  /**
   * JavaScript of a page's first view, gzip -9: its module script with what it imports statically,
   * each file on its own, and the page's inline scripts. The island is hydrated by its own script
   * (src/components/mount-island.ts), not by Astro's island runtime and renderer (2.6 kB). Content
   * pages load no JavaScript file.
   */
  firstView: {
    /**
     * Preact, the kit (storage of records, the shell, the list's controls, the scan's spec) and the
     * list of scans. The kit is about half of it: every save needs its storage at once, including
     * the merge with what another tab stored.
     */
    '/schoolscan/': Math.min(measured(24995), firstViewAim),
    /** The same kit and the list of worksheets, with the scans it reads to start from (not the scan's views). */
    '/werkblad/': Math.min(measured(24302), firstViewAim),
    /** Preact and the search island; Pagefind loads on the first query (budgets.firstSearch). */
    '/zoeken/': measured(13406),
  } as Record<string, number>,
  /**
   * What opening a later view adds to a page's first view, gzip -9, per chunk that a dynamic import
   * loads (named after its module, without the content hash): the chunk and what it imports that
   * the first view did not load. Each is also within the aim of at most 10 kB (lazyAim).
   */
  lazy: {
    '/schoolscan/': {
      /** The scan's details form (a new scan, a session, the details of one). */
      DetailsForm: measured(2141),
      /** Rating the domains, with the printed scan. */
      RatingView: measured(4336),
      /** The result: profile, priorities, types that fit, downloads and the printed result. */
      ResultView: measured(6652),
      /**
       * The team session: joining, sending and receiving a scan by link (with the reader that checks
       * a scan in a link) and the members; the coordinator's view loads the team overview with it.
       */
      SessionViews: measured(9818),
      /** The team overview of a session's members, loaded with the coordinator's view only. */
      TeamOverview: measured(612),
      /** Presenting a session's domains one by one on a projector. */
      PresentView: measured(6984),
      CompareView: measured(1863),
      /** A team overview from members' files, with the file import. */
      TeamView: measured(3720),
      /** A scan's downloads (JSON and CSV). */
      downloads: measured(2151),
      /** Reading a scan file, when one is chosen. */
      exchange: measured(1451),
      /** The QR code of a session invitation. */
      qr: measured(3871),
      /** The werkblad's record spec, for a backup of every tool. */
      tool: measured(942),
      ...kitLater,
    },
    '/werkblad/': {
      /** A worksheet, a new one, one from a scan, and the plan van aanpak (with the scan's profile). */
      views: measured(9849),
      downloads: measured(2155),
      exchange: measured(1498),
      ...kitLater,
    },
    '/zoeken/': {},
  } as Record<string, Record<string, number>>,
  /**
   * The stylesheets that a view loads when it opens (src/components/tools/withStylesheet.ts), gzip
   * -9, per page and named after their file: the scan's team session and its presentation.
   */
  laterCss: {
    '/schoolscan/': { session: measured(346), present: measured(1089) },
  } as Record<string, Record<string, number>>,
  /** The aim for every view that loads later, whatever its budget: at most 10 kB more than the first view. */
  lazyAim: 10 * kB,
  /**
   * Chunks several pages share, gzip -9, named as in astro.config.mjs: what every island loads
   * (Preact, the dynamic-import helper, fields, the island's mount), and the tools' kit.
   */
  chunks: {
    islands: measured(7420),
    kit: measured(11328),
  } as Record<string, number>,
  /** The inline scripts of a content page (src/lib/inline-scripts.ts), in bytes. */
  inlineScripts: 1024,
  /**
   * Everything a guidance page transfers on first view (npm run bench): the bytes Chromium receives,
   * response headers and gzip-encoded bodies, for every request until the network is idle: the
   * HTML, the layout's stylesheet, the print stylesheet and the icon.
   */
  guidancePage: measured(9757),
  /**
   * Everything a guidance page decodes on first view (npm run bench; the build test adds up the
   * same files): never more than 0.15 of what a documentation theme (Starlight) loads for the same
   * text, 194.3 kB.
   */
  guidancePageDecoded: Math.min(measured(27866), 29 * kB),
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
