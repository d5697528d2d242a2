import { describe, expect, it } from 'vitest';
import { absoluteAddress, isSitePath, joinBase, pageAddress } from '../../src/lib/urls';

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

describe('isSitePath', () => {
  it.each([
    ['/literatuur/', true],
    ['/', true],
    ['https://www.welbevindenopschool.nl', false],
    ['//cdn.example.nl/x.js', false],
    ['mailto:info@example.nl', false],
    ['#bronnen', false],
    ['literatuur/', false],
  ])('%s: %s', (url, sitePath) => {
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

describe('absoluteAddress', () => {
  it('spells out a site path against the page it is on, base path included', () => {
    expect(absoluteAddress('/welbevinden/werkblad/', 'https://www.example.nl/welbevinden/schoolscan/#scan/a/resultaat')).toBe(
      'https://www.example.nl/welbevinden/werkblad/',
    );
  });

  it('keeps an absolute address as it is', () => {
    expect(absoluteAddress('https://www.loketgezondleven.nl/', 'http://127.0.0.1:4321/schoolscan/')).toBe(
      'https://www.loketgezondleven.nl/',
    );
  });
});
