/** A tool's views as address fragments: how to read one and how to write one. */
export interface HashRouter<R> {
  /** The route of a fragment ("#scan/abc"); null for fragments that are not routes ("#inhoud"). */
  parse: (hash: string) => R | null;
  toHash: (route: R) => string;
  /** A route given in the query ("?type=x" from a link on another page); it replaces the query. */
  fromQuery?: (search: string) => R | null;
}

/** The route an address opens: a route in the query first, then the fragment, else `fallback`. */
export function initialRoute<R>(router: HashRouter<R>, search: string, hash: string, fallback: R): { route: R; fromQuery: boolean } {
  const fromQuery = router.fromQuery?.(search) ?? null;
  if (fromQuery) return { route: fromQuery, fromQuery: true };
  return { route: router.parse(hash) ?? fallback, fromQuery: false };
}
