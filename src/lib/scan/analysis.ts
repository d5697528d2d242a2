/** What a scan says: the concern profile, the priorities and the intervention types that fit them. */
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

export interface TypeFit {
  type: ScanIntervention;
  /** The domains of concern this site links the type to, in priority order, each with the site's reason. */
  domains: { domain: ScanDomain; rating: Rating; rationale: string }[];
}

/**
 * The intervention types this site links to the scan's domains of concern, each once, with the
 * domains it fits. Ranked by the weight of concern they serve: first by how many domains with
 * "Grote zorgen" a type fits, then by how many domains of concern in all; on a tie, by its first
 * domain's place in the priorities, then by its place in that domain's list. So a type that fits
 * the one domain with "Grote zorgen" comes before types that fit only domains with "Enige zorgen".
 * The links are this site's choice (domains.yaml), not a finding of the guidance.
 */
export function typesByConcern(scan: Scan, catalogue: ScanCatalogue): TypeFit[] {
  const fits = new Map<string, TypeFit & { first: number; place: number }>();
  const byId = new Map(catalogue.interventions.map((type) => [type.id, type]));
  priorities(scan, catalogue.domains).forEach(({ domain, rating }, position) => {
    if (!isConcern(rating)) return;
    domain.interventions.forEach((link, place) => {
      const type = byId.get(link.type);
      if (!type) return;
      const fit = fits.get(type.id) ?? { type, domains: [], first: position, place };
      fit.domains.push({ domain, rating, rationale: link.rationale });
      fits.set(type.id, fit);
    });
  });
  const grote = (fit: TypeFit) => fit.domains.filter((entry) => entry.rating === 'grote').length;
  return [...fits.values()]
    .sort((a, b) => grote(b) - grote(a) || b.domains.length - a.domains.length || a.first - b.first || a.place - b.place)
    .map(({ type, domains }) => ({ type, domains }));
}

/** The chosen types that still exist in the catalogue, in the order they were chosen. */
export function chosenTypes(scan: Scan, catalogue: ScanCatalogue): ScanIntervention[] {
  const byId = new Map(catalogue.interventions.map((type) => [type.id, type]));
  return scan.chosen.flatMap((id) => byId.get(id) ?? []);
}

export interface ChoiceWithReasons {
  type: ScanIntervention;
  /** The domains of concern this site links the type to, each with the site's reason; empty when none. */
  reasons: TypeFit['domains'];
}

/**
 * The chosen types as the printed result lists them: those that fit the domains of concern first,
 * ranked as in `typesByConcern`, each with this site's reasons; then chosen types that fit none
 * (chosen before the ratings changed), in the order they were chosen.
 */
export function chosenWithReasons(scan: Scan, catalogue: ScanCatalogue): ChoiceWithReasons[] {
  const chosen = new Set(chosenTypes(scan, catalogue).map((type) => type.id));
  const fitting = typesByConcern(scan, catalogue)
    .filter((fit) => chosen.has(fit.type.id))
    .map((fit) => ({ type: fit.type, reasons: fit.domains }));
  const rest = chosenTypes(scan, catalogue)
    .filter((type) => !fitting.some((fit) => fit.type.id === type.id))
    .map((type) => ({ type, reasons: [] }));
  return [...fitting, ...rest];
}

export interface DomainNotes {
  domain: ScanDomain;
  rating: Rating | null;
  /** "Wat zien we?" and "Wat gaat goed?", trimmed; empty when not filled in. */
  seen: string;
  going: string;
}

/** Every domain in the source's order with its rating and the team's notes. */
export function notesPerDomain(scan: Scan, domains: readonly ScanDomain[]): DomainNotes[] {
  return domains.map((domain) => {
    const answer = answerFor(scan, domain.id);
    return { domain, rating: answer.rating, seen: answer.seen.trim(), going: answer.going.trim() };
  });
}

/**
 * A profile for paper: the rows that say something (a rating, or the team's notes), and the
 * labels of the domains not rated yet, for one line ("Nog niet ingeschat: Energie, Motivatie")
 * instead of a row each. Both keep the source's order.
 */
export function splitUnrated<Row extends ProfileRow & { seen?: string; going?: string }>(rows: readonly Row[]): [Row[], string[]] {
  const said = rows.filter((row) => row.rating || row.seen || row.going);
  return [said, rows.filter((row) => !said.includes(row)).map((row) => row.domain.label)];
}
