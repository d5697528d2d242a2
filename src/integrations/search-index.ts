/**
 * Builds the Pagefind index after `astro build` (an Astro integration, see astro.config.mjs).
 *
 * - Every page whose main content carries `data-pagefind-body` is indexed (BaseLayout sets it;
 *   the 404 page, the search page and the filter pages opt out), in Dutch (`forceLanguage`).
 * - Every entry of the literature list becomes a record of its own, linking to its anchor on
 *   /literatuur/, so a search for an author or a title word leads straight to the entry. The
 *   Bibliography component marks the entries with `data-search-entry` and a readable title.
 * - Only the files the search page loads stay in dist/pagefind/: Pagefind also writes its own
 *   ready-made interfaces (pagefind-ui.js and others, about 350 kB), its web worker (the search
 *   page runs Pagefind on the page, `noWorker`) and the WebAssembly for languages the site does
 *   not have; `unusedPagefindFiles` names them and the build deletes them.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { paths } from '../lib/routes';

export interface LiteratureRecord {
  url: string;
  title: string;
  content: string;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The literature entries of the built /literatuur/ page, as search records. A paragraph inside an
 * entry (the note on corrections) is its own sentence: "… Excellence. Gecorrigeerd …", never glued on.
 */
export function literatureRecords(html: string): LiteratureRecord[] {
  return parse(html)
    .querySelectorAll('[data-search-entry]')
    .map((entry) => {
      const notes = entry.querySelectorAll('p');
      const noteTexts = notes.map((note) => clean(note.textContent));
      for (const note of notes) note.remove();
      return {
        url: paths.reference(entry.getAttribute('id') ?? ''),
        title: entry.getAttribute('data-search-entry') ?? '',
        content: [clean(entry.textContent), ...noteTexts].filter(Boolean).join(' '),
      };
    });
}

/** What pagefind-entry.json says the search needs: the WebAssembly of each language of the index. */
interface PagefindEntry {
  languages: Record<string, { wasm?: string }>;
}

/**
 * Files at the top of dist/pagefind/ that the site never loads: everything except pagefind.js,
 * the entry file, the metadata (*.pf_meta) and the WebAssembly of the index's
 * languages. The folders (index, fragment, filter) are the index itself and stay.
 */
export function unusedPagefindFiles(files: readonly string[], entry: PagefindEntry): string[] {
  const wasm = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`));
  const used = (name: string) => ['pagefind.js', 'pagefind-entry.json'].includes(name) || name.endsWith('.pf_meta') || wasm.has(name);
  return files.filter((name) => !used(name));
}

/**
 * How many word locations one chunk of the word index holds before Pagefind starts the next.
 * Pagefind's default (20,000) cuts this site's index into two chunks of 7 and 30 kB, so a first
 * query fetched up to 30 kB of index for one word; at 2,000 a word's chunk is about 3.5 kB (the
 * index as a whole grows about 10 %, a few hundred bytes per chunk). Pagefind 1.6 reads this only
 * from its environment and calls it unstable: tests/build/search-index.test.ts checks that it
 * still applies.
 */
export const INDEX_CHUNK_SIZE = 2000;

export function searchIndex(): AstroIntegration {
  return {
    name: 'welbevinden:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Read by the Pagefind service this call starts; set here, so no shell setting changes the index.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const pages = await index.addDirectory({ path: outDir });
        if (pages.errors.length) throw new Error(`Pagefind could not index the site: ${pages.errors.join('; ')}`);
        const literature = literatureRecords(await readFile(join(outDir, 'literatuur', 'index.html'), 'utf8'));
        for (const record of literature) {
          const added = await index.addCustomRecord({
            url: record.url,
            content: record.content,
            language: 'nl',
            meta: { title: record.title },
            filters: { soort: ['Literatuur'] },
          });
          if (added.errors.length) throw new Error(`Pagefind refused ${record.url}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        await pagefind.close();
        const bundle = join(outDir, 'pagefind');
        const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
        const files = (await readdir(bundle, { withFileTypes: true })).filter((item) => item.isFile()).map((item) => item.name);
        for (const name of unusedPagefindFiles(files, entry)) await rm(join(bundle, name));
        logger.info(`Search index: ${pages.page_count} pages and ${literature.length} literature entries.`);
      },
    },
  };
}
