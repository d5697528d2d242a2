/**
 * What a built page loads, read from the files of a build: its stylesheets, the JavaScript of its
 * first view (its module scripts with what they import statically, and the inline scripts), and the chunks its views load later (dynamic imports), each with what it adds
 * to what is already loaded. The build tests assert tests/budgets.ts on this and `npm run bench`
 * reports it. Sizes are gzip -9, as the budgets count; bytes are deterministic for a build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';

export const gzipBytes = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

/** A built site: its folder and the base path its pages link with ("/" or "/welbevinden/"). */
export interface Build {
  dir: string;
  base: string;
}

/** A site URL with the base path ("/welbevinden/_astro/x.js") as a path in the build ("_astro/x.js"). */
export function fileOf(build: Build, href: string): string {
  const path = href.startsWith(build.base) ? href.slice(build.base.length) : href.replace(/^\//, '');
  return path.split(/[?#]/)[0]!;
}

const read = (build: Build, file: string): Buffer => readFileSync(join(build.dir, file));

const importPattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.\/[^"'`]+)["'`]/g;
const dynamicPattern = /import\(\s*["'`](\.\/[^"'`]+)["'`]\s*\)/g;

/** The files a chunk imports, statically and dynamically, as paths in the build. */
export function chunkImports(build: Build, file: string): { imports: string[]; dynamic: string[] } {
  const code = read(build, file).toString('utf8');
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  const resolve = (spec: string) => folder + spec.slice(2);
  return {
    imports: [...code.matchAll(importPattern)].map((match) => resolve(match[1]!)),
    dynamic: [...new Set([...code.matchAll(dynamicPattern)].map((match) => resolve(match[1]!)))],
  };
}

/** A chunk and every chunk it imports statically: what the browser must load before it runs. */
export function staticClosure(build: Build, files: readonly string[], seen = new Set<string>()): Set<string> {
  for (const file of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    staticClosure(build, chunkImports(build, file).imports, seen);
  }
  return seen;
}

export const sumGzip = (build: Build, files: Iterable<string>): number =>
  [...files].reduce((sum, file) => sum + gzipBytes(read(build, file)), 0);

/**
 * The chunk's or stylesheet's name without its content hash: "_astro/CompareView.BAwP4Olb.js" →
 * "CompareView", "_astro/present.BTQFQYJQ.css" → "present", and a component's script by its
 * component: "SearchTool.astro_astro_type_script_index_0_lang.x.js" → "SearchTool".
 */
export const chunkName = (file: string): string =>
  file
    .slice(file.lastIndexOf('/') + 1)
    .replace(/\.(js|css)$/, '')
    .replace(/[.-][\w-]{8}$/, '')
    .replace(/\.astro_astro_type_script_index_\d+_lang$/, '');

export interface FirstView {
  /** Every JavaScript file the first view loads. */
  files: string[];
  /** gzip -9 of the inline scripts, together. */
  inline: number;
  /** gzip -9 of the files, each on its own, and the inline scripts. */
  gzip: number;
}

/** The JavaScript of a page's first view; an island's props (JSON, not run) count as HTML. */
export function firstView(build: Build, document: HTMLElement): FirstView {
  const entries = document.querySelectorAll('script[type="module"][src]').map((script) => fileOf(build, script.getAttribute('src')!));
  const files = [...staticClosure(build, entries)].sort();
  const inlineText = document
    .querySelectorAll('script:not([src]):not([type="application/json"])')
    .map((script) => script.text)
    .join('\n');
  const inline = inlineText.trim() ? gzipBytes(inlineText) : 0;
  return { files, inline, gzip: sumGzip(build, files) + inline };
}

/**
 * The stylesheets a page's views load later (src/components/tools/withStylesheet.ts): the
 * addresses of stylesheets in the code of its first view, as paths in the build.
 */
export function laterStylesheets(build: Build, first: FirstView): string[] {
  const pattern = new RegExp(`["'\`](${build.base}_astro/[^"'\`]+\\.css)["'\`]`, 'g');
  const found = first.files.flatMap((file) =>
    [...read(build, file).toString('utf8').matchAll(pattern)].map((match) => fileOf(build, match[1]!)),
  );
  return [...new Set(found)].sort();
}

export interface LazyChunk {
  /** The chunk a dynamic import loads. */
  file: string;
  name: string;
  /** What opening it adds to the first view: it and the chunks it imports that the first view does not load. */
  added: string[];
  gzip: number;
}

/**
 * Every chunk a page can load later, from its first view on (dynamic imports, and theirs), each
 * with what it adds to the first view alone: an upper bound when another lazy chunk already
 * brought a shared part.
 */
export function lazyChunks(build: Build, first: FirstView): LazyChunk[] {
  const loaded = new Set(first.files);
  const found = new Map<string, LazyChunk>();
  const visit = (files: Iterable<string>) => {
    for (const file of files) {
      for (const target of chunkImports(build, file).dynamic) {
        if (found.has(target) || loaded.has(target)) continue;
        const added = [...staticClosure(build, [target])].filter((chunk) => !loaded.has(chunk)).sort();
        found.set(target, { file: target, name: chunkName(target), added, gzip: sumGzip(build, added) });
        visit(added);
      }
    }
  };
  visit(first.files);
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The stylesheets a page loads, as paths in the build, and gzip -9 and decoded bytes of them with its inline styles. */
export function pageCss(build: Build, document: HTMLElement): { files: string[]; screen: string[]; gzip: number; bytes: number } {
  const links = document.querySelectorAll('link[rel="stylesheet"]');
  const files = links.map((link) => fileOf(build, link.getAttribute('href') ?? ''));
  const screen = links
    .filter((link) => link.getAttribute('media') !== 'print')
    .map((link) => fileOf(build, link.getAttribute('href') ?? ''));
  const inline = document
    .querySelectorAll('style')
    .map((style) => style.text)
    .join('');
  const bytes = files.reduce((sum, file) => sum + read(build, file).length, 0) + Buffer.byteLength(inline);
  return { files, screen, gzip: sumGzip(build, files) + (inline ? gzipBytes(inline) : 0), bytes };
}
