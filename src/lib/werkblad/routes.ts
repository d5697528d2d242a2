/**
 * Where the werkblad is, in the address fragment. Two plain addresses lead in from elsewhere,
 * and the island turns them into routes: "Zet op het werkblad" on an intervention type's page,
 * "/werkblad/?type=<id>" (the route "#nieuw/type/<id>"), and "Maak werkbladen" in a scan's
 * result, "/werkblad/?scan=<id>" (the route "#van-scan/<id>": the worksheets of that scan's
 * chosen types, made when missing).
 */
import { isRecordId } from '../ids';
import type { HashRouter } from '../tools/router';

export type WerkbladRoute =
  | { view: 'list' }
  | { view: 'create' }
  | { view: 'create-type'; typeId: string }
  | { view: 'from-scan'; scanId: string }
  | { view: 'edit'; id: string }
  | { view: 'plan' };

export function parseWerkbladRoute(hash: string): WerkbladRoute | null {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === 'werkbladen') return { view: 'list' };
  if (path === 'nieuw') return { view: 'create' };
  if (path === 'plan') return { view: 'plan' };
  const type = /^nieuw\/type\/([a-z0-9-]+)$/.exec(path);
  if (type?.[1]) return { view: 'create-type', typeId: type[1] };
  const fromScan = /^van-scan\/([^/]+)$/.exec(path);
  if (fromScan?.[1] && isRecordId(fromScan[1])) return { view: 'from-scan', scanId: fromScan[1] };
  const edit = /^werkblad\/([^/]+)$/.exec(path);
  if (edit?.[1] && isRecordId(edit[1])) return { view: 'edit', id: edit[1] };
  return null;
}

export function werkbladHash(route: WerkbladRoute): string {
  switch (route.view) {
    case 'list':
      return '#werkbladen';
    case 'create':
      return '#nieuw';
    case 'create-type':
      return `#nieuw/type/${route.typeId}`;
    case 'from-scan':
      return `#van-scan/${route.scanId}`;
    case 'edit':
      return `#werkblad/${route.id}`;
    case 'plan':
      return '#plan';
  }
}

/**
 * The addresses that lead in: "?type=<id>" ("Zet op het werkblad" on a type's page) opens a new
 * worksheet for that type; "?scan=<id>" ("Maak werkbladen" in a scan's result) the worksheets of
 * that scan.
 */
export function werkbladQueryRoute(search: string): WerkbladRoute | null {
  const query = new URLSearchParams(search);
  const type = query.get('type');
  if (type && /^[a-z0-9-]+$/.test(type)) return { view: 'create-type', typeId: type };
  const scan = query.get('scan');
  return scan && isRecordId(scan) ? { view: 'from-scan', scanId: scan } : null;
}

export const werkbladRouter: HashRouter<WerkbladRoute> = {
  parse: parseWerkbladRoute,
  toHash: werkbladHash,
  fromQuery: werkbladQueryRoute,
};
