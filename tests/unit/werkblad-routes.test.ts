import { describe, expect, it } from 'vitest';
import { newId } from '../../src/lib/ids';
import { initialRoute } from '../../src/lib/tools/router';
import { parseWerkbladRoute, werkbladHash, werkbladRouter, type WerkbladRoute } from '../../src/lib/werkblad/routes';
import { typeIds } from '../fixtures/werkblad-examples';

const id = 'a1b2c3d4e5f60718293a4b5c';
const everyView: WerkbladRoute[] = [
  { view: 'list' },
  { view: 'create' },
  { view: 'create-type', typeId: 'veerkracht' },
  { view: 'from-scan', scanId: id },
  { view: 'edit', id },
  { view: 'plan' },
];

describe('werkblad routes', () => {
  it.each(everyView)('reads back the address of $view', (route) => {
    expect(parseWerkbladRoute(werkbladHash(route))).toEqual(route);
  });

  it('uses Dutch fragments', () => {
    expect(everyView.map(werkbladHash)).toEqual([
      '#werkbladen',
      '#nieuw',
      '#nieuw/type/veerkracht',
      `#van-scan/${id}`,
      `#werkblad/${id}`,
      '#plan',
    ]);
  });

  it('reads back a new worksheet for every type of the catalogue', () => {
    for (const typeId of typeIds)
      expect(parseWerkbladRoute(werkbladHash({ view: 'create-type', typeId }))).toEqual({ view: 'create-type', typeId });
  });

  it('reads back the address of a worksheet with a new id', () => {
    for (let i = 0; i < 20; i++) {
      const route: WerkbladRoute = { view: 'edit', id: newId() };
      expect(parseWerkbladRoute(werkbladHash(route))).toEqual(route);
    }
  });

  it('opens the list for an empty fragment, with or without "#"', () => {
    for (const hash of ['', '#', 'werkbladen', '#werkbladen']) expect(parseWerkbladRoute(hash), hash).toEqual({ view: 'list' });
    expect(parseWerkbladRoute('plan')).toEqual({ view: 'plan' });
  });

  it('is null for fragments it does not know', () => {
    const unknown = [
      '#onbekend',
      '#scans',
      '#scan/abc',
      '#werkblad',
      '#werkblad/',
      '#werkblad/ABC',
      '#werkblad/abc/def',
      '#werkblad/abc-def',
      '#nieuw/',
      '#nieuw/type',
      '#nieuw/type/',
      '#nieuw/type/Veerkracht',
      '#nieuw/type/veer kracht',
      '#nieuw/type/veerkracht/extra',
      '#plan/afdrukken',
      '#van-scan',
      '#van-scan/',
      '#van-scan/ABC',
      '#van-scan/abc/def',
      '#Plan',
      '##plan',
      '#werkbladen ',
    ];
    for (const hash of unknown) expect(parseWerkbladRoute(hash), hash).toBeNull();
  });
});

/** The route the werkblad opens on, as the island reads the address; null when it keeps the list for an unknown fragment. */
const UNKNOWN: WerkbladRoute = { view: 'create-type', typeId: 'onbekend-fragment' };
const initialWerkbladRoute = (search: string, hash: string): WerkbladRoute | null => {
  const { route } = initialRoute(werkbladRouter, search, hash, UNKNOWN);
  return route === UNKNOWN ? null : route;
};

describe('the route an address opens', () => {
  it('opens a new worksheet for the type in "?type="', () => {
    expect(initialWerkbladRoute('?type=veerkracht', '')).toEqual({ view: 'create-type', typeId: 'veerkracht' });
    expect(initialWerkbladRoute('type=veerkracht', '')).toEqual({ view: 'create-type', typeId: 'veerkracht' });
    expect(initialWerkbladRoute('?lang=nl&type=tegengaan-van-pesten', '')).toEqual({ view: 'create-type', typeId: 'tegengaan-van-pesten' });
  });

  it('puts "?type=" before the fragment', () => {
    expect(initialWerkbladRoute('?type=veerkracht', '#plan')).toEqual({ view: 'create-type', typeId: 'veerkracht' });
    expect(initialWerkbladRoute('?type=veerkracht', `#werkblad/${id}`)).toEqual({ view: 'create-type', typeId: 'veerkracht' });
  });

  it('follows the fragment without "?type="', () => {
    expect(initialWerkbladRoute('', '#plan')).toEqual({ view: 'plan' });
    expect(initialWerkbladRoute('?andere=1', `#werkblad/${id}`)).toEqual({ view: 'edit', id });
    expect(initialWerkbladRoute('', '')).toEqual({ view: 'list' });
    expect(initialWerkbladRoute('', '#onbekend')).toBeNull();
  });

  it('opens the worksheets of the scan in "?scan=", and ignores one that is not an id', () => {
    expect(initialWerkbladRoute(`?scan=${id}`, '#plan')).toEqual({ view: 'from-scan', scanId: id });
    for (const search of ['?scan=', '?scan=ABC', '?scan=a%2Fb', '?scan=%3Cscript%3E'])
      expect(initialWerkbladRoute(search, '#plan'), search).toEqual({ view: 'plan' });
  });

  it('ignores a "?type=" that is not an id and follows the fragment', () => {
    const invalid = [
      '?type=',
      '?type=Veerkracht',
      '?type=veer%20kracht',
      '?type=a%2Fb',
      '?type=%3Cscript%3E',
      '?type=veerkracht!',
      '?type=..%2F..',
    ];
    for (const search of invalid) {
      expect(initialWerkbladRoute(search, '#plan'), search).toEqual({ view: 'plan' });
      expect(initialWerkbladRoute(search, ''), search).toEqual({ view: 'list' });
    }
  });
});
