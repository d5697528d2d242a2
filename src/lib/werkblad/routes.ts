/**
 * Where the werkblad is, in the address fragment. The "Zet op het werkblad" link on an
 * intervention-type page is a plain address, "/werkblad/?type=<id>", which the island turns
 * into the route "#nieuw/type/<id>".
 */
export type WerkbladRoute =
  | { view: 'list' }
  | { view: 'create' }
  | { view: 'create-type'; typeId: string }
  | { view: 'edit'; id: string }
  | { view: 'plan' };

export function parseWerkbladRoute(hash: string): WerkbladRoute | null {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === 'werkbladen') return { view: 'list' };
  if (path === 'nieuw') return { view: 'create' };
  if (path === 'plan') return { view: 'plan' };
  const type = /^nieuw\/type\/([a-z0-9-]+)$/.exec(path);
  if (type?.[1]) return { view: 'create-type', typeId: type[1] };
  const edit = /^werkblad\/([a-z0-9]+)$/.exec(path);
  if (edit?.[1]) return { view: 'edit', id: edit[1] };
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

/** The route an address opens: "?type=<id>" first, else the fragment. */
export function initialWerkbladRoute(search: string, hash: string): WerkbladRoute | null {
  const type = new URLSearchParams(search).get('type');
  if (type && /^[a-z0-9-]+$/.test(type)) return { view: 'create-type', typeId: type };
  return parseWerkbladRoute(hash);
}
