/**
 * The one place pages get content from. Loads every collection once per build, checks the
 * cross-references (the build fails with a list of broken ones) and derives the reading order.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byDataOrder } from './domain-type-links';
import { assertNoProblems, contentProblems } from './content-integrity';
import { navPageOf, readingOrder, type NavPage } from './navigation';
import { sitePages, type SitePage } from './routes';
import { t } from './i18n/nl';
import { offlineStrings } from './i18n/offline.nl';
import { sortReferences } from './citation';

export type Guidance = CollectionEntry<'guidance'>;
export type Intervention = CollectionEntry<'interventions'>;
export type Domain = CollectionEntry<'domains'>;
export type Reference = CollectionEntry<'references'>;
export type Databank = CollectionEntry<'databanks'>;
export type Question = CollectionEntry<'questions'>;
export type Partner = CollectionEntry<'partners'>;

export interface SiteData {
  guidance: Guidance[];
  /** In the order of the source's list. */
  interventions: Intervention[];
  /** In the order of the source's list. */
  domains: Domain[];
  /** Alphabetical, as on /literatuur/. */
  references: Reference[];
  databanks: Databank[];
  questions: Question[];
  partners: Partner[];
  /** Guidance pages in reading order, for menus and previous/next links. */
  pages: NavPage[];
  referenceById: Map<string, Reference>;
  /** Every page a reader looks for (see sitePages in routes.ts). */
  allPages: SitePage[];
}

async function load(): Promise<SiteData> {
  const [guidance, interventions, domains, references, databanks, questions, partners] = await Promise.all([
    getCollection('guidance'),
    getCollection('interventions'),
    getCollection('domains'),
    getCollection('references'),
    getCollection('databanks'),
    getCollection('questions'),
    getCollection('partners'),
  ]);

  assertNoProblems(contentProblems({ guidance, interventions, domains, references, questions, partners }));

  const pages = readingOrder(guidance.map(navPageOf));

  const ordered = { interventions: byDataOrder(interventions), domains: byDataOrder(domains) };
  return {
    guidance,
    ...ordered,
    references: sortReferences(references, (entry) => entry.data),
    databanks: byDataOrder(databanks),
    questions: byDataOrder(questions),
    partners: byDataOrder(partners),
    pages,
    referenceById: new Map(references.map((entry) => [entry.id, entry])),
    allPages: sitePages(
      { pages, ...ordered },
      {
        audience: (audience) => t.interventions.audienceHeading(t.audiences[audience]),
        domains: t.domains.overviewTitle,
        offline: offlineStrings.page.title,
      },
    ),
  };
}

let cached: Promise<SiteData> | undefined;

/** All content, checked. Cached: every page of a build shares one load. */
export function loadSite(): Promise<SiteData> {
  cached ??= load();
  return cached;
}
