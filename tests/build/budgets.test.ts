/**
 * The size budgets of tests/budgets.ts on both builds (dist/ at the root, dist-subpath/ under a
 * base path). Bytes are deterministic, so these are exact checks: CSS per page kind, the
 * JavaScript of each tool page's first view and of each view that loads later (each also within
 * the 10 kB aim), the stylesheets views load later, the shared chunks, HTML, a guidance page's
 * decoded bytes; content pages load no JavaScript files and only a few inline lines. And what a
 * page loads is loaded once: no stylesheet twice, no rule in two of a page's stylesheets (or in a
 * view's later one and the page's), and the werkblad none of the scan's session or team code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkReportFile, type ChunkReport } from '../../src/integrations/chunk-report';
import { budgets } from '../budgets';
import { chunkName, fileOf, firstView, gzipBytes, laterStylesheets, lazyChunks, pageCss, sumGzip, type Build } from '../support/bundle';
import { builtPages } from '../support/dist';
import { distDir, projectRoot, subpathBase, subpathDistDir } from '../support/paths';

const builds = [
  { name: 'dist/', dir: distDir, base: '/' },
  { name: 'dist-subpath/', dir: subpathDistDir, base: subpathBase },
];

/** Which CSS budget a page has: what its pages have in common. */
function cssKind(path: string): keyof typeof budgets.css {
  if (path === '/schoolscan/' || path === '/werkblad/') return 'tool';
  if (path === '/zoeken/') return 'search';
  if (path === '/' || path === '/404.html') return 'forms';
  return 'content';
}

