/**
 * robots.txt: everything may be crawled. With SITE_URL set it names the sitemap. (Crawlers only
 * read /robots.txt at the root of a host; under a sub-path the host's own file counts.)
 */
import type { APIRoute } from 'astro';
import { sitemapUrl } from '../lib/site-map';

export const GET: APIRoute = ({ site }) => {
  const sitemap = sitemapUrl(site, import.meta.env.BASE_URL);
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
