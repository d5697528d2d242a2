/**
 * The main menu as the site builds it (the guidance pages' frontmatter through
 * src/lib/navigation.ts), and which item each page marks as current, worked out from the paths
 * alone: read by the build layer (the marks in every page's HTML) and the browser layer (the menu
 * on a phone).
 */
import { mainMenu, navPageOf, toolLinks, type NavPage } from '../../src/lib/navigation';
import { contentCollections } from './content-files';

export const menu: NavPage[] = mainMenu(contentCollections().guidance.map(navPageOf));
export const tools = toolLinks(menu);

/**
 * The item of the page itself ("page"), or the deepest item whose path the page lies under
 * ("true", a type under Interventietypen); the home page marks nothing but itself.
 */
export function expectedCurrent(pagePath: string): { path: string; value: 'page' | 'true' } | undefined {
  const exact = menu.find((item) => item.path === pagePath);
  if (exact) return { path: exact.path, value: 'page' };
  const parent = menu
    .filter((item) => item.path !== '/' && pagePath.startsWith(item.path))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return parent ? { path: parent.path, value: 'true' } : undefined;
}
