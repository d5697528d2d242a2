import { describe, expect, it } from 'vitest';
import {
  isCurrentSection,
  isInReadingOrder,
  mainMenu,
  menuCurrent,
  neighbours,
  pageNeighbours,
  readingOrder,
  readingSequence,
  toolLinks,
  type NavPage,
} from '../../src/lib/navigation';
import { guidancePath } from '../../src/lib/routes';
import type { PageKind } from '../../src/lib/content-schemas';

const page = (id: string, order: number, inNav = true, kind: PageKind = 'achtergrond'): NavPage => ({
  id,
  title: `Titel ${id}`,
  label: id,
  path: id === 'home' ? '/' : `/${id}/`,
  order,
  kind,
  inNav,
  searchable: true,
});

/** A small site: home, two chapters with a tool between them, the literature list and three pages about the site. */
const site = [
  page('zoeken', 12, false, 'over'),
  page('welbevinden', 1),
  page('schoolscan', 2, true, 'hulpmiddel'),
  page('home', 0, false),
  page('colofon', 11, false, 'over'),
  page('onderzoek', 3),
  page('literatuur', 10, false, 'literatuur'),
  page('toegankelijkheid', 13, false, 'over'),
];

describe('readingOrder', () => {
  it('sorts pages by order', () => {
    const pages = [page('onderzoek', 3), page('home', 0, false), page('welbevinden', 1)];
    expect(readingOrder(pages).map((p) => p.id)).toEqual(['home', 'welbevinden', 'onderzoek']);
  });

  it('refuses two pages in the same position, naming both', () => {
    expect(() => readingOrder([page('waarom', 2), page('onderzoek', 2)])).toThrow(/"waarom" and "onderzoek" both have order 2/);
  });
});

describe('mainMenu', () => {
  it('keeps reading order and leaves out pages that are not in the menu', () => {
    const pages = [page('colofon', 9, false), page('waarom', 2), page('home', 0, false), page('welbevinden', 1)];
    expect(mainMenu(pages).map((p) => p.id)).toEqual(['welbevinden', 'waarom']);
  });
});

describe('toolLinks', () => {
  it('takes the tools from the menu, in reading order', () => {
    const pages = [...site, page('werkblad', 4, true, 'hulpmiddel'), page('archief', 5, false, 'hulpmiddel')];
    expect(toolLinks(mainMenu(pages)).map((p) => p.id)).toEqual(['schoolscan', 'werkblad']);
  });
});

describe('neighbours', () => {
  const sequence = [page('a', 1), page('b', 2), page('c', 3)];

  it('gives the previous and next page', () => {
    const { previous, next } = neighbours(sequence, 'b');
    expect(previous?.id).toBe('a');
    expect(next?.id).toBe('c');
  });

  it('has no previous page at the start and no next page at the end', () => {
    expect(neighbours(sequence, 'a').previous).toBeUndefined();
    expect(neighbours(sequence, 'c').next).toBeUndefined();
  });

  it('gives nothing for an unknown id', () => {
    expect(neighbours(sequence, 'x')).toEqual({});
  });
});

describe('reading order with previous/next links', () => {
  it('holds the chapters, the tools between them and the literature list, in order; not the home page or the pages about the site', () => {
    expect(readingSequence(site).map((p) => p.id)).toEqual(['welbevinden', 'schoolscan', 'onderzoek', 'literatuur']);
    expect(isInReadingOrder({ path: '/', kind: 'achtergrond' })).toBe(false);
    expect(isInReadingOrder({ path: '/zoeken/', kind: 'over' })).toBe(false);
    expect(isInReadingOrder({ path: '/werkblad/', kind: 'hulpmiddel' })).toBe(true);
  });

  it('links the neighbours by their full titles, not their menu labels', () => {
    expect(pageNeighbours(site, 'schoolscan')).toEqual({
      previous: { label: 'Titel welbevinden', path: '/welbevinden/' },
      next: { label: 'Titel onderzoek', path: '/onderzoek/' },
    });
  });

  it('starts without a previous page: the first chapter does not lead back to the home page', () => {
    expect(pageNeighbours(site, 'welbevinden').previous).toBeUndefined();
    expect(pageNeighbours(site, 'literatuur').next).toBeUndefined();
  });

  it('gives the home page and the pages about the site no previous or next page', () => {
    for (const id of ['home', 'zoeken', 'colofon', 'toegankelijkheid']) {
      expect(pageNeighbours(site, id), id).toEqual({ previous: undefined, next: undefined });
    }
  });
});

describe('guidancePath', () => {
  it('puts the home template at the root and other pages under their id', () => {
    expect(guidancePath({ id: 'index', data: { template: 'home' } })).toBe('/');
    expect(guidancePath({ id: 'onderzoek', data: { template: 'standaard' } })).toBe('/onderzoek/');
  });
});

describe('isCurrentSection', () => {
  it('matches a page and the pages below it', () => {
    expect(isCurrentSection('/interventietypen/', '/interventietypen/')).toBe(true);
    expect(isCurrentSection('/interventietypen/', '/interventietypen/veerkracht/')).toBe(true);
    expect(isCurrentSection('/interventietypen/', '/interventies-vinden/')).toBe(false);
  });

  it('matches the home page only on the home page', () => {
    expect(isCurrentSection('/', '/')).toBe(true);
    expect(isCurrentSection('/', '/onderzoek/')).toBe(false);
  });
});

describe('menuCurrent', () => {
  it('marks the page itself as "page" and a page below it as "true"', () => {
    expect(menuCurrent('/interventietypen/', '/interventietypen/')).toBe('page');
    expect(menuCurrent('/interventietypen/', '/interventietypen/veerkracht/')).toBe('true');
    expect(menuCurrent('/interventietypen/', '/interventies-vinden/')).toBeUndefined();
    expect(menuCurrent('/', '/onderzoek/')).toBeUndefined();
  });
});
