/**
 * `npm run bench`: builds the site, serves dist/ on 127.0.0.1 and measures it in the system
 * Chromium. Prints one Markdown document (tables under headings) to stdout and writes the same to
 * bench/RESULTS.md; progress goes to stderr. Nothing contacts any host but 127.0.0.1 (see
 * bench/browser.ts). Lighthouse and chrome-launcher come from bench/node_modules (bench/package.json),
 * which the root "bench" script installs on first use.
 *
 * Parts: build (median of 3) · page weight per page type · Lighthouse (mobile and desktop) ·
 * search · tools (a keystroke's save with 1 to 500 scans, 1,000 worksheets stored) · scale (generated content at 1×, 10× and 100×).
 *
 * Exit code: 0 when every aim is met; 1 when an aim is not met (results written, the failing aims
 * named on stderr and in the Aims table), or when the bench could not complete (no results written).
 * The aims' thresholds are in tests/budgets.ts.
 */
import { budgets } from '../tests/budgets.ts';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../tests/support/static-server.ts';
import { launchBenchChromium } from './browser.ts';
import { astroBuild, BenchError, elapsedSeconds, kB, median, ms, progress, projectRoot, seconds, table } from './lib.ts';
import { categories, LIGHTHOUSE_RUNS, lighthouseVersion, runLighthouse, type Category, type LighthouseResult } from './lighthouse.ts';
import { measureChunks, renderChunks, type Chunks } from './chunks.ts';
import { measurePages, pageTypes, type PageWeight } from './pages.ts';
import { measureScale, type ScaleBuilt, type ScaleResult } from './scale.ts';
import { measureSearch, type SearchStep } from './search.ts';
import { KEYSTROKE_PLAN, measureKeystrokes, type KeystrokeTimes } from './tools.ts';

const BUILD_RUNS = 3;
const SEARCH_SESSIONS = 3;
const SEARCH_QUERIES = ['pesten', 'mindfulness'] as const;
/** 1× and 10× are cheap, so they get more runs: the 1× → 10× step is small and noise weighs more on it. */
const SCALE_PLAN = [
  { factor: 1, runs: 5 },
  { factor: 10, runs: 5 },
  { factor: 100, runs: 3 },
] as const;

const categoryLabel: Record<Category, string> = {
  performance: 'perf',
  accessibility: 'a11y',
  'best-practices': 'best pr.',
  seo: 'SEO',
};

