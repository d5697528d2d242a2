/** sitemap.xml, only when the site's public address is configured (SITE_URL): it needs absolute URLs. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../lib/site-data';
import { sitemapXml } from '../lib/site-map';

export const getStaticPaths: GetStaticPaths = () => (import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : []);

export const GET: APIRoute = async ({ site }) => {
  if (!site) return new Response(null, { status: 404 });
  const data = await loadSite();
  const urls = data.allPages.map(({ path }) => new URL(`${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`, site).href);
  return new Response(sitemapXml(urls), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
