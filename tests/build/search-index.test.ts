/**
 * The search index and the Content-Security-Policy of the built site (README, "Search" and
 * "Content-Security-Policy"): what Pagefind indexed, which pages opt in, the filters of the
 * intervention-type pages, what a first search loads on both builds, and that every inline script
 * on every page is allowed by that page's CSP and by nothing broader. Run `npm run build` and
 * `npm run build:subpath` first.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n/nl';
import { indexedTermWords } from '../../src/lib/search/inflect';
import { runQuestion } from '../../src/lib/search/run';
import { TERMS_META } from '../../src/lib/search/terms';
import { termTexts } from '../../src/lib/content-schemas';
import { inlineScripts, printMetaScript, searchShortcutScript, serviceWorkerScript } from '../../src/lib/inline-scripts';
import { inlineStyles } from '../../src/lib/print-frame';
import { builtPage, builtPages, type BuiltPage } from '../support/dist';
import { openPagefind } from '../support/pagefind-node';
import { contentCollections, readMdxFolder, readYamlList } from '../support/content-files';
import { budgets } from '../budgets';
import { distDir, subpathDistDir } from '../support/paths';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const pages = builtPages();
const references = readYamlList('references.yaml').map((entry) => ({ id: String(entry.id) }));
const interventionIds = readMdxFolder('interventions').map((entry) => entry.id);

const isAudiencePage = (path: string) => path.startsWith('/interventietypen/doelgroep/');
const isInterventionPage = (path: string) => /^\/interventietypen\/(?!doelgroep\/)[^/]+\/$/.test(path);
/** Pages that are left out of the index on purpose (README, "Search"). */
const notIndexed = (path: string) => path === '/404.html' || path === '/zoeken/' || isAudiencePage(path);
const hasBody = (page: BuiltPage) => page.document.querySelector('main')?.hasAttribute('data-pagefind-body') ?? false;

