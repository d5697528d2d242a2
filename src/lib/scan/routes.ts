/**
 * Where the schoolscan is, kept in the address fragment so the back button, reload and a
 * bookmark work: "#scan/<id>/resultaat". Fragments the scan does not know (the skip link's
 * "#inhoud") are not routes and leave the view as it is.
 */
export type ScanRoute =
  | { view: 'list' }
  | { view: 'create' }
  | { view: 'rate'; id: string }
  | { view: 'details'; id: string }
  | { view: 'result'; id: string }
  | { view: 'compare' }
  | { view: 'team' };

export function parseRoute(hash: string): ScanRoute | null {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === 'scans') return { view: 'list' };
  if (path === 'nieuw') return { view: 'create' };
  if (path === 'vergelijken') return { view: 'compare' };
  if (path === 'team') return { view: 'team' };
  const match = /^scan\/([a-z0-9]+)(?:\/(gegevens|resultaat))?$/.exec(path);
  if (!match?.[1]) return null;
  const id = match[1];
  if (match[2] === 'gegevens') return { view: 'details', id };
  if (match[2] === 'resultaat') return { view: 'result', id };
  return { view: 'rate', id };
}

export function routeHash(route: ScanRoute): string {
  switch (route.view) {
    case 'list':
      return '#scans';
    case 'create':
      return '#nieuw';
    case 'compare':
      return '#vergelijken';
    case 'team':
      return '#team';
    case 'rate':
      return `#scan/${route.id}`;
    case 'details':
      return `#scan/${route.id}/gegevens`;
    case 'result':
      return `#scan/${route.id}/resultaat`;
  }
}
