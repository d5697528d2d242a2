/**
 * What a browser, a search engine or a share dialog reads from every page: favicon, manifest,
 * Open Graph title and description, robots.txt, and a sitemap when the site's address is known.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, text, type BuiltPage } from '../support/dist';
import { distDir, subpathBase, subpathDistDir, subpathSite } from '../support/paths';

const builds = [
  { name: 'dist/ (root, no address)', dir: distDir, base: '/', site: undefined as string | undefined },
  { name: 'dist-subpath/ (/welbevinden/, with address)', dir: subpathDistDir, base: subpathBase, site: subpathSite },
];

const fileOf = (dir: string, base: string, href: string) => join(dir, href.slice(base.length));
const content = (page: BuiltPage, selector: string, attribute = 'content') =>
  page.document.querySelector(selector)?.getAttribute(attribute) ?? '';

describe.each(builds)('$name', ({ dir, base, site }) => {
  const pages = builtPages(dir).filter((page) => page.path !== '/404.html');

  it('on every page the Content-Security-Policy comes before anything it governs: right after the charset, which stays in the first 1024 bytes', () => {
    for (const page of builtPages(dir)) {
      const [, first, second] = /<head>(<[^>]*>)(<[^>]*>)/.exec(page.html) ?? [];
      expect(first, page.path).toBe('<meta charset="utf-8">');
      expect(second, page.path).toMatch(/^<meta http-equiv="content-security-policy" content="default-src 'self';[^"]*script-src 'self'/i);
      expect(page.html.indexOf('<meta charset="utf-8">'), page.path).toBeLessThan(1024);
    }
  });

  it('every page links a favicon and a manifest that exist', () => {
    const manifestHref = content(pages[0]!, 'link[rel="manifest"]', 'href');
    expect(manifestHref.startsWith(base)).toBe(true);
    const manifest = JSON.parse(readFileSync(fileOf(dir, base, manifestHref), 'utf8')) as {
      name: string;
      lang: string;
      start_url: string;
      icons: { src: string }[];
    };
    expect(manifest.name).toBe('Welbevinden van leerlingen');
    expect(manifest.lang).toBe('nl');
    expect(manifest.start_url).toBe('./');
    for (const icon of manifest.icons) expect(existsSync(join(dir, icon.src))).toBe(true);
    for (const page of pages) {
      const icon = content(page, 'link[rel="icon"]', 'href');
      expect(icon.startsWith(base), page.path).toBe(true);
      expect(existsSync(fileOf(dir, base, icon)), `${page.path}: ${icon}`).toBe(true);
      expect(content(page, 'link[rel="manifest"]', 'href'), page.path).toBe(manifestHref);
    }
  });

  it('every page has an Open Graph title and description of its own', () => {
    for (const page of pages) {
      const title = content(page, 'meta[property="og:title"]');
      const description = content(page, 'meta[property="og:description"]');
      expect(title, page.path).not.toBe('');
      expect(text(page.document.querySelector('title')), page.path).toContain(title);
      expect(description, page.path).toBe(content(page, 'meta[name="description"]'));
      expect(content(page, 'meta[property="og:locale"]'), page.path).toBe('nl_NL');
    }
  });

  it('has a robots.txt that allows crawling and names the sitemap only when the address is known', () => {
    const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *');
    expect(robots).toContain('Allow: /');
    if (site) expect(robots).toContain(`Sitemap: ${site}${base}sitemap.xml`);
    else expect(robots).not.toContain('Sitemap:');
  });

  it('has a sitemap of every page with absolute addresses, only when the address is known', () => {
    const file = join(dir, 'sitemap.xml');
    if (!site) {
      expect(existsSync(file)).toBe(false);
      return;
    }
    const locs = [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    const expected = pages.filter((page) => page.path !== '/zoeken/').map((page) => `${site}${base.replace(/\/$/, '')}${page.path}`);
    expect([...locs].sort()).toEqual([...expected].sort());
  });

  it('gives canonical and og:url addresses only when the address is known', () => {
    for (const page of pages) {
      const canonical = content(page, 'link[rel="canonical"]', 'href');
      if (site) {
        expect(canonical, page.path).toBe(`${site}${base.replace(/\/$/, '')}${page.path}`);
        expect(content(page, 'meta[property="og:url"]'), page.path).toBe(canonical);
      } else {
        expect(canonical, page.path).toBe('');
      }
    }
  });
});
