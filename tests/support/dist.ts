/** Reading the built site in dist/ for the build-layer tests. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir } from './paths';

export interface BuiltPage {
  /** Site path, e.g. "/onderzoek/"; "/404.html" for the not-found page. */
  path: string;
  file: string;
  html: string;
  document: HTMLElement;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

export function assertBuilt(dir = distDir): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir}index.html is missing: run "npm run build" (and "npm run build:subpath") first; npm test does.`);
  }
}

/** Every HTML file of a build (dist/ unless another output folder is given). */
export function builtPages(dir = distDir): BuiltPage[] {
  assertBuilt(dir);
  return walk(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const rel = relative(dir, file).split(sep).join('/');
      const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      const html = readFileSync(file, 'utf8');
      return { path, file, html, document: parse(html) };
    });
}

export function builtPage(path: string): BuiltPage {
  const page = builtPages().find((candidate) => candidate.path === path);
  if (!page) throw new Error(`No built page at ${path}`);
  return page;
}

/** The text of an element with whitespace collapsed. */
export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Reads a file of the build by its site URL ("/_astro/x.css"), without the base path. */
export function readBuilt(url: string, dir = distDir): Buffer {
  return readFileSync(join(dir, url.replace(/^\//, '')));
}
