/**
 * Builds the Pagefind index after `astro build` (an Astro integration, see astro.config.mjs).
 *
 * - Every page whose main content carries `data-pagefind-body` is indexed (BaseLayout sets it;
 *   the 404 page, the search page and the filter pages opt out), in Dutch (`forceLanguage`).
 * - Every entry of the literature list becomes a record of its own, linking to its anchor on
 *   /literatuur/, so a search for an author or a title word leads straight to the entry. The
 *   Bibliography component marks the entries with `data-search-entry` and a readable title.
 */
import { readFile } from 'node:fs/promises';
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

/** The literature entries of the built /literatuur/ page, as search records. */
export function literatureRecords(html: string): LiteratureRecord[] {
  return parse(html)
    .querySelectorAll('[data-search-entry]')
    .map((entry) => ({
      url: paths.reference(entry.getAttribute('id') ?? ''),
      title: entry.getAttribute('data-search-entry') ?? '',
      content: entry.textContent.replace(/\s+/g, ' ').trim(),
    }));
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'welbevinden:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
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
        logger.info(`Search index: ${pages.page_count} pages and ${literature.length} literature entries.`);
      },
    },
  };
}
