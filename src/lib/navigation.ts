/**
 * Reading order and navigation, derived from one source: the `order`, `navLabel`, `inNav` and
 * `kind` fields of the guidance collection. The main menu, previous/next links and the footer all
 * use this.
 */
import type { PageKind } from './content-schemas';
import { guidancePath } from './routes';

export interface NavPage {
  id: string;
  title: string;
  /** Short label for menus; the title when none is set. */
  label: string;
  path: string;
  order: number;
  /** `over` for pages about the site (colofon, search, accessibility statement). */
  kind: PageKind;
  inNav: boolean;
  /** Part of the site search (and of the sitemap). */
  searchable: boolean;
}

/** The frontmatter of a guidance page that navigation reads. */
export interface GuidanceEntry {
  id: string;
  data: { title: string; navLabel?: string; order: number; kind: PageKind; inNav: boolean; searchable: boolean; template: string };
}

/** A guidance page as navigation sees it: the one mapping the site and the tests share. */
export function navPageOf(entry: GuidanceEntry): NavPage {
  return {
    id: entry.id,
    title: entry.data.title,
    label: entry.data.navLabel ?? entry.data.title,
    path: guidancePath(entry),
    order: entry.data.order,
    kind: entry.data.kind,
    inNav: entry.data.inNav,
    searchable: entry.data.searchable,
  };
}

export interface Crumb {
  label: string;
  /** Absent for the current page. */
  path?: string;
}

export interface Neighbours<T> {
  previous?: T;
  next?: T;
}

/** A previous/next link: the page's full title, never its short menu label. */
export interface PageLink {
  label: string;
  path: string;
}

/** Pages sorted by `order`; throws when two pages claim the same position. */
export function readingOrder(pages: readonly NavPage[]): NavPage[] {
  const sorted = [...pages].sort((a, b) => a.order - b.order);
  for (let i = 1; i < sorted.length; i++) {
    const [before, current] = [sorted[i - 1], sorted[i]];
    if (before && current && before.order === current.order) {
      throw new Error(
        `Guidance pages "${before.id}" and "${current.id}" both have order ${current.order}; give each page its own position.`,
      );
    }
  }
  return sorted;
}

/** The items of the main menu, in reading order. */
export function mainMenu(pages: readonly NavPage[]): NavPage[] {
  return readingOrder(pages).filter((page) => page.inNav);
}

/** The tools of the main menu (kind `hulpmiddel`), in reading order: one tap away on a phone. */
export function toolLinks(menu: readonly NavPage[]): NavPage[] {
  return menu.filter((page) => page.kind === 'hulpmiddel');
}

/**
 * Whether a page is read in sequence with previous/next links: the chapters of the guidance, the
 * tools it leads to, and the literature list. The home page and the pages about the site
 * (colofon, search, accessibility statement) stand on their own.
 */
export function isInReadingOrder(page: Pick<NavPage, 'path' | 'kind'>): boolean {
  return page.path !== '/' && page.kind !== 'over';
}

/** The pages with previous/next links, in reading order. */
export function readingSequence(pages: readonly NavPage[]): NavPage[] {
  return readingOrder(pages).filter(isInReadingOrder);
}

/** Previous and next page of a guidance page, by full title; none for a page outside the reading order. */
export function pageNeighbours(pages: readonly NavPage[], id: string): Neighbours<PageLink> {
  const { previous, next } = neighbours(readingSequence(pages), id);
  const link = (page: NavPage | undefined) => (page ? { label: page.title, path: page.path } : undefined);
  return { previous: link(previous), next: link(next) };
}

/** The page before and after `id` in a sequence (reading order, or the list of types). */
export function neighbours<T extends { id: string }>(sequence: readonly T[], id: string): Neighbours<T> {
  const index = sequence.findIndex((item) => item.id === id);
  if (index === -1) return {};
  return { previous: sequence[index - 1], next: sequence[index + 1] };
}

/** True when `current` is `path` or lies below it; the home page only matches itself. */
export function isCurrentSection(path: string, current: string): boolean {
  if (path === '/') return current === '/';
  return current === path || current.startsWith(path);
}

/**
 * How a menu link to `path` marks itself on the page at `current`: "page" on that page, "true" on a
 * page below it (an intervention type under Interventietypen), nothing elsewhere.
 */
export function menuCurrent(path: string, current: string): 'page' | 'true' | undefined {
  if (path === current) return 'page';
  return isCurrentSection(path, current) ? 'true' : undefined;
}
