import { describe, expect, it } from 'vitest';
import { isExternalUrl, isSitePath, joinBase, pageAddress } from '../../src/lib/urls';

describe('joinBase', () => {
  it('keeps paths as they are under the root base', () => {
    expect(joinBase('/', '/literatuur/')).toBe('/literatuur/');
    expect(joinBase('/', '/')).toBe('/');
  });

  it('puts paths under a sub-path, with or without its trailing slash', () => {
    expect(joinBase('/welbevinden/', '/literatuur/')).toBe('/welbevinden/literatuur/');
    expect(joinBase('/welbevinden', '/literatuur/')).toBe('/welbevinden/literatuur/');
    expect(joinBase('/welbevinden/', '/')).toBe('/welbevinden/');
  });

  it('keeps fragments', () => {
    expect(joinBase('/welbevinden/', '/literatuur/#durlak-2011')).toBe('/welbevinden/literatuur/#durlak-2011');
  });
});

describe('isExternalUrl and isSitePath', () => {
  it.each([
    ['https://www.welbevindenopschool.nl', true, false],
    ['http://example.nl/a', true, false],
    ['//cdn.example.nl/x.js', true, false],
    ['mailto:info@example.nl', true, false],
    ['tel:+31302971100', true, false],
    ['/literatuur/', false, true],
    ['#bronnen', false, false],
    ['literatuur/', false, false],
  ])('%s: external %s, site path %s', (url, external, sitePath) => {
    expect(isExternalUrl(url)).toBe(external);
    expect(isSitePath(url)).toBe(sitePath);
  });
});

describe('pageAddress', () => {
  it('is absolute when the site address is configured', () => {
    expect(pageAddress('/onderzoek/', new URL('https://example.nl'))).toBe('https://example.nl/onderzoek/');
  });

  it('is the path when it is not', () => {
    expect(pageAddress('/onderzoek/', undefined)).toBe('/onderzoek/');
  });
});
