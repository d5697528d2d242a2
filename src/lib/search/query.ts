/**
 * The search page's state in the address: "/zoeken/?q=pesten&soort=Interventietype&doelgroep=ouders".
 * Filters are Pagefind filters: within one filter any value may match, between filters all must.
 */
import { capQuery } from './question';

export const filterNames = ['soort', 'domein', 'doelgroep'] as const;
export type FilterName = (typeof filterNames)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterName, string[]>;
}

export const emptyFilters = (): Record<FilterName, string[]> => ({ soort: [], domein: [], doelgroep: [] });

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const name of filterNames) filters[name] = [...new Set(params.getAll(name).filter(Boolean))];
  return { q: capQuery(params.get('q') ?? '').q, filters };
}

/** Whether the address holds a query longer than MAX_QUERY_LENGTH, which readSearchState cut. */
export function queryWasCut(search: string): boolean {
  return capQuery(new URLSearchParams(search).get('q') ?? '').cut;
}

/** "?q=pesten&soort=Interventietype"; an empty state gives "". */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const q = capQuery(state.q.trim()).q.trim();
  if (q) params.set('q', q);
  for (const name of filterNames) for (const value of state.filters[name]) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The filters in Pagefind's form; filters without a chosen value are left out. */
export function pagefindFilters(filters: SearchState['filters']): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const name of filterNames) if (filters[name].length) result[name] = { any: [...filters[name]] };
  return result;
}

export function toggleFilter(filters: SearchState['filters'], name: FilterName, value: string, on: boolean): SearchState['filters'] {
  const without = filters[name].filter((item) => item !== value);
  return { ...filters, [name]: on ? [...without, value] : without };
}

export function hasFilters(filters: SearchState['filters']): boolean {
  return filterNames.some((name) => filters[name].length > 0);
}
