/**
 * The part of the content the schoolscan needs, as plain data. Built at build time from the
 * collections (src/components/schoolscan/SchoolscanTool.astro) and passed to the island as props,
 * so the island never holds a second copy of the domains or their labels.
 */
import { everydayPhrase } from '../everyday-words';
import { paths } from '../routes';
import type { ScanSchoolType } from './model';

export interface ScanDomain {
  id: string;
  label: string;
  shortLabel: string;
  explanation: string;
  /** The domain in a teacher's everyday words ("Somber of teruggetrokken"): how a worry chosen on the home page is named. */
  everyday: string;
  prompts: string[];
  /** Intervention types that can help, in the domain's order, with the reason for each. */
  interventions: { type: string; rationale: string }[];
}

export interface ScanIntervention {
  id: string;
  title: string;
  /** Site path of the type's page, with the base path. */
  href: string;
}

export interface ScanDatabankLink {
  databank: string;
  label: string;
  url: string;
  schoolTypes: ScanSchoolType[];
}

export interface ScanCatalogue {
  /** In the source's order. */
  domains: ScanDomain[];
  interventions: ScanIntervention[];
  databankLinks: ScanDatabankLink[];
  /** Addresses the scan leads on to, with the base path. */
  links: { werkblad: string; interventionTypes: string };
}

/** Databank links that serve a school type. */
export function databankLinksFor(catalogue: ScanCatalogue, schoolType: ScanSchoolType): ScanDatabankLink[] {
  return catalogue.databankLinks.filter((link) => link.schoolTypes.includes(schoolType));
}

/** Shapes of the collection entries the catalogue is built from (see src/lib/content-schemas.ts). */
export interface CatalogueSources {
  domains: readonly {
    id: string;
    data: {
      label: string;
      shortLabel: string;
      explanation: string;
      everydayWords: readonly string[];
      prompts: string[];
      interventions: readonly { type: { id: string }; rationale: string }[];
    };
  }[];
  interventions: readonly { id: string; data: { title: string } }[];
  databanks: readonly {
    data: { name: string; links: readonly { label: string; url: string; schoolTypes: ScanSchoolType[] }[] };
  }[];
}

/** The scan's catalogue from the collections, in their order; `href` adds the base path. */
export function buildScanCatalogue(sources: CatalogueSources, href: (path: string) => string): ScanCatalogue {
  return {
    domains: sources.domains.map((domain) => ({
      id: domain.id,
      label: domain.data.label,
      shortLabel: domain.data.shortLabel,
      explanation: domain.data.explanation,
      everyday: everydayPhrase(domain.data.everydayWords),
      prompts: [...domain.data.prompts],
      interventions: domain.data.interventions.map((link) => ({ type: link.type.id, rationale: link.rationale })),
    })),
    interventions: sources.interventions.map((type) => ({
      id: type.id,
      title: type.data.title,
      href: href(paths.interventionType(type.id)),
    })),
    databankLinks: sources.databanks.flatMap((databank) =>
      databank.data.links.map((link) => ({
        databank: databank.data.name,
        label: link.label,
        url: link.url,
        schoolTypes: [...link.schoolTypes],
      })),
    ),
    links: { werkblad: href(paths.werkblad), interventionTypes: href(paths.interventionTypes) },
  };
}
