/**
 * An island's markup in the built page is what the browser renders first from the props beside
 * it (src/components/Island.astro), ids made by useId included, so that mountIsland hydrates it
 * without a difference. Astro's own renderer would number the page's components and the fields'
 * ids would count from another start than in the browser. On both builds.
 */
import { h, type ComponentType } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import Schoolscan from '../../src/components/schoolscan/Schoolscan';
import Search from '../../src/components/search/Search';
import Werkblad from '../../src/components/werkblad/Werkblad';
import { builtPages } from '../support/dist';
import { distDir, subpathDistDir } from '../support/paths';

/** Page, island, component, and whether its first view has fields with ids from useId. */
const islands: [string, string, ComponentType<never>, boolean][] = [
  ['/schoolscan/', 'schoolscan', Schoolscan, true],
  ['/werkblad/', 'werkblad', Werkblad, true],
  ['/zoeken/', 'search', Search, false],
];

describe.each([distDir, subpathDistDir])('the islands of %s', (dir) => {
  const pages = builtPages(dir);

  it.each(islands)('%s: the %s island is the browser’s first render of its props, ids included', (path, name, component, hasIds) => {
    const page = pages.find((candidate) => candidate.path === path)!;
    const json = page.document.querySelector(`script[data-island-props="${name}"]`);
    expect(json, 'the props beside the island').not.toBeNull();
    const browser = renderToString(h(component, JSON.parse(json!.text) as never));
    if (hasIds) expect(browser, 'ids from useId, counted from the browser’s start').toMatch(/ id="[a-z]+-P0-\d+"/);
    expect(page.html).toContain(`<div class="island" data-island="${name}" data-ssr>${browser}</div>`);
  });
});
