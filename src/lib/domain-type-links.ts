/**
 * Relations between domains and intervention types. The link and its rationale are stored once,
 * on the domain (src/content/domains.yaml); the types of a domain and the domains of a type are
 * both read from there. Functions take collection entries ({ id, data }).
 */
import type { Audience } from './content-schemas';

export interface DomainLike {
  id: string;
  data: {
    order: number;
    interventions: readonly { type: { id: string }; rationale: string }[];
  };
}

export interface InterventionLike {
  id: string;
  data: { order: number; audiences: readonly Audience[] };
}

/** Collection entries sorted by their `data.order`. */
export function byDataOrder<T extends { data: { order: number } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}

/** The domains that list intervention type `typeId`, in domain order, each with the rationale of the link. */
export function domainsForType<D extends DomainLike>(domains: readonly D[], typeId: string): { domain: D; rationale: string }[] {
  return byDataOrder(domains).flatMap((domain) =>
    domain.data.interventions.filter((link) => link.type.id === typeId).map((link) => ({ domain, rationale: link.rationale })),
  );
}

/** The intervention types of one domain, in the order the domain lists them, each with its rationale. */
export function typesForDomain<I extends { id: string }>(
  domain: DomainLike,
  interventions: readonly I[],
): { type: I; rationale: string }[] {
  const byId = new Map(interventions.map((type) => [type.id, type]));
  return domain.data.interventions.flatMap((link) => {
    const type = byId.get(link.type.id);
    return type ? [{ type, rationale: link.rationale }] : [];
  });
}

/** Intervention types that work with `audience`, in the source's order. */
export function typesForAudience<I extends InterventionLike>(interventions: readonly I[], audience: Audience): I[] {
  return byDataOrder(interventions).filter((type) => type.data.audiences.includes(audience));
}