/** The CSP <meta> of a page as directive → sources. */
function policyOf(page: BuiltPage): Map<string, string[]> {
  const metas = page.document
    .querySelectorAll('meta[http-equiv]')
    .filter((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) throw new Error(`${page.path}: ${metas.length} CSP <meta> tags, expected 1`);
  const policy = new Map<string, string[]>();
  for (const directive of (metas[0]?.getAttribute('content') ?? '').split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!name) continue;
    if (policy.has(name.toLowerCase())) throw new Error(`${page.path}: directive ${name} appears twice in the CSP`);
    policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The filters a page gives Pagefind, as "name:value" (the value either in the attribute or the element's text). */
function filtersOf(page: BuiltPage): { name: string; value: string }[] {
  return page.document.querySelectorAll('[data-pagefind-filter]').map((element) => {
    const spec = element.getAttribute('data-pagefind-filter') ?? '';
    const colon = spec.indexOf(':');
    return colon === -1
      ? { name: spec.trim(), value: element.textContent.replace(/\s+/g, ' ').trim() }
      : { name: spec.slice(0, colon).trim(), value: spec.slice(colon + 1).trim() };
  });
}

describe('the Pagefind index', () => {
  const entryFile = join(distDir, 'pagefind', 'pagefind-entry.json');

  it('is written to dist/pagefind/ with the script the search page loads', () => {
    expect(existsSync(entryFile), 'dist/pagefind/pagefind-entry.json').toBe(true);
    expect(existsSync(join(distDir, 'pagefind', 'pagefind.js')), 'dist/pagefind/pagefind.js').toBe(true);
  });

  it('ships only the Pagefind files the site loads: no ready-made interfaces, no worker, no WebAssembly of other languages', () => {
    const top = readdirSync(join(distDir, 'pagefind'), { withFileTypes: true });
    // The build's compressed copies (.gz, .br) are the same files, for the server to send.
    const files = top.filter((item) => item.isFile() && !/\.(gz|br)$/.test(item.name)).map((item) => item.name);
    expect(
      files.filter((name) => /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)),
      'Pagefind interface bundles the site never loads',
    ).toEqual([]);
    expect(files.filter((name) => name.startsWith('wasm.')).sort()).toEqual(['wasm.nl.pagefind']);
    expect(files.filter((name) => !name.endsWith('.pf_meta')).sort()).toEqual(['pagefind-entry.json', 'pagefind.js', 'wasm.nl.pagefind']);
    expect(
      top
        .filter((item) => item.isDirectory())
        .map((item) => item.name)
        .sort(),
    ).toEqual(['filter', 'fragment', 'index']);
    const bytes = (folder: string): number =>
      readdirSync(folder, { withFileTypes: true }).reduce(
        (sum, item) => sum + (item.isDirectory() ? bytes(join(folder, item.name)) : statSync(join(folder, item.name)).size),
        0,
      );
    console.log(`dist/pagefind/: ${bytes(join(distDir, 'pagefind'))} bytes on disk`);
  });

  it('is in Dutch only, and counts every indexed page plus every literature entry', () => {
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['nl']);
    const indexedPages = pages.filter(hasBody);
    expect(references.length).toBe(48);
    expect(indexedPages.length).toBeGreaterThan(30);
    expect(entry.languages.nl?.page_count, `${indexedPages.length} pages with data-pagefind-body + ${references.length} references`).toBe(
      indexedPages.length + references.length,
    );
  });

  it('leaves out the 404 page, /zoeken/ and the doelgroep pages, and includes every other page', () => {
    const paths = pages.map((page) => page.path);
    expect(paths).toContain('/404.html');
    expect(paths).toContain('/zoeken/');
    expect(paths.filter(isAudiencePage)).toHaveLength(3);
    expect(
      pages.filter((page) => notIndexed(page.path) && hasBody(page)).map((page) => page.path),
      'pages that should not be indexed',
    ).toEqual([]);
    expect(
      pages.filter((page) => !notIndexed(page.path) && !hasBody(page)).map((page) => page.path),
      'pages missing data-pagefind-body',
    ).toEqual([]);
    expect(pages.filter(hasBody).map((page) => page.path)).toEqual(
      expect.arrayContaining([
        '/',
        '/onderzoek/',
        '/literatuur/',
        '/interventies-vinden/',
        '/schoolscan/',
        '/werkblad/',
        '/colofon/',
        '/domeinen/',
        '/domeinen/energie/',
      ]),
    );
  });

  it('has exactly one data-pagefind-body per indexed page, on <main>', () => {
    for (const page of pages) {
      const bodies = page.document.querySelectorAll('[data-pagefind-body]');
      expect(bodies.length, page.path).toBe(hasBody(page) ? 1 : 0);
      if (bodies.length) expect(bodies[0]?.tagName, page.path).toBe('MAIN');
    }
  });

  it('gives every indexed page exactly one soort', () => {
    const labels = ['Achtergrond', 'Interventietype', 'Hulpmiddel', 'Literatuur', 'Databank'];
    for (const page of pages.filter(hasBody)) {
      const soort = filtersOf(page).filter((filter) => filter.name === 'soort');
      expect(soort.length, page.path).toBe(1);
      expect(labels, page.path).toContain(soort[0]?.value);
    }
    const soortOf = (path: string) => filtersOf(builtPage(path)).find((filter) => filter.name === 'soort')?.value;
    expect(soortOf('/literatuur/')).toBe('Literatuur');
    expect(soortOf('/interventies-vinden/')).toBe('Databank');
    expect(soortOf('/schoolscan/')).toBe('Hulpmiddel');
    expect(soortOf('/colofon/')).toBe('Achtergrond');
  });

  it('has a page for every one of the 13 intervention types', () => {
    expect(interventionIds).toHaveLength(13);
    expect(
      pages
        .filter((page) => isInterventionPage(page.path))
        .map((page) => page.path)
        .sort(),
    ).toEqual(interventionIds.map((id) => `/interventietypen/${id}/`));
  });

  it.each(interventionIds)('/interventietypen/%s/ has soort Interventietype and at least one domein and doelgroep', (id) => {
    const filters = filtersOf(builtPage(`/interventietypen/${id}/`));
    const values = (name: string) => filters.filter((filter) => filter.name === name).map((filter) => filter.value);
    expect(values('soort')).toEqual(['Interventietype']);
    expect(values('domein').length).toBeGreaterThanOrEqual(1);
    expect(values('doelgroep').length).toBeGreaterThanOrEqual(1);
    for (const value of [...values('domein'), ...values('doelgroep')]) expect(value).toMatch(/\S/);
    expect(
      filters.every((filter) => ['soort', 'domein', 'doelgroep'].includes(filter.name)),
      JSON.stringify(filters),
    ).toBe(true);
  });

  it('only intervention-type pages have domein and doelgroep filters', () => {
    const others = pages.filter((page) => !isInterventionPage(page.path) && hasBody(page));
    for (const page of others) {
      expect(
        filtersOf(page).filter((filter) => filter.name !== 'soort'),
        page.path,
      ).toEqual([]);
    }
  });

  it('keeps the bibliography out of the /literatuur/ page record (its entries are records of their own)', () => {
    const page = builtPage('/literatuur/');
    const lists = page.document.querySelectorAll('ol.bibliography');
    expect(lists).toHaveLength(1);
    expect(lists[0]?.hasAttribute('data-pagefind-ignore')).toBe(true);
    const entries = page.document.querySelectorAll('[data-search-entry]');
    expect(entries.map((entry) => entry.getAttribute('id')).sort()).toEqual(references.map((reference) => reference.id).sort());
    for (const entry of entries) expect(entry.closest('[data-pagefind-ignore]'), entry.getAttribute('id') ?? '').not.toBeNull();
  });
});

/** The query the first-search budget counts: one word, as a reader starts (also the bench's first query). */
const FIRST_QUERY = 'pesten';

interface Loaded {
  path: string;
  /** gzip -9 of the file as sent (Pagefind's index files are gzip already; gzip -9 adds a few bytes). */
  gzip: number;
}

/**
 * The files a first search loads on a built site, found by running it: Pagefind's own pagefind.js
 * from the build, set up with the search page's options, answers `query` through the site's
 * runner, and each file Pagefind asks for is read from `dir`. pagefind.js itself is counted too.
 */
async function firstSearch(dir: string, query: string): Promise<{ loaded: Loaded[]; results: number }> {
  const gzip = (body: Buffer) => gzipSync(body, { level: 9 }).length;
  const loaded: Loaded[] = [{ path: 'pagefind.js', gzip: gzip(readFileSync(join(dir, 'pagefind', 'pagefind.js'))) }];
  const { pagefind, close } = await openPagefind(dir, (path, body) => loaded.push({ path, gzip: gzip(body) }));
  try {
    const outcome = await runQuestion(pagefind, query, {});
    return { loaded, results: outcome.results.length };
  } finally {
    close();
  }
}

describe.each([
  { name: 'dist/', dir: distDir },
  { name: 'dist-subpath/', dir: subpathDistDir },
])('the first search on $name', ({ dir }) => {
  it(`loads under ${budgets.firstSearch / 1024} kB from /pagefind/ for ‘${FIRST_QUERY}’ (gzip -9), one chunk of the word index among them`, async () => {
    const { loaded, results } = await firstSearch(dir, FIRST_QUERY);
    const kind = (path: string) => /^(index|fragment|filter)\//.exec(path)?.[1] ?? path.replace(/^pagefind\.[^.]+\./, 'pagefind.');
    const byKind = new Map<string, { files: number; bytes: number }>();
    for (const file of loaded) {
      const sum = byKind.get(kind(file.path)) ?? { files: 0, bytes: 0 };
      byKind.set(kind(file.path), { files: sum.files + 1, bytes: sum.bytes + file.gzip });
    }
    const total = loaded.reduce((sum, file) => sum + file.gzip, 0);
    console.log(
      `First search ‘${FIRST_QUERY}’ on ${dir}: ${total} bytes (${(total / 1024).toFixed(1)} kB) in ${loaded.length} files, ${results} results\n` +
        [...byKind].map(([name, sum]) => `  ${name}: ${sum.files} file(s), ${sum.bytes} bytes`).join('\n'),
    );
    expect(results).toBeGreaterThan(0);
    expect(byKind.get('index')?.files, 'chunks of the word index').toBe(1);
    expect(
      loaded.some((file) => file.path.startsWith('wasm.')),
      'the WebAssembly is counted',
    ).toBe(true);
    expect(total).toBeLessThan(budgets.firstSearch);
  });

  it('has a word index in chunks of a few kB, so a word loads little of it (INDEX_CHUNK_SIZE applies)', () => {
    const folder = join(dir, 'pagefind', 'index');
    const sizes = readdirSync(folder).map((name) => statSync(join(folder, name)).size);
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.max(...sizes)).toBeLessThan(6 * 1024);
  });
});

