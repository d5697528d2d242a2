/**
 * Where the werkblad is, in the address fragment. The "Zet op het werkblad" link on an
 * intervention-type page is a plain address, "/werkblad/?type=<id>", which the island turns
 * into the route "#nieuw/type/<id>".
 */
import { isRecordId } from '../ids';
import type { HashRouter } from '../tools/router';

export type WerkbladRoute =
  { view: 'list' } | { view: 'create' } | { view: 'create-type'; typeId: string } | { view: 'edit'; id: string } | { view: 'plan' };

export function parseWerkbladRoute(hash: string): WerkbladRoute | null {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === 'werkbladen') return { view: 'list' };
  if (path === 'nieuw') return { view: 'create' };
  if (path === 'plan') return { view: 'plan' };
  const type = /^nieuw\/type\/([a-z0-9-]+)$/.exec(path);
  if (type?.[1]) return { view: 'create-type', typeId: type[1] };
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
    case 'edit':
      return `#werkblad/${route.id}`;
    case 'plan':
      return '#plan';
  }
}

/** "?type=<id>", the address of "Zet op het werkblad" on a type's page: the new worksheet for that type. */
export function werkbladQueryRoute(search: string): WerkbladRoute | null {
  const type = new URLSearchParams(search).get('type');
  return type && /^[a-z0-9-]+$/.test(type) ? { view: 'create-type', typeId: type } : null;
}

export const werkbladRouter: HashRouter<WerkbladRoute> = {
  parse: parseWerkbladRoute,
  toHash: werkbladHash,
  fromQuery: werkbladQueryRoute,
};
