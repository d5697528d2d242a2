/**
 * A tool page renders its island on the server and hydrates it with its own script
 * (src/components/Island.astro, mount-island.ts), not with Astro's island runtime. Here the
 * server's render (preact-render-to-string, as Island.astro renders it) is put in the page as
 * Island.astro writes it, with its props as JSON, and mountIsland takes it over. That the built
 * pages hold exactly that render: tests/build/islands.test.ts.
 */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { render, type ComponentType } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import Schoolscan from '../../src/components/schoolscan/Schoolscan';
import Werkblad from '../../src/components/werkblad/Werkblad';
import { mountIsland } from '../../src/components/mount-island';
import { islandJson } from '../../src/lib/island-json';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import { catalogue as scanCatalogue } from '../fixtures/scan-examples';
import { catalogue as werkbladCatalogue } from '../fixtures/werkblad-examples';

/** The page as the build writes it: the props as JSON, then the island's server-rendered markup. */
function serverPage(name: string, props: object, markup: string): HTMLElement {
  document.body.innerHTML =
    `<script type="application/json" data-island-props="${name}">${islandJson(props)}</script>` +
    `<div class="island" data-island="${name}" data-ssr>${markup}</div>`;
  return document.querySelector<HTMLElement>(`[data-island="${name}"]`)!;
}

afterEach(() => {
  const root = document.querySelector('[data-island]');
  if (root) render(null, root);
  document.body.innerHTML = '';
  localStorage.clear();
  history.replaceState(null, '', '/');
});

describe.each([
  {
    name: 'schoolscan',
    component: Schoolscan,
    props: { catalogue: scanCatalogue, strings: S },
    heading: S.views.list,
    start: `${S.list.newScan}: ${S.list.alone}`,
    next: S.views.create,
  },
  {
    name: 'werkblad',
    component: Werkblad,
    props: { catalogue: werkbladCatalogue, strings: W, scanHref: '/schoolscan/' },
    heading: W.views.list,
    start: W.list.newWorksheet,
    next: W.views.create,
  },
] as const)('mountIsland on the $name page', ({ name, component, props, heading, start, next }) => {
  it('takes over the server’s markup, keeps its elements and responds', async () => {
    const Component = component as ComponentType<typeof props>;
    history.replaceState(null, '', `/${name}/`);
    const root = serverPage(name, props, renderToString(<Component {...props} />));
    const serverHeading = root.querySelector('h2');
    expect(serverHeading?.textContent).toBe(heading);

    mountIsland(name, Component);

    expect(root.hasAttribute('data-ssr'), 'marked as hydrated').toBe(false);
    expect(root.querySelector('h2'), 'the server’s heading is kept, not rendered again').toBe(serverHeading);
    await waitFor(() => expect(root.querySelector('.tool-root')?.getAttribute('aria-busy')).toBe('false'));
    const link = screen.getAllByRole('link').find((candidate) => candidate.textContent === start);
    fireEvent.click(link!);
    await waitFor(() => expect(document.querySelector('.tool-view-heading')?.textContent).toBe(next));
  });
});

describe('mountIsland', () => {
  it('reads props whose text would end the script element', () => {
    const text = '</script><script>alert(1)</script><!-- ';
    serverPage('note', { text }, '');
    expect(document.scripts).toHaveLength(1);
    let shown = '';
    mountIsland('note', ({ text }: { text: string }) => {
      shown = text;
      return <p>{text}</p>;
    });
    expect(shown).toBe(text);
    expect(document.querySelector('[data-island="note"] p')?.textContent).toBe(text);
  });

  it('says which island is missing instead of failing silently', () => {
    document.body.innerHTML = '';
    expect(() => mountIsland('schoolscan', Schoolscan)).toThrow('No island "schoolscan" on this page');
  });
});
