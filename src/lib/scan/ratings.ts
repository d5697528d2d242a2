/**
 * The four answers a team gives per domain (PRODUCT.md): three steps of concern and
 * "Weet ik niet", which has no step and never counts as a concern.
 */
export const ratings = ['geen', 'enige', 'grote', 'onbekend'] as const;
export type Rating = (typeof ratings)[number];

/** Concern as a number for comparisons; "onbekend" has none. */
export const concernStep: Record<Rating, number | null> = {
  geen: 0,
  enige: 1,
  grote: 2,
  onbekend: null,
};

export function isConcern(rating: Rating | null): boolean {
  return rating === 'enige' || rating === 'grote';
}

/** Steps between two answers, or null when either has no step. */
export function stepsBetween(a: Rating | null, b: Rating | null): number | null {
  const from = a ? concernStep[a] : null;
  const to = b ? concernStep[b] : null;
  return from === null || to === null ? null : to - from;
}
