/**
 * The four answers a team gives per domain, in the order the scale shows them, and what each
 * means: three steps of concern and "Weet ik niet", which has no step and is never a concern.
 * Every order and comparison of answers is derived from `concernStep`.
 */
export const ratings = ['geen', 'enige', 'grote', 'onbekend'] as const;
export type Rating = (typeof ratings)[number];

/** Concern as a number for comparisons; "onbekend" has none. */
export const concernStep: Readonly<Record<Rating, number | null>> = {
  geen: 0,
  enige: 1,
  grote: 2,
  onbekend: null,
};

/** Enige or grote zorgen: a domain the result, priorities and worksheets are about. */
export function isConcern(rating: Rating | null): rating is Rating {
  return rating !== null && (concernStep[rating] ?? 0) > 0;
}

/** The answers from most concern to least; "onbekend" last. */
export const mostConcernFirst: readonly Rating[] = [...ratings].sort((a, b) => (concernStep[b] ?? -1) - (concernStep[a] ?? -1));

/** The answers that are concerns, most concern first: the order of the priorities. */
export const concernsFirst: readonly Rating[] = mostConcernFirst.filter(isConcern);

/** Steps between two answers, or null when either has no step. */
export function stepsBetween(a: Rating | null, b: Rating | null): number | null {
  const from = a ? concernStep[a] : null;
  const to = b ? concernStep[b] : null;
  return from === null || to === null ? null : to - from;
}
