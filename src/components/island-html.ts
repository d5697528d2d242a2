/**
 * The server's render of an island for Island.astro: preact-render-to-string on the component
 * alone, so that Preact's useId (the ids of form fields, forms/ids.ts) counts from the same start
 * as when the browser hydrates it (mount-island.ts). Astro's own renderer numbers each component
 * of a page for its island runtime, and the ids would then differ between server and browser.
 */
import { h, type ComponentType } from 'preact';
import { renderToString } from 'preact-render-to-string';

export const islandHtml = <Props extends object>(component: ComponentType<Props>, props: Props): string =>
  renderToString(h(component, props));
