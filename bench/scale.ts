/**
 * Scale: the site's content at 1×, 10× and 100× (intervention types and references), each built in
 * a temporary copy of the project with a cold cache, and measured: build time, the search index on
 * disk (dist/pagefind) and the bytes of a first query (one query per size: a single run).
 *
 * A size whose build fails is kept in the results as not built, with the reason, so the report
 * says so instead of leaving the size out; the other sizes are still measured.
 *
 * The copy holds src, public, astro.config.mjs, tsconfig.json and package.json, and a node_modules
 * folder of symlinks to each package (as tests/build/broken-content.test.ts does), so Astro's caches
 * (node_modules/.astro, node_modules/.vite) stay in the copy and never touch the real project.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../tests/support/static-server.ts';
import { generateContent, type Generated } from './generate-content.ts';
import { astroBuild, BenchError, folderBytes, median, progress, projectRoot } from './lib.ts';
import { measureSearch } from './search.ts';

export interface ScaleBuilt {
  built: true;
  factor: number;
  interventions: number;
  references: number;
  pages: number;
  builds: number[];
  buildMedian: number;
  indexBytes: number;
  indexFiles: number;
  query: string;
  /** The first query's /pagefind/ responses as Chromium received them (headers and encoded bodies). */
  queryTransferred: number;
  queryRequests: number;
  queryMs: number;
  status: string;
}

export interface ScaleNotBuilt {
  built: false;
  factor: number;
  interventions: number;
  references: number;
  /** Builds that did finish before one failed. */
  builds: number[];
  reason: string;
}

export type ScaleResult = ScaleBuilt | ScaleNotBuilt;

function countFiles(dir: string, name: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += countFiles(join(dir, entry.name), name);
    else if (name === '*' || entry.name === name) count++;
  }
  return count;
}

export function copyProject(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(projectRoot, 'node_modules', name), join(root, 'node_modules', name));
  }
  return root;
}

/**
 * Builds every factor `runs` times from a cold cache. The builds are interleaved (1×, 10×, 100×,
 * then again), so that load from elsewhere on the machine falls on every factor alike.
 */
export async function measureScale(
  browser: Browser,
  plan: readonly { factor: number; runs: number }[],
  query: string,
): Promise<ScaleResult[]> {
  const copies: { factor: number; runs: number; root: string; generated: Generated; builds: number[]; failed?: string }[] = [];
  try {
    for (const { factor, runs } of plan) {
      const root = copyProject(`welbevinden-bench-${factor}x-`);
      copies.push({ factor, runs, root, generated: { interventions: 0, references: 0 }, builds: [] });
      copies.at(-1)!.generated = generateContent(root, factor);
      progress(
        `scale ${factor}×: ${copies.at(-1)!.generated.interventions} intervention types, ${copies.at(-1)!.generated.references} references in ${root}`,
      );
    }
    const rounds = Math.max(...plan.map((entry) => entry.runs));
    for (let run = 1; run <= rounds; run++) {
      for (const copy of copies.filter((entry) => entry.runs >= run && !entry.failed)) {
        // Cold every time: no dist, no content cache, no Vite cache.
        for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
          rmSync(join(copy.root, cache), { recursive: true, force: true });
        try {
          const { ms } = await astroBuild(copy.root);
          copy.builds.push(ms);
          progress(`scale ${copy.factor}×: build ${run}/${copy.runs} took ${(ms / 1000).toFixed(1)} s`);
        } catch (error) {
          if (!(error instanceof BenchError)) throw error;
          const cause = (error.message.split('\n')[0] ?? '').replace(/^astro build in \S+ /, 'astro build ').replace(/:$/, '');
          copy.failed = `build ${run} of ${copy.runs}: ${cause}; its output is in the progress log (stderr)`;
          progress(`scale ${copy.factor}×: NOT BUILT, ${copy.failed}\n${error.message}`);
        }
      }
    }
    const results: ScaleResult[] = [];
    for (const { factor, root, generated, builds, failed } of copies) {
      if (failed) {
        results.push({ built: false, factor, ...generated, builds, reason: failed });
        continue;
      }
      const dist = join(root, 'dist');
      const server = await startStaticServer(dist);
      try {
        const [, first] = await measureSearch(browser, server.url, [query]);
        results.push({
          built: true,
          factor,
          ...generated,
          pages: countFiles(dist, 'index.html'),
          builds,
          buildMedian: median(builds),
          indexBytes: await folderBytes(join(dist, 'pagefind')),
          indexFiles: countFiles(join(dist, 'pagefind'), '*'),
          query,
          queryTransferred: first!.transferred,
          queryRequests: first!.requests,
          queryMs: first!.ms!,
          status: first!.status!,
        });
      } finally {
        await server.close();
      }
    }
    return results;
  } finally {
    for (const copy of copies) rmSync(copy.root, { recursive: true, force: true });
  }
}
