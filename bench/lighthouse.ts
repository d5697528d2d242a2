/**
 * Lighthouse (the npm package, Node API) on each page type, with the mobile preset (Lighthouse's
 * default config) and the desktop preset, driving the system Chromium through chrome-launcher with
 * the test suite's flags. No host but 127.0.0.1 can be reached (see offlineArgs).
 *
 * Lighthouse and chrome-launcher are the bench's own dependencies (bench/package.json), installed in
 * bench/node_modules by `npm run bench`, not by the project's `npm ci`. They are loaded from there
 * at run time, by path, so the project's type check (`npm run check`, which CI runs without them)
 * never needs them; the few types used here are declared below.
 */
import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../tests/support/chromium.ts';
import { offlineArgs } from './browser.ts';
import { BenchError, median, progress, projectRoot } from './lib.ts';
import type { PageType } from './pages.ts';

const benchModules = join(projectRoot, 'bench', 'node_modules');

/** The parts of the lighthouse and chrome-launcher modules this file uses. */
interface LighthouseModule {
  default: (
    url: string,
    flags: { port: number; output: 'json'; logLevel: 'error'; onlyCategories: string[] },
    config?: unknown,
  ) => Promise<{ lhr: unknown } | undefined>;
  desktopConfig: unknown;
}
interface ChromeLauncherModule {
  launch(options: { chromePath: string; chromeFlags: string[]; logLevel: 'silent' }): Promise<{ port: number; kill(): void }>;
}

/** Where a bench dependency resolves from; it must be bench/node_modules. */
function benchModule(name: string): string {
  let url: string;
  try {
    url = import.meta.resolve(name);
  } catch {
    throw new BenchError(
      `${name} is not installed in bench/node_modules: run \`npm run bench\` (it installs them) or \`npm --prefix bench install\`.`,
    );
  }
  const path = fileURLToPath(url);
  if (!path.startsWith(benchModules + sep)) {
    throw new BenchError(`${name} resolves to ${path}, not to bench/node_modules: run \`npm --prefix bench install\`.`);
  }
  return url;
}

/** Checks that Lighthouse and chrome-launcher resolve from bench/node_modules; returns Lighthouse's version. */
export function lighthouseVersion(): string {
  benchModule('chrome-launcher');
  benchModule('lighthouse');
  return (JSON.parse(readFileSync(join(benchModules, 'lighthouse', 'package.json'), 'utf8')) as { version: string }).version;
}

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];
export const presets = ['mobile', 'desktop'] as const;
export type Preset = (typeof presets)[number];

export interface FailingAudit {
  id: string;
  title: string;
  /** Score 0 to 1; for performance metrics also the measured value. */
  score: number;
  displayValue?: string;
  /** Weight in the category; 0 means it does not count toward the score (a diagnostic or insight). */
  weight: number;
  /** For layout shifts: the elements that moved, with their share of the shift. */
  elements?: string[];
}

export interface LighthouseResult {
  page: PageType;
  preset: Preset;
  /** The median of the runs, per category. */
  scores: Record<Category, number>;
  /** Each run's score, per category, in the order run. */
  runs: Record<Category, number[]>;
  failing: Partial<Record<Category, FailingAudit[]>>;
  /** Requests Lighthouse saw to any origin but the site's. */
  foreign: string[];
}

/** Lighthouse's scores vary between runs (the performance score most): each page and preset is run this often, and the median counts. */
export const LIGHTHOUSE_RUNS = 3;

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      id: string;
      title: string;
      score: number | null;
      scoreDisplayMode: string;
      displayValue?: string;
      details?: { items?: { node?: { selector?: string; snippet?: string }; score?: number }[] };
    }
  >;
  runtimeError?: { code: string; message: string };
  runWarnings: string[];
}

const scored = new Set(['binary', 'numeric', 'metricSavings']);

export async function runLighthouse(
  pages: readonly PageType[],
  siteUrl: string,
  which: readonly Preset[] = presets,
): Promise<LighthouseResult[]> {
  const origin = new URL(siteUrl).origin;
  const chromeLauncher = (await import(benchModule('chrome-launcher'))) as ChromeLauncherModule;
  const { default: lighthouse, desktopConfig } = (await import(benchModule('lighthouse'))) as LighthouseModule;
  let chrome: Awaited<ReturnType<ChromeLauncherModule['launch']>>;
  try {
    chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: offlineArgs, logLevel: 'silent' });
  } catch (error) {
    throw new BenchError(
      `Lighthouse could not start Chromium (${chromiumPath}): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const results: LighthouseResult[] = [];
  try {
    for (const preset of which) {
      for (const page of pages) {
        const runs: Pick<LighthouseResult, 'scores' | 'failing' | 'foreign'>[] = [];
        for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
          progress(`lighthouse ${preset} ${run}/${LIGHTHOUSE_RUNS}: ${page.path}`);
          const url = new URL(page.path.slice(1), siteUrl).href;
          const runner = await lighthouse(
            url,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
            preset === 'desktop' ? desktopConfig : undefined,
          );
          const lhr = runner?.lhr as Lhr | undefined;
          if (!lhr) throw new BenchError(`Lighthouse returned no result for ${url} (${preset})`);
          if (lhr.runtimeError)
            throw new BenchError(`Lighthouse failed on ${url} (${preset}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
          const requests =
            (lhr.audits['network-requests'] as unknown as { details?: { items?: { url: string }[] } } | undefined)?.details?.items ?? [];
          const foreign = requests
            .map((item) => item.url)
            .filter((address) => /^https?:/.test(address) && new URL(address).origin !== origin);
          const scores = {} as Record<Category, number>;
          const failing: LighthouseResult['failing'] = {};
          for (const category of categories) {
            const entry = lhr.categories[category];
            if (!entry || entry.score === null)
              throw new BenchError(`Lighthouse gave no ${category} score for ${url} (${preset}); warnings: ${lhr.runWarnings.join('; ')}`);
            scores[category] = Math.round(entry.score * 100);
            if (scores[category] < 100) {
              failing[category] = entry.auditRefs
                .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
                .filter(({ audit }) => audit && audit.score !== null && audit.score < 1 && scored.has(audit.scoreDisplayMode))
                .map(({ ref, audit }) => ({
                  id: ref.id,
                  title: audit!.title,
                  score: audit!.score!,
                  displayValue: audit!.displayValue,
                  weight: ref.weight,
                  elements:
                    ref.id === 'layout-shifts'
                      ? (audit!.details?.items ?? [])
                          .filter((item) => item.node?.selector)
                          .map((item) => `${item.node!.selector}${item.score !== undefined ? ` (${item.score.toFixed(3)})` : ''}`)
                      : undefined,
                }));
            }
          }
          runs.push({ scores, failing, foreign });
        }
        const scores = Object.fromEntries(
          categories.map((category) => [category, median(runs.map((run) => run.scores[category]))]),
        ) as Record<Category, number>;
        const perRun = Object.fromEntries(categories.map((category) => [category, runs.map((run) => run.scores[category])])) as Record<
          Category,
          number[]
        >;
        // The audits that failed in a run whose score is below 100, from the first such run.
        const failing: LighthouseResult['failing'] = {};
        for (const category of categories) {
          const failed = runs.find((run) => run.failing[category]);
          if (failed) failing[category] = failed.failing[category];
        }
        results.push({ page, preset, scores, runs: perRun, failing, foreign: [...new Set(runs.flatMap((run) => run.foreign))] });
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
