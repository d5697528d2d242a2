/** What kind of result a search hit is: the "soort" filter of the search page. */
import type { PageKind } from '../content-schemas';

export const searchKinds = ['achtergrond', 'interventietype', 'hulpmiddel', 'literatuur', 'databank'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** The soort of a guidance page; the colofon counts as background. */
export function searchKindOf(kind: PageKind): SearchKind {
  return kind === 'over' ? 'achtergrond' : kind;
}
