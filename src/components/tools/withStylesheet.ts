/**
 * A view that loads later loads its own stylesheet with its code, and shows when both are there.
 * Astro adds a stylesheet that a script imports to every page the script's component can render
 * on, which for a tool in the guidance content is every page of the site: so such a view imports
 * its stylesheet as a URL (`./x.css?url`) and it is loaded here, once, as a <link> in <head>.
 */
const sheets = new Map<string, Promise<void>>();

function stylesheet(href: string): Promise<void> {
  let sheet = sheets.get(href);
  if (!sheet) {
    sheet = new Promise<void>((resolve, reject) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.onload = () => resolve();
      link.onerror = () => {
        // Another try (the view's "Opnieuw proberen") adds it again.
        link.remove();
        sheets.delete(href);
        reject(new Error(`The stylesheet ${href} did not load`));
      };
      document.head.append(link);
    });
    sheets.set(href, sheet);
  }
  return sheet;
}

/** The module that `load` imports, once it and the stylesheet at `href` have both loaded. */
export const withStylesheet = <M>(href: string, load: () => Promise<M>): Promise<M> =>
  Promise.all([stylesheet(href), load()]).then(([, module]) => module);
