/**
 * The JavaScript chunks of the build in dist/: for each page with an island, what its first view
 * loads and what each later view adds (tests/support/bundle.ts, the same measure as the build
 * tests), and for every chunk the source modules in it (the build's chunk report,
 * src/integrations/chunk-report.ts) with their sizes. Sizes are gzip -9 (as the budgets count)
 * and raw; module sizes are the bundler's rendered bytes before minification.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { budgets } from '../tests/budgets.ts';
import { firstView, lazyChunks, sumGzip, type Build } from '../tests/support/bundle.ts';
import { chunkReportFile, type ChunkReport } from '../src/integrations/chunk-report.ts';
import { BenchError, kB, table } from './lib.ts';

export interface ChunkUse {
  page: string;
  firstView: { files: string[]; gzip: number; inline: number };
  lazy: { name: string; added: string[]; gzip: number }[];
}

export interface Chunks {
  pages: ChunkUse[];
  chunks: { file: string; gzip: number; raw: number; modules: { module: string; bytes: number }[] }[];
}

/** The pages of dist/ with an island, and every chunk in dist/_astro. */
export function measureChunks(root: string): Chunks {
  const dir = join(root, 'dist/');
  const build: Build = { dir, base: '/' };
  const report = JSON.parse(readFileSync(chunkReportFile(root, dir), 'utf8')) as ChunkReport;
  const pages: ChunkUse[] = [];
  for (const path of Object.keys(budgets.firstView)) {
    const document = parse(readFileSync(join(dir, path, 'index.html'), 'utf8'));
    if (!document.querySelector('[data-island]')) throw new BenchError(`${path} has no island`);
    const first = firstView(build, document);
    pages.push({ page: path, firstView: first, lazy: lazyChunks(build, first) });
  }
  const chunks = readdirSync(join(dir, '_astro'))
    .filter((file) => file.endsWith('.js'))
    .map((name) => {
      const file = `_astro/${name}`;
      return { file, gzip: sumGzip(build, [file]), raw: statSync(join(dir, file)).size, modules: report.chunks[file] ?? [] };
    })
    .sort((a, b) => b.gzip - a.gzip);
  return { pages, chunks };
}

const short = (file: string) => file.replace(/^_astro\//, '');
const modulesOf = (modules: { module: string; bytes: number }[], limit = 8) =>
  modules
    .slice(0, limit)
    .map((entry) => `${entry.module} ${kB(entry.bytes)}`)
    .join(', ') + (modules.length > limit ? `, and ${modules.length - limit} more` : '');

/** The "Chunks" section of the bench's Markdown. */
export function renderChunks({ pages, chunks }: Chunks): string[] {
  const out: string[] = ['## Chunks', ''];
  out.push(
    table(
      ['page', 'view', 'gzip -9 kB', 'budget kB', 'chunks'],
      pages.flatMap((use) => [
        [
          `\`${use.page}\``,
          '**first view** (with inline scripts)',
          `**${kB(use.firstView.gzip)}**`,
          kB(budgets.firstView[use.page]!),
          `${use.firstView.files.map(short).join(', ')}; inline ${kB(use.firstView.inline)}`,
        ],
        ...use.lazy.map((chunk) => [
          '',
          `+ ${chunk.name}`,
          kB(chunk.gzip),
          budgets.lazy[use.page]?.[chunk.name] === undefined ? '–' : kB(budgets.lazy[use.page]![chunk.name]!),
          chunk.added.map(short).join(', '),
        ]),
      ]),
      ['l', 'l', 'r', 'r', 'l'],
    ),
    '',
    'A later view counts what it adds to the first view alone: its chunk and the chunks it imports that the first view did not load (a chunk another later view already brought counts again). ' +
      'Measured from the files of dist/ (tests/support/bundle.ts), as the build tests assert them; budgets in tests/budgets.ts.',
    '',
  );
  const loadedBy = (file: string) =>
    pages
      .flatMap((use) => [
        ...(use.firstView.files.includes(file) ? [`${use.page} first view`] : []),
        ...use.lazy.filter((chunk) => chunk.added.includes(file)).map((chunk) => `${use.page} ${chunk.name}`),
      ])
      .join('; ') || 'a worker or another chunk';
  out.push(
    table(
      ['chunk', 'gzip -9 kB', 'raw kB', 'loaded by', 'modules (rendered kB, largest first)'],
      chunks.map((chunk) => [short(chunk.file), kB(chunk.gzip), kB(chunk.raw), loadedBy(chunk.file), modulesOf(chunk.modules)]),
      ['l', 'r', 'r', 'l', 'l'],
    ),
    '',
    'Every JavaScript file in dist/_astro with the source modules the bundler put in it (src/integrations/chunk-report.ts writes them next to the build). ' +
      '"islands" and "kit" are the shared chunks of astro.config.mjs.',
    '',
  );
  return out;
}