function gitCommit(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'public', 'astro.config.mjs'], {
      cwd: projectRoot,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${commit} (site files changed since)` : commit;
  } catch {
    return 'unknown';
  }
}

interface Results {
  builds: number[];
  chunks: Chunks;
  pages: PageWeight[];
  lighthouse: LighthouseResult[];
  search: SearchStep[][];
  tools: KeystrokeTimes[];
  scale: ScaleResult[];
  chromium: string;
  lighthouseVersion: string;
}

interface Aim {
  aim: string;
  measured: string;
  met: boolean;
}

/** Marginal build time per added page between two built sizes, in ms. */
const marginal = (from: ScaleBuilt, to: ScaleBuilt): number => (to.buildMedian - from.buildMedian) / (to.pages - from.pages);
const msPerPage = (value: number) => `${value.toFixed(1)} ms`;

function scalingAim(scale: readonly ScaleResult[]): Aim {
  const limit = budgets.buildMarginalRatio;
  const aim =
    `Build time grows about linearly: marginal build time per added page from ${scale[1]?.factor}× to ${scale[2]?.factor}× content ` +
    `at most ${limit}× that from ${scale[0]?.factor}× to ${scale[1]?.factor}×`;
  const notBuilt = scale.filter((entry) => !entry.built);
  if (scale.length !== 3 || notBuilt.length) {
    return {
      aim,
      measured: `not measured: ${notBuilt.map((entry) => `${entry.factor}× was not built`).join(', ') || 'three sizes are needed'}`,
      met: false,
    };
  }
  const [small, middle, large] = scale as [ScaleBuilt, ScaleBuilt, ScaleBuilt];
  const first = marginal(small, middle);
  const second = marginal(middle, large);
  const steps = `${msPerPage(second)} per page from ${middle.factor}× to ${large.factor}×, ${msPerPage(first)} per page from ${small.factor}× to ${middle.factor}×`;
  if (first <= 0) {
    return {
      aim,
      measured: `${steps}: no ratio, the ${small.factor}× → ${middle.factor}× step added no build time (noise larger than the step)`,
      met: false,
    };
  }
  const ratio = second / first;
  return { aim, measured: `ratio ${ratio.toFixed(2)} (${steps})`, met: ratio <= limit };
}

/** The keystroke aim counts the largest stores: 500 scans, 1,000 worksheets. */
function keystrokeAims(tools: readonly KeystrokeTimes[]): Aim[] {
  const limit = budgets.keystrokeMs;
  const largest = (tool: KeystrokeTimes['tool']) => tools.filter((entry) => entry.tool === tool).sort((a, b) => b.records - a.records)[0];
  return (['schoolscan', 'werkblad'] as const).map((tool) => {
    const entry = largest(tool);
    const what = tool === 'schoolscan' ? 'scans' : 'worksheets';
    return entry
      ? {
          aim: `Typing in the ${tool} with ${entry.records} ${what} stored: a keystroke is saved within ${limit} ms (median of ${entry.keys} keys, one session)`,
          measured: `median ${ms(entry.median)} ms, max ${ms(entry.max)} ms`,
          met: entry.median <= limit,
        }
      : { aim: `Typing in the ${tool}: a keystroke is saved within ${limit} ms`, measured: 'not measured', met: false };
  });
}

function aims({ pages, lighthouse, scale, tools }: Results): Aim[] {
  const target = budgets.lighthouseScore;
  const mobile = lighthouse.filter((result) => result.preset === 'mobile');
  const below = (result: LighthouseResult) => categories.filter((category) => result.scores[category] < target);
  const mobileMisses = mobile.filter((result) => below(result).length > 0);
  const guidance = pages.find((page) => page.page.path === '/welbevinden/')!;
  return [
    {
      aim: `Lighthouse ${target} in all four categories on every page type, mobile preset (median of ${LIGHTHOUSE_RUNS} runs per page)`,
      measured:
        mobileMisses.length === 0
          ? `every category ${target >= 100 ? 'at 100' : `at ${target} or more`} on all ${mobile.length} page types`
          : `below ${target}: ${mobileMisses
              .map(
                (result) =>
                  `${result.page.path} (${below(result)
                    .map((category) => `${categoryLabel[category]} ${result.scores[category]}`)
                    .join(', ')})`,
              )
              .join('; ')}`,
      met: mobile.length === pageTypes.length && mobileMisses.length === 0,
    },
    {
      aim: `Guidance page (/welbevinden/) transfers under ${kB(budgets.guidancePage)} kB on first view (single load)`,
      measured:
        `${kB(guidance.bytes.total.transferred)} kB transferred in ${guidance.requests} requests ` +
        `(${kB(guidance.bytes.total.raw)} kB decoded; ${kB(guidance.bytes.total.gzip)} kB as gzip -9, computed)`,
      met: guidance.bytes.total.transferred < budgets.guidancePage,
    },
    {
      aim: `Guidance page (/welbevinden/) decodes to at most ${kB(budgets.guidancePageDecoded)} kB on first view (single load)`,
      measured: `${kB(guidance.bytes.total.raw)} kB decoded (CSS ${kB(guidance.bytes.css.raw)} kB, HTML ${kB(guidance.bytes.html.raw)} kB)`,
      met: guidance.bytes.total.raw <= budgets.guidancePageDecoded,
    },
    scalingAim(scale),
    ...keystrokeAims(tools),
  ];
}

function render(results: Results, checked: readonly Aim[], runtimeSeconds: number): string {
  const { builds, pages, lighthouse, search, tools, scale } = results;
  const out: string[] = [];
  const cpu = cpus();
  out.push('# Benchmark results', '');
  out.push(
    `Made by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · commit ${gitCommit()} · ` +
      `Node ${process.version} · Chromium ${results.chromium} · Lighthouse ${results.lighthouseVersion} (bench/node_modules) · ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'} · ` +
      `total runtime ${Math.floor(runtimeSeconds / 60)} min ${Math.round(runtimeSeconds % 60)} s.`,
    '',
    "The built site is served from 127.0.0.1 by the tests' static server (tests/support/static-server.ts) and loaded in the system Chromium with the tests' flags; " +
      'any request to another host fails the benchmark. Sizes in kB (1 kB = 1024 bytes). ' +
      '"Transferred" is what Chromium received, as it counts it: response headers plus each body as sent (Playwright\'s `request.sizes()`, from CDP\'s network events; DevTools\' "transferred"). ' +
      'Chromium asks for compression, and the local server gzips text (Node\'s default level 6) as static hosts do. "Decoded" is the bodies uncompressed. ' +
      '"gzip -9 (computed)" is not a measurement of the wire: it compresses the decoded bodies here, as the tests\' size budgets (tests/budgets.ts) count. ' +
      'Where a figure comes from a single run, its table or note says so.',
    '',
  );

  // Aims.
  const missed = checked.filter((aim) => !aim.met);
  out.push('## Aims', '');
  out.push(
    table(
      ['aim', 'measured', 'met'],
      checked.map((aim) => [aim.aim, aim.measured, aim.met ? 'yes' : '**no**']),
      ['l', 'l', 'l'],
    ),
    '',
    missed.length === 0
      ? 'Every aim is met. The thresholds are in tests/budgets.ts.'
      : `**${missed.length} of ${checked.length} aims not met**, so \`npm run bench\` exits with code 1. The thresholds are in tests/budgets.ts.`,
    '',
  );

  // Build.
  out.push('## Build', '');
  out.push(
    table(
      ['build', 'median', ...builds.map((_, index) => `run ${index + 1}`)],
      [
        [
          '`astro build` (what `npm run build` runs, Pagefind index included)',
          `${seconds(median(builds))} s`,
          ...builds.map((value) => `${seconds(value)} s`),
        ],
      ],
    ),
    '',
    `Wall time of \`node node_modules/astro/bin/astro.mjs build\` in the project, ${builds.length} runs; Astro's content cache in node_modules/.astro is kept between runs, as with \`npm run build\`. ` +
      'The scale builds below start from a cold cache in a copy of the project.',
    '',
  );

  // Page weight.
  const pair = (value: { transferred: number; raw: number }) =>
    value.raw === 0 && value.transferred === 0 ? '0' : `${kB(value.transferred)} / ${kB(value.raw)}`;
  const textResponses = pages.reduce((sum, page) => sum + page.text.responses, 0);
  const textCompressed = pages.reduce((sum, page) => sum + page.text.compressed, 0);
  const responses = pages.reduce((sum, page) => sum + page.bytes.total.count, 0);
  const headerBytes = pages.reduce((sum, page) => sum + page.bytes.total.headers, 0);
  out.push('## Page weight on first view', '');
  out.push(
    table(
      [
        'page type',
        'path',
        'requests',
        'HTML transferred / decoded',
        'CSS transferred / decoded',
        'JS transferred / decoded',
        'other transferred / decoded',
        'total transferred / decoded',
        'total gzip -9 (computed)',
        'service worker: requests, transferred',
      ],
      pages.map((page) => [
        page.page.name,
        `\`${page.page.path}\``,
        String(page.requests),
        pair(page.bytes.html),
        pair(page.bytes.css),
        pair(page.bytes.js),
        pair(page.bytes.other),
        `**${kB(page.bytes.total.transferred)}** / ${kB(page.bytes.total.raw)}`,
        kB(page.bytes.total.gzip),
        `${page.offline.count}, ${kB(page.offline.transferred)}`,
      ]),
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    'Single run: one load of each page, in a fresh browser context (empty cache), everything loaded until the network is idle, in kB. ' +
      "The page's own requests only: after the first visit the service worker stores the site's offline copy, and its requests are in the last column, not in the page's. " +
      `${textCompressed} of the ${textResponses} HTML, CSS and JS responses arrived gzip-encoded. ` +
      `Transferred includes the response headers, ${Math.round(headerBytes / responses)} bytes per response on average. ` +
      'CSS includes the print stylesheet, which Chromium fetches at low priority. "other" is the favicon (the web-app manifest is not fetched on a page view). ' +
      '`/zoeken/` loads Pagefind only when the reader focuses the search field or opens an address with a query (see Search).',
    '',
  );

  out.push(...renderChunks(results.chunks));

  // Lighthouse.
  const scoreOf = (path: string, preset: string, category: Category) => {
    const result = lighthouse.find((entry) => entry.page.path === path && entry.preset === preset);
    return result ? `${result.scores[category]} (${result.runs[category].join('/')})` : '–';
  };
  out.push('## Lighthouse', '');
  out.push(
    table(
      [
        'page type',
        ...categories.map((category) => `mobile ${categoryLabel[category]}`),
        ...categories.map((category) => `desktop ${categoryLabel[category]}`),
      ],
      pageTypes.map((page) => [
        `${page.name} \`${page.path}\``,
        ...categories.map((category) => scoreOf(page.path, 'mobile', category)),
        ...categories.map((category) => scoreOf(page.path, 'desktop', category)),
      ]),
    ),
    '',
    "Lighthouse's Node API on the system Chromium (chrome-launcher, the tests' flags): \"mobile\" is Lighthouse's default config (simulated slow 4G and a 4× slower CPU), " +
      '"desktop" is `lighthouse/core/config/desktop-config.js`. ' +
      `The median of ${LIGHTHOUSE_RUNS} runs per page and preset, each run in brackets (the performance score varies between runs).`,
    '',
  );
  const failing = lighthouse.flatMap((result) =>
    categories.flatMap((category) => {
      const audits = result.failing[category];
      if (!audits) return [];
      const counted = audits.filter((audit) => audit.weight > 0);
      const diagnostics = audits.filter((audit) => audit.weight === 0);
      const describe = (audit: (typeof audits)[number]) =>
        `\`${audit.id}\` ${audit.title} (score ${audit.score.toFixed(2)}${audit.displayValue ? `, ${audit.displayValue}` : ''}${
          audit.elements?.length ? `; moved: ${audit.elements.map((element) => `\`${element}\``).join(', ')}` : ''
        })`;
      const lines = [
        `- **${result.preset}, ${result.page.path}, ${category} ${result.scores[category]}**: ${counted.map(describe).join('; ') || 'no single weighted audit below 1'}`,
      ];
      if (diagnostics.length) lines.push(`  - not weighted in the score, but flagged: ${diagnostics.map(describe).join('; ')}`);
      return lines;
    }),
  );
  out.push('### Failing audits', '');
  out.push(...(failing.length ? failing : ['None: every category scores 100 on every page type with both presets.']), '');
  if (failing.length) {
    out.push(
      "Weighted audits are what lowers the score. `cache-insight` reflects the local static server, which sends no Cache-Control header; the host's caching headers decide it in production.",
      '',
    );
  }

  // Search.
  out.push('## Search', '');
  const first = search[0]!;
  const sameBytes = search.every((session) =>
    session.every((step, index) => step.transferred === first[index]!.transferred && step.raw === first[index]!.raw),
  );
  out.push(
    table(
      [
        'step on `/zoeken/`',
        'requests to /pagefind/',
        'transferred kB',
        'decoded kB',
        'gzip -9 kB (computed)',
        `ms to results, median of ${search.length} (each run)`,
        'result',
      ],
      first.map((step, index) => {
        const times = search.map((session) => session[index]!.ms).filter((value): value is number => value !== undefined);
        return [
          step.query ? `${step.step}: "${step.query}"` : step.step,
          String(step.requests),
          kB(step.transferred),
          kB(step.raw),
          kB(step.gzip),
          times.length ? `${ms(median(times))} (${times.map(ms).join(', ')})` : '–',
          step.status ?? '',
        ];
      }),
      ['l', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
    '',
    `${search.length} fresh sessions. Opening the page loads no Pagefind file; the first query (focus the field, type) loads Pagefind (pagefind.js, WebAssembly, filters) and the index, then a second query is typed in the same page. ` +
      "Time is measured inside the page, from the first focus or input event of the search field to the status line announcing that query's results; it includes the island's 200 ms pause after typing. " +
      `Bytes are the /pagefind/ responses of each step (index chunks and fragments), from session 1; ${
        sameBytes
          ? `the other ${search.length - 1} sessions transferred exactly the same.`
          : 'the other sessions transferred different amounts, so these bytes are a single run.'
      } ` +
      "Pagefind's index files are compressed by Pagefind itself and sent as they are; its JavaScript is gzipped by the server. The tests' first-search budget counts gzip -9 (computed).",
    '',
  );

  // Tools.
  out.push('## Tools', '');
  out.push(
    table(
      ['tool', 'records stored', 'keys', 'median ms', 'max ms'],
      tools.map((entry) => [entry.tool, String(entry.records), String(entry.keys), ms(entry.median), ms(entry.max)]),
    ),
    '',
    'One keystroke in a note field, from the key going down (a capturing keydown listener) to the end of the first localStorage write ' +
      "under the tool's key after it (a wrapped Storage.prototype.setItem), in one page. The records are generated (every domain rated " +
      'or every question answered, with long notes), stored in the version 1 format, read once by the tool, and the page reloaded, so the ' +
      'keys are timed on what the tool keeps from then on. Keys are pressed one by one, each after the last was saved.',
    '',
  );

  // Scale.
  const built = scale.filter((entry): entry is ScaleBuilt => entry.built);
  const query = built[0]?.query ?? 'pesten';
  out.push('## Scale', '');
  out.push(
    table(
      [
        'content',
        'intervention types',
        'references',
        'pages',
        'build, median (each run)',
        'marginal build time per added page',
        'index on disk',
        `first query "${query}", transferred (single run)`,
        'query ms (single run)',
        'result',
      ],
      scale.map((entry, index) => {
        if (!entry.built) {
          const finished = entry.builds.length ? ` (finished before: ${entry.builds.map(seconds).join(', ')} s)` : '';
          return [
            `${entry.factor}×`,
            String(entry.interventions),
            String(entry.references),
            '–',
            `**not built**${finished}`,
            '–',
            '–',
            '–',
            '–',
            entry.reason,
          ];
        }
        const previous = scale[index - 1];
        return [
          `${entry.factor}×`,
          String(entry.interventions),
          String(entry.references),
          String(entry.pages),
          `${seconds(entry.buildMedian)} s (${entry.builds.map(seconds).join(', ')})`,
          previous === undefined
            ? '–'
            : previous.built
              ? `${msPerPage(marginal(previous, entry))} (from ${previous.factor}×, +${entry.pages - previous.pages} pages)`
              : `– (${previous.factor}× not built)`,
          `${kB(entry.indexBytes)} kB (${entry.indexFiles} files)`,
          `${kB(entry.queryTransferred)} kB (${entry.queryRequests} requests)`,
          ms(entry.queryMs),
          entry.status,
        ];
      }),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
    '',
    'Generated by bench/generate-content.ts in a temporary copy of the project (never the real content): intervention types with Dutch text, each linked from a domain, ' +
      'and references valid against the schema, sourceText included; the guidance pages stay as they are. Each build starts from a cold cache (no dist/, node_modules/.astro or .vite). ' +
      `Runs: ${SCALE_PLAN.map((entry) => `${entry.factor}× ${entry.runs}`).join(', ')}, ` +
      'interleaved (1×, 10×, 100×, then again) so that other load on the machine falls on every size alike. ' +
      'Marginal build time per added page: the difference of the median build times divided by the pages added since the row above; the fixed cost of a build (start-up, bundling the islands) cancels out, ' +
      `so for linear growth the two steps cost the same per page. The aim allows the second step ${budgets.buildMarginalRatio}× the first (tests/budgets.ts). ` +
      "The first query on /zoeken/ loads Pagefind as well; its bytes are Pagefind's files, the index chunks and the result fragments it fetches, one query per size.",
    '',
  );
  return `${out.join('\n').trim()}\n`;
}

async function main(): Promise<void> {
  // Before anything slow: Lighthouse must come from bench/node_modules.
  const lighthouseVersionInstalled = lighthouseVersion();
  progress(`Lighthouse ${lighthouseVersionInstalled} from bench/node_modules`);

  // 1. Build.
  const builds: number[] = [];
  for (let run = 1; run <= BUILD_RUNS; run++) {
    progress(`build ${run}/${BUILD_RUNS}: astro build`);
    const { ms: time } = await astroBuild(projectRoot);
    builds.push(time);
    progress(`build ${run}/${BUILD_RUNS} took ${seconds(time)} s`);
  }

  // The chunks of the last build (files and the build's chunk report; no browser).
  const chunks = measureChunks(projectRoot);

  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startStaticServer(join(projectRoot, 'dist'));
    progress(`serving dist/ at ${server.url}`);
    browser = await launchBenchChromium();

    // 2. Page weight.
    const pages = await measurePages(browser, server.url);

    // 4. Search.
    const search: SearchStep[][] = [];
    for (let session = 1; session <= SEARCH_SESSIONS; session++) {
      progress(`search session ${session}/${SEARCH_SESSIONS}`);
      search.push(await measureSearch(browser, server.url, SEARCH_QUERIES));
    }

    // 5. Tools.
    const tools: KeystrokeTimes[] = [];
    for (const { tool, records } of KEYSTROKE_PLAN) tools.push(await measureKeystrokes(browser, server.url, tool, records));

    // 3. Lighthouse (its own Chromium, through chrome-launcher).
    const lighthouse = await runLighthouse(pageTypes, server.url);
    const foreign = lighthouse.flatMap((result) => result.foreign);
    if (foreign.length) throw new BenchError(`Lighthouse saw requests to other hosts: ${foreign.join(', ')}`);

    await server.close();
    server = undefined;

    // 6. Scale.
    const scale = await measureScale(browser, SCALE_PLAN, 'pesten');

    const results: Results = {
      builds,
      chunks,
      pages,
      lighthouse,
      search,
      tools,
      scale,
      chromium: browser.version(),
      lighthouseVersion: lighthouseVersionInstalled,
    };
    const checked = aims(results);
    const markdown = render(results, checked, elapsedSeconds());
    writeFileSync(join(projectRoot, 'bench/RESULTS.md'), markdown);
    process.stdout.write(markdown);
    progress(`done; written to bench/RESULTS.md`);
    const missed = checked.filter((aim) => !aim.met);
    if (missed.length) {
      process.stderr.write(
        `\nBenchmark aims not met (results written to bench/RESULTS.md):\n${missed.map((aim) => `- ${aim.aim}: ${aim.measured}`).join('\n')}\n`,
      );
      process.exitCode = 1;
    } else {
      progress('every aim met');
    }
  } finally {
    await browser?.close();
    await server?.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? (error instanceof BenchError ? error.message : (error.stack ?? error.message)) : String(error);
  process.stderr.write(`\nBenchmark failed, no results written:\n${message}\n`);
  process.exitCode = 1;
});
