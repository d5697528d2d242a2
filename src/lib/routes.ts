/**
 * Every path of the site is built here, as a site path without the base path ("/domeinen/energie/");
 * `href()` in urls.ts adds the base. The list of all pages (for the sitemap and for the search
 * page without JavaScript) is built here too, from the collections.
 */
import { audiences, type Audience } from './categories';

export const paths = {
  home: '/',
  interventionTypes: '/interventietypen/',
  interventionType: (id: string) => `/interventietypen/${id}/`,
  audience: (audience: Audience) => `/interventietypen/doelgroep/${audience}/`,
  domains: '/domeinen/',
  domain: (id: string) => `/domeinen/${id}/`,
  literature: '/literatuur/',
  /** One entry of the literature list. */
  reference: (id: string) => `/literatuur/#${id}`,
  search: '/zoeken/',
  schoolscan: '/schoolscan/',
  /** The schoolscan, opened on a new scan. */
  newScan: '/schoolscan/#nieuw',
  /** A new scan that starts from a worry about this domain (named on the form, nothing rated). */
  newScanFrom: (domainId: string) => `/schoolscan/#nieuw/${domainId}`,
  /** The schoolscan, opened on a new team session. */
  newSession: '/schoolscan/#sessie/nieuw',
  werkblad: '/werkblad/',
  /** "Zet op het werkblad": the werkblad, opened on a new worksheet for this type. */
  worksheetForType: (id: string) => `/werkblad/?type=${id}`,
  findInterventions: '/interventies-vinden/',
  /** What works without a connection; the service worker shows it for a page not stored. */
  offline: '/offline/',
} as const;

/** URL path of a guidance entry: the home template is "/", every other page "/<id>/". */
export function guidancePath(entry: { id: string; data: { template: string } }): string {
  return entry.data.template === 'home' ? paths.home : `/${entry.id}/`;
}

export interface SitePage {
  path: string;
  title: string;
}

interface SiteShape {
  /** Guidance pages in reading order, with whether search lists them. */
  pages: readonly (SitePage & { searchable: boolean })[];
  interventions: readonly { id: string; data: { title: string } }[];
  domains: readonly { id: string; data: { label: string } }[];
}

/**
 * Every page a reader looks for: the searchable guidance pages, every intervention type, the
 * types per audience, the domains overview, every domain and the page about working offline. The sitemap lists these, and the
 * search page lists them when it cannot search (no JavaScript).
 */
export function sitePages(
  site: SiteShape,
  titles: { audience: (audience: Audience) => string; domains: string; offline: string },
): SitePage[] {
  return [
    ...site.pages.filter((page) => page.searchable).map(({ path, title }) => ({ path, title })),
    ...site.interventions.map((type) => ({ path: paths.interventionType(type.id), title: type.data.title })),
    ...audiences.map((audience) => ({ path: paths.audience(audience), title: titles.audience(audience) })),
    { path: paths.domains, title: titles.domains },
    ...site.domains.map((domain) => ({ path: paths.domain(domain.id), title: domain.data.label })),
    { path: paths.offline, title: titles.offline },
  ];
}
