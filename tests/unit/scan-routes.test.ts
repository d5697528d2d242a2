import { describe, expect, it } from 'vitest';
import { parseScanRoute as parseRoute, scanHash as routeHash, type ScanRoute } from '../../src/lib/scan/routes';
import { newId } from '../../src/lib/ids';

const id = 'a1b2c3d4e5f60718293a4b5c';
const everyView: ScanRoute[] = [
  { view: 'list' },
  { view: 'create' },
  { view: 'rate', id },
  { view: 'details', id },
  { view: 'result', id },
  { view: 'compare' },
  { view: 'team' },
];

describe('scan routes', () => {
  it.each(everyView)('reads back the address of $view', (route) => {
    expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('uses Dutch fragments', () => {
    expect(everyView.map(routeHash)).toEqual([
      '#scans',
      '#nieuw',
      `#scan/${id}`,
      `#scan/${id}/gegevens`,
      `#scan/${id}/resultaat`,
      '#vergelijken',
      '#team',
    ]);
  });

  it('round-trips the ids newId makes', () => {
    const fresh = newId();
    expect(parseRoute(routeHash({ view: 'result', id: fresh }))).toEqual({ view: 'result', id: fresh });
  });

  it('reads an invitation that was cut off or changed as a broken invitation, to say so', () => {
    for (const hash of [
      '#doe-mee/',
      '#doe-mee/abc',
      `#doe-mee/${id}/klas/po`,
      `#doe-mee/${id}/groep/po/Titel`,
      `#doe-mee/${id}/klas/po/%E0`,
    ])
      expect(parseRoute(hash), hash).toEqual({ view: 'join-broken' });
    expect(parseRoute(routeHash({ view: 'join-broken' }))).toEqual({ view: 'join-broken' });
  });

  it('shows the list for an empty fragment', () => {
    expect(parseRoute('')).toEqual({ view: 'list' });
    expect(parseRoute('#')).toEqual({ view: 'list' });
    expect(parseRoute('scans')).toEqual({ view: 'list' });
  });

  it('is not a route for fragments the scan does not know, like the skip link', () => {
    for (const hash of [
      '#inhoud',
      '#scan',
      '#scan/',
      '#scan/ABC',
      '#scan/abc/onbekend',
      '#scan/abc/resultaat/extra',
      '#scan/a b',
      '#nieuw/',
      '#Team',
    ]) {
      expect(parseRoute(hash), hash).toBeNull();
    }
  });
});
