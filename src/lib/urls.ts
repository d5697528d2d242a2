/**
 * Links inside the site. Every internal href goes through `href()` so the site works under a
 * sub-path (BASE_PATH, see astro.config.mjs).
 */

/** Joins the configured base ("/" or "/welbevinden/") and a site path ("/literatuur/"). */
export function joinBase(base: string, path: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  const cleanPath = path.startsWith('/') ? path.slice(1) : path;
  return `${cleanBase}${cleanPath}`;
}

/** A site path under the configured base. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** A root-relative site path ("/onderzoek/") as opposed to a fragment or external address. */
export function isSitePath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** The address shown on a printed page: absolute when the site address is configured. */
export function pageAddress(pathname: string, site: URL | undefined): string {
  return site ? new URL(pathname, site).href : pathname;
}

/**
 * A link's full address, spelled out on paper: `link` (a site path with the base, or an absolute
 * address) read against the address of the page it is on.
 */
export function absoluteAddress(link: string, pageUrl: string): string {
  return new URL(link, pageUrl).href;
}
