/**
 * The built site as nginx serves it with the repository's configuration (deploy/nginx.conf at the
 * root, deploy/nginx-subpath.conf under /welbevinden/): every page, the headers of each kind of
 * response, the compressed copies the build wrote, and the not-found page. Run
 * `npm run build && npm run build:subpath` first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteAddresses } from '../support/crawl';
import { assertBuilt } from '../support/dist';
import { hasBrotli, rawGet, startNginx, type Nginx, type RawResponse } from '../support/nginx';
import { distDir, subpathBase, subpathDistDir } from '../support/paths';

/** What a browser sends. */
const BROWSER = 'gzip, deflate, br, zstd';
/** What nginx sends a browser: Brotli where it has the module, else gzip (see tests/support/nginx.ts). */
const [BEST, BEST_COPY] = hasBrotli ? (['br', 'br'] as const) : (['gzip', 'gz'] as const);

/** The headers every response carries, whatever its kind or status. */
const securityHeaders = {
  'content-security-policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const NO_CACHE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

const builds = [
  { name: 'at the root (deploy/nginx.conf)', dir: distDir, base: '/' as const },
  { name: 'under /welbevinden/ (deploy/nginx-subpath.conf)', dir: subpathDistDir, base: subpathBase as '/welbevinden/' },
];

const decode = (response: RawResponse): Buffer => {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body);
  if (encoding === 'gzip') return gunzipSync(response.body);
  return response.body;
};

const filesIn = (dir: string, folder: string, pattern: RegExp) =>
  readdirSync(join(dir, folder))
    .filter((name) => pattern.test(name))
    .map((name) => `${folder}/${name}`);