/** The rules of a stylesheet as written (minified): selector and declarations, inside @media or not. */
const rules = (css: string) => [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((match) => `${match[1]!.trim()}{${match[2]}}`);

/** Modules of the scan's team session, which the werkblad never loads. */
const sessionOrTeam = /src\/(lib\/scan\/(session|team|present|link)|components\/schoolscan\/(Session|Team|Present|Join|Share|Receive))/;

describe.each(builds)('size budgets of $name', ({ dir, base }) => {
  const build: Build = { dir, base };
  const pages = builtPages(dir);
  const isToolPage = (page: (typeof pages)[number]) => page.document.querySelector('[data-island]') !== null;
  const contentPages = pages.filter((page) => !isToolPage(page));
  const islandPages = pages.filter(isToolPage);

  it('finds tool pages and content pages', () => {
    expect(islandPages.map((page) => page.path).sort()).toEqual(Object.keys(budgets.firstView).sort());
    expect(contentPages.length).toBeGreaterThan(30);
  });

  describe.each(islandPages.map((page) => [page.path, page] as const))('%s', (path, page) => {
    const first = firstView(build, page.document);

    it(`loads at most ${budgets.firstView[path]} bytes of JavaScript on its first view, gzip`, () => {
      expect(first.files.length).toBeGreaterThan(1);
      expect(first.gzip, first.files.map((file) => `${file} ${sumGzip(build, [file])}`).join(', ')).toBeLessThanOrEqual(
        budgets.firstView[path]!,
      );
    });

    it('loads each later view within its budget', () => {
      const lazy = lazyChunks(build, first);
      const own = budgets.lazy[path] ?? {};
      expect(lazy.map((chunk) => chunk.name).sort(), 'every chunk that loads later has a budget').toEqual(Object.keys(own).sort());
      for (const chunk of lazy) {
        expect(chunk.gzip, `${chunk.name}: ${chunk.added.join(', ')}`).toBeLessThanOrEqual(own[chunk.name]!);
      }
    });

    it('loads each stylesheet a view brings later within its budget, with no rule the page has already', () => {
      const later = laterStylesheets(build, first);
      const own = budgets.laterCss[path] ?? {};
      expect(later.map(chunkName).sort(), 'every stylesheet a view loads later has a budget').toEqual(Object.keys(own).sort());
      const pageRules = new Set(pageCss(build, page.document).screen.flatMap((file) => rules(readFileSync(join(dir, file), 'utf8'))));
      for (const file of later) {
        expect(existsSync(join(dir, file)), `${file} is in the build`).toBe(true);
        expect(sumGzip(build, [file]), file).toBeLessThanOrEqual(own[chunkName(file)]!);
        const repeated = rules(readFileSync(join(dir, file), 'utf8')).filter((rule) => pageRules.has(rule));
        expect(repeated, `${file}: rules the page has already`).toEqual([]);
      }
    });

    it(`adds at most ${budgets.lazyAim} bytes for any view that loads later, gzip`, () => {
      const over = lazyChunks(build, first).filter((chunk) => chunk.gzip > budgets.lazyAim);
      expect(over.map((chunk) => `${chunk.name} ${chunk.gzip}`)).toEqual([]);
    });
  });

  it('keeps the shared chunks within their budgets', () => {
    const files = readdirSync(join(dir, '_astro')).filter((file) => file.endsWith('.js'));
    for (const [name, budget] of Object.entries(budgets.chunks)) {
      const file = files.find((candidate) => chunkName(candidate) === name);
      expect(file, `the ${name} chunk`).toBeDefined();
      expect(sumGzip(build, [`_astro/${file}`]), name).toBeLessThanOrEqual(budget);
    }
  });

  it('gives the werkblad none of the scan’s session or team code, on its first view or any later one', () => {
    const file = chunkReportFile(projectRoot, dir);
    expect(existsSync(file), `${file}: written by the build (src/integrations/chunk-report.ts)`).toBe(true);
    const report = JSON.parse(readFileSync(file, 'utf8')) as ChunkReport;
    const werkblad = pages.find((page) => page.path === '/werkblad/')!;
    const first = firstView(build, werkblad.document);
    const loaded = [...first.files, ...lazyChunks(build, first).flatMap((chunk) => chunk.added)];
    const modules = loaded.flatMap((chunk) => (report.chunks[chunk] ?? []).map((entry) => entry.module));
    expect(modules.length).toBeGreaterThan(10);
    expect(modules.filter((module) => sessionOrTeam.test(module))).toEqual([]);
  });

  it('the two tools share the code both use (store, migrations, ids, notices, import, profile) in one file both load, not a copy each', () => {
    /** Every file a tool page loads: its first view and every view it loads later. */
    const closureOf = (path: string) => {
      const page = pages.find((candidate) => candidate.path === path);
      if (!page) throw new Error(`No tool page ${path}`);
      const first = firstView(build, page.document);
      return new Set([...first.files, ...lazyChunks(build, first).flatMap((chunk) => chunk.added)]);
    };
    const schoolscan = closureOf('/schoolscan/');
    const werkblad = closureOf('/werkblad/');
    const loaded = new Set([...schoolscan, ...werkblad]);
    const markers = [
      'No migration from version',
      'NS_ERROR_DOM_QUOTA_REACHED',
      'getRandomValues',
      'scan-notices',
      'tool-import__done',
      'concern-bar',
    ];
    for (const marker of markers) {
      const holders = [...loaded].filter((file) => readFileSync(join(dir, file), 'utf8').includes(marker));
      expect(holders, `files of either tool holding "${marker}"`).toHaveLength(1);
      expect(schoolscan.has(holders[0]!) && werkblad.has(holders[0]!), `${holders[0]} is loaded by both tools`).toBe(true);
    }
  });

  it.each(contentPages.map((page) => [page.path, page] as const))('%s loads no JavaScript file', (_path, page) => {
    const external = page.document.querySelectorAll('script[src], link[rel="modulepreload"], link[as="script"]');
    expect(external.map((element) => element.outerHTML)).toEqual([]);
    const inline = page.document.querySelectorAll('script').reduce((sum, script) => sum + script.text.length, 0);
    expect(inline).toBeLessThanOrEqual(budgets.inlineScripts);
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s loads the CSS of its page kind only, each rule once', (path, page) => {
    const css = pageCss(build, page.document);
    const kind = cssKind(path);
    expect(css.files.length).toBeGreaterThan(0);
    expect(css.gzip, `${kind}: ${css.files.join(', ')}`).toBeLessThanOrEqual(budgets.css[kind]);
    if (kind === 'content') expect(css.bytes, 'decoded CSS of a content page').toBeLessThanOrEqual(budgets.contentCssBytes);
    expect(new Set(css.files).size, 'no stylesheet linked twice').toBe(css.files.length);
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const file of css.screen) {
      for (const rule of new Set(rules(readFileSync(join(dir, file), 'utf8')))) {
        if (seen.has(rule)) repeated.push(`${rule} in ${seen.get(rule)} and ${file}`);
        else seen.set(rule, file);
      }
    }
    expect(repeated, 'a rule in two stylesheets of one page').toEqual([]);
  });

  it('keeps the tools’ and the session’s rules off content pages', () => {
    const guidance = pages.find((page) => page.path === '/welbevinden/')!;
    const css = pageCss(build, guidance.document)
      .screen.map((file) => readFileSync(join(dir, file), 'utf8'))
      .join('');
    for (const selector of ['.tool-privacy', '.button', '.domain-fieldset', '.session-', '.present', '.paper-blank', '.worksheet'])
      expect(css, selector).not.toContain(selector);
  });
});

// HTML on the root build only: under a base path every link of a page is longer by it (and the
// test build's address makes links in print and meta absolute).
describe('HTML budgets of dist/', () => {
  it(`a guidance page decodes to at most ${budgets.guidancePageDecoded} bytes on first view: its HTML, stylesheets and icon`, () => {
    const guidance = builtPages(distDir).find((page) => page.path === '/welbevinden/')!;
    const files = guidance.document
      .querySelectorAll('link[rel="stylesheet"], link[rel="icon"]')
      .map((link) => fileOf({ dir: distDir, base: '/' }, link.getAttribute('href')!));
    expect(files.filter((file) => file.endsWith('.css')).length, 'screen and print stylesheets').toBe(2);
    const bytes = Buffer.byteLength(guidance.html) + files.reduce((sum, file) => sum + statSync(join(distDir, file)).size, 0);
    expect(bytes, files.join(', ')).toBeLessThanOrEqual(budgets.guidancePageDecoded);
  });

  it.each(builtPages(distDir).map((page) => [page.path, page] as const))('%s HTML is within its gzip budget', (path, page) => {
    expect(gzipBytes(page.html)).toBeLessThan(budgets.html(path));
  });
});