/** One record of the index as the search page receives it: Pagefind's fragment files, gzip with a signature. */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

function readFragments(): Fragment[] {
  const folder = join(distDir, 'pagefind', 'fragment');
  return readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    if (!text.startsWith('pagefind_dcd')) throw new Error(`${name} is not a Pagefind fragment`);
    return JSON.parse(text.slice('pagefind_dcd'.length)) as Fragment;
  });
}

describe('search terms in the index (README, "Search terms")', () => {
  const fragments = readFragments();
  const content = contentCollections();
  const termsByPath = new Map<string, readonly string[]>([
    ...content.domains.map(
      (entry) => [`/domeinen/${entry.id}/`, [...entry.data.everydayWords, ...termTexts(entry.data.searchTerms)]] as const,
    ),
    ...content.interventions.map((entry) => [`/interventietypen/${entry.id}/`, termTexts(entry.data.searchTerms)] as const),
  ]);

  it('reads a record for every indexed page and literature entry', () => {
    expect(fragments.length).toBe(pages.filter(hasBody).length + references.length);
  });

  it('keeps the visible line of terms out of every page’s text, so no excerpt can show it', () => {
    expect(
      fragments.filter((fragment) => fragment.content.includes(t.searchTerms.label)).map((fragment) => fragment.url),
      'records whose text has the line of search terms',
    ).toEqual([]);
    for (const path of termsByPath.keys()) {
      const line = builtPage(path).document.querySelector('.search-terms');
      expect(line?.textContent, path).toContain(t.searchTerms.label);
      expect(line?.hasAttribute('data-pagefind-ignore'), path).toBe(true);
    }
    // Reads every record of the index and parses 24 pages: more than the 5 s default on a busy machine.
  }, 60_000);

  it('gives each domain and intervention-type page its terms and their word forms as metadata, and no other page any', () => {
    expect(termsByPath.size).toBe(11 + 13);
    for (const fragment of fragments) {
      const terms = termsByPath.get(fragment.url);
      if (!terms) {
        expect(fragment.meta[TERMS_META], fragment.url).toBeUndefined();
        continue;
      }
      expect(terms.length, fragment.url).toBeGreaterThan(0);
      expect(fragment.meta[TERMS_META]?.split(' '), fragment.url).toEqual(indexedTermWords(terms));
    }
    expect(fragments.filter((fragment) => fragment.meta[TERMS_META]).length).toBe(termsByPath.size);
  });
});

