/**
 * `npm run bench`: builds the site, serves dist/ on 127.0.0.1 and measures it in the system
 * Chromium. Prints one Markdown document (tables under headings) to stdout and writes the same to
 * bench/RESULTS.md; progress goes to stderr. On any failure it stops with a message and exit code 1,
 * and writes no results. Nothing contacts any host but 127.0.0.1 (see bench/browser.ts).
 *
 * Parts: build (median of 3) · page weight per page type · Lighthouse (mobile and desktop) ·
 * search · tools (schoolscan with 20 scans) · scale (generated content at 10× and 100×).
 */
import { budgets } from '../tests/budgets.ts';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../tests/support/static-server.ts';
import { launchBenchChromium } from './browser.ts';
import { astroBuild, BenchError, elapsedSeconds, factor, kB, median, ms, progress, projectRoot, seconds, table } from './lib.ts';
import { categories, runLighthouse, type Category, type LighthouseResult } from './lighthouse.ts';
import { measurePages, pageTypes, type PageWeight } from './pages.ts';
import { measureScale, type ScaleResult } from './scale.ts';
import { measureSearch, type SearchStep } from './search.ts';
import { measureTools, type ToolTimes } from './tools.ts';

const BUILD_RUNS = 3;
const SEARCH_SESSIONS = 3;
const SEARCH_QUERIES = ['pesten', 'mindfulness'] as const;
const SCALE_PLAN = [
  { factor: 1, runs: 3 },
  { factor: 10, runs: 3 },
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
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'public', 'astro.config.mjs'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    return dirty ? `${commit} (site files changed since)` : commit;
  } catch {
    return 'unknown';
  }
}

interface Results {
  builds: number[];
  pages: PageWeight[];
  lighthouse: LighthouseResult[];
  search: SearchStep[][];
  tools: ToolTimes;
  scale: ScaleResult[];
  chromium: string;
}

