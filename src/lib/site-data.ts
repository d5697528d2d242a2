/**
 * The one place pages get content from. Loads every collection once per build, checks the
 * cross-references (the build fails with a list of broken ones) and derives the reading order.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byDataOrder } from './domain-type-links';
import {
  assertNoProblems,
  findBrokenReferences,
  findUnreferenced,
  type CheckedEntry,
  type OutgoingReference,
} from './content-integrity';
import { readingOrder, type NavPage } from './navigation';
import { guidancePath, sitePages, type SitePage } from './routes';
import { t } from './i18n/nl';
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

const refs = (field: string, collection: string, ids: readonly { id: string }[]): OutgoingReference[] =>
  ids.map((ref, index) => ({ field: `${field}[${index}]`, collection, id: ref.id }));

function fileOf(entry: { filePath?: string }, fallback: string): string {
  return entry.filePath ?? fallback;
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

  const checked: CheckedEntry[] = [
    ...guidance.map((entry) => ({
      collection: 'guidance',
      id: entry.id,
      file: fileOf(entry, `src/content/guidance/${entry.id}.mdx`),
      references: refs('sources', 'references', entry.data.sources),
    })),
    ...interventions.map((entry) => ({
      collection: 'interventions',
      id: entry.id,
      file: fileOf(entry, `src/content/interventions/${entry.id}.mdx`),
      references: refs('sources', 'references', entry.data.sources),
    })),
    ...domains.map((entry) => ({
      collection: 'domains',
      id: entry.id,
      file: fileOf(entry, 'src/content/domains.yaml'),
      references: entry.data.interventions.map((link, index) => ({
        field: `interventions[${index}].type`,
        collection: 'interventions',
        id: link.type.id,
      })),
    })),
    ...questions.map((entry) => ({
      collection: 'questions',
      id: entry.id,
      file: fileOf(entry, 'src/content/questions.yaml'),
      references: entry.data.hints.map((hint, index) => ({ field: `hints[${index}].page`, collection: 'guidance', id: hint.page.id })),
    })),
    ...partners.map((entry) => ({
      collection: 'partners',
      id: entry.id,
      file: fileOf(entry, 'src/content/partners.yaml'),
      references: entry.data.source ? [{ field: 'source.page', collection: 'guidance', id: entry.data.source.page.id }] : [],
    })),
  ];
  const known = {
    guidance: new Set(guidance.map((entry) => entry.id)),
    interventions: new Set(interventions.map((entry) => entry.id)),
    domains: new Set(domains.map((entry) => entry.id)),
    references: new Set(references.map((entry) => entry.id)),
  };
  const problems = findBrokenReferences(checked, known);
  for (const id of findUnreferenced(checked, 'interventions', known.interventions)) {
    problems.push(
      `src/content/domains.yaml: intervention type "${id}" is not linked from any domain, so the scan can never suggest it. Add it to a domain's interventions.`,
    );
  }
  assertNoProblems(problems);

  const pages = readingOrder(
    guidance.map((entry) => ({
      id: entry.id,
      title: entry.data.title,
      label: entry.data.navLabel ?? entry.data.title,
      path: guidancePath(entry),
      order: entry.data.order,
      inNav: entry.data.inNav,
      searchable: entry.data.searchable,
    })),
  );

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
      { audience: (audience) => t.interventions.audienceHeading(t.audiences[audience]), domains: t.domains.overviewTitle },
    ),
  };
}

let cached: Promise<SiteData> | undefined;

/** All content, checked. Cached: every page of a build shares one load. */
export function loadSite(): Promise<SiteData> {
  cached ??= load();
  return cached;
}
