import { describe, expect, it } from 'vitest';
import { isCurrentSection, mainMenu, neighbours, readingOrder, type NavPage } from '../../src/lib/navigation';
import { guidancePath } from '../../src/lib/routes';

const page = (id: string, order: number, inNav = true): NavPage => ({
  id,
  title: `Titel ${id}`,
  label: id,
  path: id === 'home' ? '/' : `/${id}/`,
  order,
  inNav,
  searchable: true,
});

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