describe('the Content-Security-Policy', () => {
  const ownHashes = inlineScripts.map(sha256);

  it('hashes the three inline scripts of src/lib/inline-scripts.ts', () => {
    expect(inlineScripts).toEqual([printMetaScript, searchShortcutScript, serviceWorkerScript]);
    expect(new Set(ownHashes).size).toBe(3);
  });

  it.each(pages.map((page) => [page.path, page] as const))(
    '%s has a CSP meta that allows only the site and its hashed scripts',
    (_path, page) => {
      const policy = policyOf(page);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      const scriptSrc = policy.get('script-src') ?? [];
      expect(scriptSrc).toContain("'self'");
      expect(scriptSrc).toContain("'wasm-unsafe-eval'");
      for (const hash of ownHashes) expect(scriptSrc).toContain(hash);
      expect(
        scriptSrc.filter((source) => !/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/]+={0,2})'$/.test(source)),
        'anything else in script-src',
      ).toEqual([]);
      expect(policy.get('worker-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      // The CSP <meta> must come before any script, or it does not apply to it.
      const head = page.html.indexOf('http-equiv="content-security-policy"');
      expect(head).toBeGreaterThan(-1);
      const firstScript = page.html.search(/<script\b/);
      if (firstScript !== -1) expect(head).toBeLessThan(firstScript);
    },
  );

  it.each(pages.map((page) => [page.path, page] as const))('%s has no inline script the CSP does not allow', (_path, page) => {
    const scriptSrc = policyOf(page).get('script-src') ?? [];
    // An island's props (JSON) are data the browser does not run, so the CSP has nothing to allow.
    const inline = page.document.querySelectorAll('script:not([src]):not([type="application/json"])');
    const problems = inline
      .map((script) => script.rawText)
      .filter((code) => !(inlineScripts as readonly string[]).includes(code) && !scriptSrc.includes(sha256(code)))
      .map((code) => `${code.slice(0, 80)}… (${sha256(code)})`);
    expect(problems, 'inline scripts neither from inline-scripts.ts nor hashed in the CSP').toEqual([]);
    // The shortcut script and the service worker's registration are on every page; the print
    // script on every page with the print block.
    expect(inline.map((script) => script.rawText)).toContain(searchShortcutScript);
    expect(inline.map((script) => script.rawText)).toContain(serviceWorkerScript);
    if (page.document.querySelector('[data-print-address]')) expect(inline.map((script) => script.rawText)).toContain(printMetaScript);
  });

  it.each(pages.map((page) => [page.path, page] as const))(
    '%s has the handout frame’s inline style, allowed by its hash, and no other unhashed style',
    (_path, page) => {
      const styleSrc = policyOf(page).get('style-src') ?? [];
      const inline = page.document.querySelectorAll('style').map((style) => style.rawText);
      expect(
        inline.filter((code) => (inlineStyles as readonly string[]).includes(code)),
        'one handout frame (src/lib/print-frame.ts)',
      ).toHaveLength(1);
      expect(inline.filter((code) => !styleSrc.includes(sha256(code))).map((code) => code.slice(0, 80))).toEqual([]);
      for (const code of inlineStyles) expect(styleSrc).toContain(sha256(code));
      expect(
        styleSrc.filter((source) => !/^'(self|sha256-[A-Za-z0-9+/]+={0,2})'$/.test(source)),
        'anything else in style-src',
      ).toEqual([]);
    },
  );

  it('has no inline event handlers or javascript: links anywhere', () => {
    const found = pages.flatMap((page) =>
      page.document
        .querySelectorAll('*')
        .filter(
          (element) =>
            Object.keys(element.attributes).some((name) => /^on/i.test(name)) ||
            /^\s*javascript:/i.test(element.getAttribute('href') ?? ''),
        )
        .map((element) => `${page.path}: ${element.outerHTML.slice(0, 80)}`),
    );
    expect(found).toEqual([]);
  });
});