function render(results: Results, runtimeSeconds: number): string {
  const { builds, pages, lighthouse, search, tools, scale } = results;
  const out: string[] = [];
  const lighthouseVersion = (execFileSync(process.execPath, ['-p', "require('lighthouse/package.json').version"], { cwd: projectRoot, encoding: 'utf8' }) || '').trim();
  const cpu = cpus();
  out.push('# Benchmark results', '');
  out.push(
    `Made by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · commit ${gitCommit()} · ` +
      `Node ${process.version} · Chromium ${results.chromium} · Lighthouse ${lighthouseVersion} · ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'} · ` +
      `total runtime ${Math.floor(runtimeSeconds / 60)} min ${Math.round(runtimeSeconds % 60)} s.`,
    '',
    'The built site is served from 127.0.0.1 by the tests\' static server (tests/support/static-server.ts) and loaded in the system Chromium with the tests\' flags; ' +
      'any request to another host fails the benchmark. Sizes in kB (1 kB = 1024 bytes). "gzip" is `gzip -9` of each response body, ' +
      'what a host that compresses sends (the local server sends gzip too, as static hosts do); "raw" is the body uncompressed.',
    '',
  );

  // Aims.
  const mobile = lighthouse.filter((result) => result.preset === 'mobile');
  const mobileMisses = mobile.filter((result) => categories.some((category) => result.scores[category] < 100));
  const guidance = pages.find((page) => page.page.path === '/onderzoek/')!;
  const base = scale[0]!;
  const largest = scale.at(-1)!;
  const superLinear = scale.slice(1).filter((entry) => entry.buildMedian / base.buildMedian > entry.factor);
  out.push('## Aims', '');
  out.push(
    table(
      ['aim', 'measured', 'met'],
      [
        [
          'Lighthouse 100 in all four categories on every page type, mobile preset',
          mobileMisses.length === 0
            ? `100 everywhere (${mobile.length} page types)`
            : `below 100: ${mobileMisses
                .map((result) => `${result.page.path} (${categories.filter((category) => result.scores[category] < 100).map((category) => `${categoryLabel[category]} ${result.scores[category]}`).join(', ')})`)
                .join('; ')}`,
          mobileMisses.length === 0 ? 'yes' : 'no',
        ],
        [
          `Guidance page (/onderzoek/) under ${kB(budgets.guidancePage)} kB in total over the wire`,
          `${kB(guidance.bytes.total.gzip)} kB gzip in ${guidance.requests} requests (${kB(guidance.bytes.total.raw)} kB uncompressed)`,
          guidance.bytes.total.gzip < budgets.guidancePage ? 'yes' : 'no',
        ],
        [
          'Build time grows no faster than linearly with content',
          scale
            .slice(1)
            .map((entry) => `${factor(entry.buildMedian, base.buildMedian)} at ${entry.factor}× content`)
            .join(', '),
          superLinear.length === 0 ? 'yes' : 'no',
        ],
      ],
      ['l', 'l', 'l'],
    ),
    '',
  );

  // Build.
  out.push('## Build', '');
  out.push(
    table(
      ['build', 'median', ...builds.map((_, index) => `run ${index + 1}`)],
      [['`astro build` (what `npm run build` runs, Pagefind index included)', `${seconds(median(builds))} s`, ...builds.map((value) => `${seconds(value)} s`)]],
    ),
    '',
    `Wall time of \`node node_modules/astro/bin/astro.mjs build\` in the project, ${builds.length} runs; Astro's content cache in node_modules/.astro is kept between runs, as with \`npm run build\`. ` +
      'The scale builds below start from a cold cache in a copy of the project.',
    '',
  );

  // Page weight.
  const pair = (value: { raw: number; gzip: number }) => (value.raw === 0 ? '0' : `${kB(value.raw)} / ${kB(value.gzip)}`);
  out.push('## Page weight on first view', '');
  out.push(
    table(
      ['page type', 'path', 'requests', 'HTML raw / gzip', 'CSS raw / gzip', 'JS raw / gzip', 'other raw / gzip', 'total raw / gzip'],
      pages.map((page) => [
        page.page.name,
        `\`${page.page.path}\``,
        String(page.requests),
        pair(page.bytes.html),
        pair(page.bytes.css),
        pair(page.bytes.js),
        pair(page.bytes.other),
        `**${kB(page.bytes.total.raw)} / ${kB(page.bytes.total.gzip)}**`,
      ]),
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    'Each page in a fresh browser context (empty cache), everything loaded until the network is idle, in kB. ' +
      'CSS includes the print stylesheet, which Chromium fetches at low priority. "other" is the favicon (the web-app manifest is not fetched on a page view). ' +
      '`/zoeken/` loads Pagefind only when the reader focuses the search field or opens an address with a query (see Search).',
    '',
  );

  // Lighthouse.
  const scoreOf = (path: string, preset: string, category: Category) =>
    String(lighthouse.find((result) => result.page.path === path && result.preset === preset)?.scores[category] ?? '–');
  out.push('## Lighthouse', '');
  out.push(
    table(
      ['page type', ...categories.map((category) => `mobile ${categoryLabel[category]}`), ...categories.map((category) => `desktop ${categoryLabel[category]}`)],
      pageTypes.map((page) => [
        `${page.name} \`${page.path}\``,
        ...categories.map((category) => scoreOf(page.path, 'mobile', category)),
        ...categories.map((category) => scoreOf(page.path, 'desktop', category)),
      ]),
    ),
    '',
    'Lighthouse\'s Node API on the system Chromium (chrome-launcher, the tests\' flags): "mobile" is Lighthouse\'s default config (simulated slow 4G and a 4× slower CPU), ' +
      '"desktop" is `lighthouse/core/config/desktop-config.js`. One run per page and preset.',
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
      const lines = [`- **${result.preset}, ${result.page.path}, ${category} ${result.scores[category]}**: ${counted.map(describe).join('; ') || 'no single weighted audit below 1'}`];
      if (diagnostics.length) lines.push(`  - not weighted in the score, but flagged: ${diagnostics.map(describe).join('; ')}`);
      return lines;
    }),
  );
  out.push('### Failing audits', '');
  out.push(...(failing.length ? failing : ['None: every category scores 100 on every page type with both presets.']), '');
  if (failing.length) {
    out.push(
      'Weighted audits are what lowers the score. `cache-insight` reflects the local static server, which sends no Cache-Control header; the host\'s caching headers decide it in production.',
      '',
    );
  }

  // Search.
  out.push('## Search', '');
  const first = search[0]!;
  out.push(
    table(
      ['step on `/zoeken/`', 'requests to /pagefind/', 'raw kB', 'gzip kB', `ms to results (median of ${search.length})`, 'result'],
      first.map((step, index) => {
        const times = search.map((session) => session[index]!.ms).filter((value): value is number => value !== undefined);
        return [
          step.query ? `${step.step}: "${step.query}"` : step.step,
          String(step.requests),
          kB(step.raw),
          kB(step.gzip),
          times.length ? `${ms(median(times))} (${times.map(ms).join(', ')})` : '–',
          step.status ?? '',
        ];
      }),
      ['l', 'r', 'r', 'r', 'r', 'l'],
    ),
    '',
    `${search.length} fresh sessions. Opening the page loads no Pagefind file; the first query (focus the field, type) loads Pagefind (pagefind.js, its worker, WebAssembly, filters) and the index, then a second query is typed in the same page. ` +
      'Time is measured inside the page, from the first focus or input event of the search field to the status line announcing that query\'s results; it includes the island\'s 200 ms pause after typing. ' +
      'Bytes are the /pagefind/ responses of each step (index chunks and fragments; Pagefind\'s own files are already compressed, so gzip gains nothing on them).',
    '',
  );

  // Tools.
  const spread = (values: number[]) => `${ms(Math.min(...values))}–${ms(Math.max(...values))}`;
  out.push('## Tools', '');
  out.push(
    table(
      [`schoolscan, ${tools.scans} scans stored`, `median ms (${tools.clicks} clicks)`, 'min–max ms'],
      [
        ['rating click → saved in localStorage', ms(tools.storageMedian), spread(tools.storage)],
        ['rating click → result view\'s profile shows it', ms(tools.profileMedian), spread(tools.profile)],
      ],
    ),
    '',
    `localStorage "welbevinden.schoolscan" holds ${tools.scans} valid scans (format of src/lib/scan/model.ts, every domain rated, some notes); one is opened at /schoolscan/#scan/<id>. ` +
      'Times are taken in the page from the click event: to the end of the localStorage write that holds the new rating, and, in a second series of clicks, ' +
      'to the profile row showing it after switching to #scan/<id>/resultaat right after the click.',
    '',
  );

  // Scale.
  out.push('## Scale', '');
  out.push(
    table(
      ['content', 'intervention types', 'references', 'pages', 'build (median)', 'build ×', 'index on disk', 'index ×', `first query "${base.query}" gzip`, 'query bytes ×', 'query ms', 'result'],
      scale.map((entry) => [
        `${entry.factor}×`,
        String(entry.interventions),
        String(entry.references),
        String(entry.pages),
        `${seconds(entry.buildMedian)} s (${entry.builds.length === 1 ? '1 run' : entry.builds.map(seconds).join(', ')})`,
        factor(entry.buildMedian, base.buildMedian),
        `${kB(entry.indexBytes)} kB (${entry.indexFiles} files)`,
        factor(entry.indexBytes, base.indexBytes),
        `${kB(entry.queryBytes)} kB (${entry.queryRequests} requests)`,
        factor(entry.queryBytes, base.queryBytes),
        ms(entry.queryMs),
        entry.status,
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
    '',
    'Generated by bench/generate-content.ts in a temporary copy of the project (never the real content): intervention types with Dutch text, each linked from a domain, ' +
      'and references valid against the schema, sourceText included; the guidance pages stay as they are. Each build starts from a cold cache (no dist/, node_modules/.astro or .vite). ' +
      `Runs: ${scale.map((entry) => `${entry.factor}× ${entry.builds.length}`).join(', ')}${largest.builds.length === 1 ? ` (one run at ${largest.factor}× keeps the benchmark short)` : ''}, ` +
      'interleaved (1×, 10×, 100×, then again) so that other load on the machine falls on every size alike. ' +
      'The first query on /zoeken/ loads Pagefind as well; its bytes are Pagefind\'s files, the index chunks and the result fragments it fetches. Growth factors are relative to 1×.',
    '',
  );
  return `${out.join('\n').trim()}\n`;
}

async function main(): Promise<void> {
  // 1. Build.
  const builds: number[] = [];
  for (let run = 1; run <= BUILD_RUNS; run++) {
    progress(`build ${run}/${BUILD_RUNS}: astro build`);
    const { ms: time } = await astroBuild(projectRoot);
    builds.push(time);
    progress(`build ${run}/${BUILD_RUNS} took ${seconds(time)} s`);
  }

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
    const tools = await measureTools(browser, server.url);

    // 3. Lighthouse (its own Chromium, through chrome-launcher).
    const lighthouse = await runLighthouse(pageTypes, server.url);
    const foreign = lighthouse.flatMap((result) => result.foreign);
    if (foreign.length) throw new BenchError(`Lighthouse saw requests to other hosts: ${foreign.join(', ')}`);

    await server.close();
    server = undefined;

    // 6. Scale.
    const scale = await measureScale(browser, SCALE_PLAN, 'pesten');

    const chromium = browser.version();
    const markdown = render({ builds, pages, lighthouse, search, tools, scale, chromium }, elapsedSeconds());
    writeFileSync(join(projectRoot, 'bench/RESULTS.md'), markdown);
    process.stdout.write(markdown);
    progress(`done; written to bench/RESULTS.md`);
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
