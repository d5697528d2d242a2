/** The part of the content the werkblad needs: the scan's catalogue plus questions and partners. */
import type { ScanCatalogue } from '../scan/catalogue';

export interface WerkbladQuote {
  quote: string;
  /** Site path of the guidance page the sentence stands on, with the base path. */
  href: string;
  /** Title of that page. */
  pageTitle: string;
}

export interface WerkbladQuestion {
  id: string;
  text: string;
  hints: WerkbladQuote[];
}

export interface WerkbladPartner {
  id: string;
  label: string;
  /** In and around the school, or outside it. */
  group: 'school' | 'buiten';
  /** Not named by the guidance: this site's own addition, labelled so. */
  addition: boolean;
  source?: WerkbladQuote;
}

export interface WerkbladCatalogue extends ScanCatalogue {
  /** In the source's order. */
  questions: WerkbladQuestion[];
  partners: WerkbladPartner[];
}

interface QuoteSource {
  quote: string;
  page: { id: string };
}

/** Shapes of the collection entries the werkblad adds to the scan's catalogue. */
export interface WerkbladSources {
  questions: readonly { id: string; data: { text: string; hints: readonly QuoteSource[] } }[];
  partners: readonly { id: string; data: { label: string; group: 'school' | 'buiten'; addition: boolean; source?: QuoteSource } }[];
  /** Guidance pages by id, for the links under quotes. */
  pages: ReadonlyMap<string, { title: string; path: string }>;
}

export function buildWerkbladCatalogue(
  scanCatalogue: ScanCatalogue,
  sources: WerkbladSources,
  href: (path: string) => string,
): WerkbladCatalogue {
  const quote = (source: QuoteSource): WerkbladQuote => {
    const page = sources.pages.get(source.page.id);
    return { quote: source.quote, href: href(page?.path ?? '/'), pageTitle: page?.title ?? '' };
  };
  return {
    ...scanCatalogue,
    questions: sources.questions.map((question) => ({
      id: question.id,
      text: question.data.text,
      hints: question.data.hints.map(quote),
    })),
    partners: sources.partners.map((partner) => ({
      id: partner.id,
      label: partner.data.label,
      group: partner.data.group,
      addition: partner.data.addition,
      ...(partner.data.source ? { source: quote(partner.data.source) } : {}),
    })),
  };
}

/** Ids the site knows, to refuse files that refer to things that do not exist here. */
export interface KnownIds {
  types: ReadonlySet<string>;
  domains: ReadonlySet<string>;
  questions: ReadonlySet<string>;
  partners: ReadonlySet<string>;
}

/** The ids of the werkblad's catalogue. */
export function knownIdsOf(catalogue: WerkbladCatalogue): KnownIds {
  return {
    types: new Set(catalogue.interventions.map((type) => type.id)),
    domains: new Set(catalogue.domains.map((domain) => domain.id)),
    questions: new Set(catalogue.questions.map((question) => question.id)),
    partners: new Set(catalogue.partners.map((partner) => partner.id)),
  };
}
