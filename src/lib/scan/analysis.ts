/** What a scan says: the concern profile, the priorities and the intervention types that can help. */
import type { ScanCatalogue, ScanDomain, ScanIntervention } from './catalogue';
import type { Scan } from './model';
import { concernsFirst, isConcern, type Rating } from './ratings';
import { answerFor } from './scan';

export interface ProfileRow {
  domain: ScanDomain;
  rating: Rating | null;
}

/** Every domain with its answer, in the source's order. */
export function profile(scan: Scan, domains: readonly ScanDomain[]): ProfileRow[] {
  return domains.map((domain) => ({ domain, rating: answerFor(scan, domain.id).rating }));
}

/** Domains of concern: "Grote zorgen" first, then "Enige zorgen", each in the source's order. */
export function priorities(scan: Scan, domains: readonly ScanDomain[]): ProfileRow[] {
  const rows = profile(scan, domains);
  return concernsFirst.flatMap((rating) => rows.filter((row) => row.rating === rating));
}

/** Domains without an answer yet. */
export function unrated(scan: Scan, domains: readonly ScanDomain[]): ScanDomain[] {
  return profile(scan, domains)
    .filter((row) => row.rating === null)
    .map((row) => row.domain);
}

export interface Suggestion {
  domain: ScanDomain;
  rating: Rating;
  types: { type: ScanIntervention; rationale: string }[];
}

/** For each domain of concern, in priority order, the intervention types linked to it. */
export function suggestions(scan: Scan, catalogue: ScanCatalogue): Suggestion[] {
  const byId = new Map(catalogue.interventions.map((type) => [type.id, type]));
  return priorities(scan, catalogue.domains).flatMap(({ domain, rating }) =>
    isConcern(rating)
      ? [
          {
            domain,
            rating,
            types: domain.interventions.flatMap((link) => {
              const type = byId.get(link.type);
              return type ? [{ type, rationale: link.rationale }] : [];
            }),
          },
        ]
      : [],
  );
}

/** The chosen types that still exist in the catalogue, in the order they were chosen. */
export function chosenTypes(scan: Scan, catalogue: ScanCatalogue): ScanIntervention[] {
  const byId = new Map(catalogue.interventions.map((type) => [type.id, type]));
  return scan.chosen.flatMap((id) => byId.get(id) ?? []);
}