describe.each(builds)('nginx serving the build $name', ({ dir, base }) => {
  let nginx: Nginx | undefined;
  beforeAll(async () => {
    assertBuilt(dir);
    nginx = await startNginx(dir, base);
  });
  afterAll(async () => nginx?.close());

  const url = (path: string) => {
    if (!nginx) throw new Error('nginx did not start (see beforeAll).');
    return `${nginx.url}${path.replace(/^\//, '')}`;
  };
  const fetchRaw = (path: string, encoding = BROWSER) => rawGet(url(path), encoding ? { 'accept-encoding': encoding } : {});
  const file = (path: string) => readFileSync(join(dir, path.replace(/^\//, '')));

  const hashedAsset = () => filesIn(dir, '_astro', /\.css$/)[0]!;
  const script = () => filesIn(dir, '_astro', /^client\..*\.js$/)[0]!;
  const fragment = () => filesIn(dir, 'pagefind/fragment', /\.pf_fragment$/)[0]!;
  const index = () => filesIn(dir, 'pagefind/index', /\.pf_index$/)[0]!;
  const meta = () => filesIn(dir, 'pagefind', /\.pf_meta$/)[0]!;

  /** Each kind of response: an example, and its status, type and caching. */
  const kinds = () => [
    { kind: 'HTML page', path: '/onderzoek/', status: 200, type: 'text/html; charset=utf-8', cache: NO_CACHE },
    { kind: 'hashed stylesheet', path: hashedAsset(), status: 200, type: 'text/css; charset=utf-8', cache: IMMUTABLE },
    { kind: 'hashed script', path: script(), status: 200, type: 'application/javascript; charset=utf-8', cache: IMMUTABLE },
    { kind: 'update notice script', path: 'update.js', status: 200, type: 'application/javascript; charset=utf-8', cache: NO_CACHE },
    { kind: 'service worker', path: 'sw.js', status: 200, type: 'application/javascript; charset=utf-8', cache: NO_CACHE },
    { kind: 'manifest', path: 'manifest.webmanifest', status: 200, type: 'application/manifest+json; charset=utf-8', cache: NO_CACHE },
    { kind: 'icon', path: 'icons/icon-192.png', status: 200, type: 'image/png', cache: NO_CACHE },
    {
      kind: 'Pagefind entry (pagefind.js)',
      path: 'pagefind/pagefind.js',
      status: 200,
      type: 'application/javascript; charset=utf-8',
      cache: NO_CACHE,
    },
    {
      kind: 'Pagefind entry (pagefind-entry.json)',
      path: 'pagefind/pagefind-entry.json',
      status: 200,
      type: 'application/json; charset=utf-8',
      cache: NO_CACHE,
    },
    { kind: 'Pagefind WebAssembly', path: 'pagefind/wasm.nl.pagefind', status: 200, type: 'application/octet-stream', cache: NO_CACHE },
    { kind: 'Pagefind metadata (hashed)', path: meta(), status: 200, type: 'application/octet-stream', cache: IMMUTABLE },
    { kind: 'Pagefind fragment', path: fragment(), status: 200, type: 'application/octet-stream', cache: IMMUTABLE },
    { kind: 'Pagefind index', path: index(), status: 200, type: 'application/octet-stream', cache: IMMUTABLE },
    { kind: 'not found', path: '/bestaat-niet/', status: 404, type: 'text/html; charset=utf-8', cache: NO_CACHE },
  ];

  it('answers every page of the build with 200, the page itself (Brotli to a browser where nginx can), its CSP <meta>, and the headers', async () => {
    const addresses = siteAddresses(dir, base).filter((path) => !path.includes('?'));
    expect(addresses.length).toBeGreaterThan(30);
    expect(addresses).toContain('/offline/');
    for (const path of addresses) {
      const response = await fetchRaw(path);
      expect(response.status, path).toBe(200);
      expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(response.headers['content-encoding'], path).toBe(BEST);
      expect(response.headers['cache-control'], path).toBe(NO_CACHE);
      expect(response.headers, path).toMatchObject(securityHeaders);
      const html = decode(response);
      expect(html.equals(file(`${path}index.html`)), `${path}: the built page`).toBe(true);
      const text = html.toString('utf8');
      expect(text, path).toContain('<html lang="nl">');
      expect(text, path).toMatch(
        /<meta http-equiv="content-security-policy" content="default-src 'self';[^"]*script-src 'self'[^"]*'sha256-/,
      );
    }
  });

  it('answers every file the service worker precaches with 200, or its install would fail', async () => {
    const sw = file('sw.js').toString('utf8');
    const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);
    expect(urls.length).toBeGreaterThan(150);
    const failed: string[] = [];
    for (const precached of urls) {
      expect(precached.startsWith(base), precached).toBe(true);
      const response = await fetchRaw(precached.slice(base.length));
      if (response.status !== 200) failed.push(`${precached}: ${response.status}`);
    }
    expect(failed).toEqual([]);
  });

  it('sends each kind of response with its status, content type, caching and the security headers', async () => {
    const table: string[] = [];
    for (const { kind, path, status, type, cache } of kinds()) {
      const response = await fetchRaw(path, '');
      expect(response.status, kind).toBe(status);
      expect(response.headers['content-type'], kind).toBe(type);
      expect(response.headers['cache-control'], kind).toBe(cache);
      expect(response.headers, kind).toMatchObject(securityHeaders);
      expect(response.headers['permissions-policy'], kind).toMatch(/(^|, )camera=\(\)/);
      expect(response.headers['permissions-policy'], kind).toMatch(/(^|, )microphone=\(\)/);
      expect(response.headers['permissions-policy'], kind).toMatch(/(^|, )geolocation=\(\)/);
      expect(response.headers['server'], kind).toBe('nginx');
      if (status === 404) expect(response.body.equals(file('404.html')), 'the site’s own not-found page').toBe(true);
      table.push(`| ${kind} | ${path} | ${response.status} | ${response.headers['content-type']} | ${response.headers['cache-control']} |`);
    }
    console.log(`nginx ${base}\n${table.join('\n')}`);
  });

  it('redirects a folder without its slash to the folder, with a path only', async () => {
    const response = await fetchRaw('/schoolscan', '');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(`${base}schoolscan/`);
    expect(response.headers).toMatchObject(securityHeaders);
  });

  it('sends the compressed copies the build wrote: Brotli or gzip to a client that asks, the file itself to one that does not', async () => {
    const texts = [
      '/',
      '/literatuur/',
      hashedAsset(),
      script(),
      'update.js',
      'sw.js',
      'manifest.webmanifest',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
    ];
    for (const path of texts) {
      const original = file(path.endsWith('/') ? `${path}index.html` : path);
      const onDisk = (extension: string) => file(`${path.endsWith('/') ? `${path}index.html` : path}.${extension}`);
      for (const [accept, encoding, copy] of [
        ...(hasBrotli ? ([['br', 'br', 'br']] as const) : []),
        ['gzip', 'gzip', 'gz'],
        [BROWSER, BEST, BEST_COPY],
        ['gzip, deflate', 'gzip', 'gz'],
      ] as const) {
        const response = await fetchRaw(path, accept);
        expect(response.headers['content-encoding'], `${path} for "${accept}"`).toBe(encoding);
        expect(response.headers.vary, `${path} for "${accept}"`).toBe('Accept-Encoding');
        expect(response.body.equals(onDisk(copy)), `${path}: the build’s .${copy} copy`).toBe(true);
        expect(decode(response).equals(original), `${path}: unpacks to the file`).toBe(true);
      }
      const plain = await fetchRaw(path, '');
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.equals(original), path).toBe(true);
    }
  });

  it('sends Pagefind’s own compressed files and the icons as they are', async () => {
    for (const path of [fragment(), index(), 'pagefind/wasm.nl.pagefind', 'icons/icon-512.png']) {
      const response = await fetchRaw(path);
      expect(response.headers['content-encoding'], path).toBeUndefined();
      expect(response.body.equals(file(path)), path).toBe(true);
    }
  });
});
