/** How the sitemap is written (what it lists: sitePages in routes.ts). */
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

/** The sitemap's address when the site's address is known. */
export function sitemapUrl(site: URL | undefined, base: string): string | null {
  return site ? new URL(`${base.replace(/\/$/, '')}/sitemap.xml`, site).href : null;
}
