/**
 * The tools' catalogues built from the real content, the way the site builds them: the collections
 * through their schemas (contentCollections), then buildScanCatalogue and buildWerkbladCatalogue as
 * in SchoolscanTool.astro and WerkbladTool.astro. For the content tests, the component tests and
 * for writing example files in browser tests; logic tests use the synthetic catalogues of
 * tests/fixtures instead.
 */
import { navPageOf, readingOrder, type NavPage } from '../../src/lib/navigation';
import { buildScanCatalogue, type ScanCatalogue } from '../../src/lib/scan/catalogue';
import { buildWerkbladCatalogue, type WerkbladCatalogue } from '../../src/lib/werkblad/catalogue';
import { contentCollections } from './content-files';

const asIs = (path: string) => path;

/** The guidance pages in reading order, as loadSite() derives them (src/lib/site-data.ts). */
export function contentPages(): NavPage[] {
  return readingOrder(contentCollections().guidance.map(navPageOf));
}

/** The schoolscan's catalogue from the content; `href` adds a base path. */
export function contentCatalogue(href: (path: string) => string = asIs): ScanCatalogue {
  return buildScanCatalogue(contentCollections(), href);
}

/** The werkblad's catalogue from the content; `href` adds a base path. */
export function contentWerkbladCatalogue(href: (path: string) => string = asIs): WerkbladCatalogue {
  const { questions, partners } = contentCollections();
  const pages = new Map(contentPages().map((page) => [page.id, page]));
  return buildWerkbladCatalogue(contentCatalogue(href), { questions, partners, pages }, href);
}

/** A domain and a type's title by id, in the catalogue from the content (for browser journeys). */
export function catalogueLookup(catalogue: ScanCatalogue = contentCatalogue()) {
  return {
    domain: (id: string) => catalogue.domains.find((candidate) => candidate.id === id)!,
    typeTitle: (id: string) => catalogue.interventions.find((type) => type.id === id)!.title,
  };
}
