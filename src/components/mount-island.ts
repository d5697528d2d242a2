/**
 * Hydrates the island a page rendered on the server (Island.astro) with the props it was rendered
 * with, then removes `data-ssr`: from then on the island responds. This is all a page with one
 * island, loaded at once, needs of Astro's island runtime and renderer, which weighed 2.6 kB gzip
 * in each tool page's first view.
 */
import { h, hydrate, type ComponentType } from 'preact';

export function mountIsland<Props extends object>(name: string, component: ComponentType<Props>): void {
  const root = document.querySelector(`[data-island="${name}"]`);
  const props = document.querySelector(`[data-island-props="${name}"]`);
  if (!root || !props) throw new Error(`No island "${name}" on this page`);
  hydrate(h(component, JSON.parse(props.textContent!) as Props), root);
  root.removeAttribute('data-ssr');
}
