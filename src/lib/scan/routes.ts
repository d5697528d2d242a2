/**
 * Where the schoolscan is, in the address fragment: "#scan/<id>/resultaat". Fragments the scan
 * does not know (the skip link's "#inhoud") are not routes.
 */
import { isRecordId } from '../ids';
import type { HashRouter } from '../tools/router';

export type ScanRoute =
  | { view: 'list' }
  | { view: 'create' }
  | { view: 'rate'; id: string }
  | { view: 'details'; id: string }
  | { view: 'result'; id: string }
  | { view: 'compare' }
  | { view: 'team' };

export function parseScanRoute(hash: string): ScanRoute | null {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === 'scans') return { view: 'list' };
  if (path === 'nieuw') return { view: 'create' };
  if (path === 'vergelijken') return { view: 'compare' };
  if (path === 'team') return { view: 'team' };
  const match = /^scan\/([^/]+)(?:\/(gegevens|resultaat))?$/.exec(path);
  const id = match?.[1];
  if (!id || !isRecordId(id)) return null;
  if (match[2] === 'gegevens') return { view: 'details', id };
  if (match[2] === 'resultaat') return { view: 'result', id };
  return { view: 'rate', id };
}

export function scanHash(route: ScanRoute): string {
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

export const scanRouter: HashRouter<ScanRoute> = { parse: parseScanRoute, toHash: scanHash };
