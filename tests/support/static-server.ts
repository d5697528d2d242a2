/**
 * A minimal static file server for the built site, on 127.0.0.1 and a free port chosen by the OS.
 * Behaves like a plain static host: /path/ serves /path/index.html, /path redirects to /path/
 * when that is a folder, and unknown paths get /404.html with status 404. Text is gzip-compressed
 * for clients that accept it, as static hosts do.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

const compressible = /^(text\/|application\/(json|javascript|xml|manifest\+json))/;

export interface StaticServer {
  /** Origin plus base path, ending in "/", e.g. "http://127.0.0.1:41234/". */
  url: string;
  origin: string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** Serves `root` under `base` ("/" or "/welbevinden/"). */
export async function startStaticServer(root: string, base = '/'): Promise<StaticServer> {
  const rootDir = resolve(root);
  /** Compressed bodies by file: the build does not change while it is served. */
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = async (status: number, file: string) => {
      const body = await readFile(file);
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      // Like most static hosts: text is sent gzip-compressed to browsers that ask for it.
      const compress = compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      response.writeHead(status, { 'content-type': type, ...(compress ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}) });
      if (!compress) return response.end(body);
      let packed = gzipped.get(file);
      if (!packed) gzipped.set(file, (packed = gzipSync(body)));
      response.end(packed);
    };
    const notFound = async () => {
      const page = join(rootDir, '404.html');
      if (await isFile(page)) return send(404, page);
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    };

    if (!url.pathname.startsWith(base)) return notFound();
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(base.length));
    } catch {
      return notFound();
    }
    const path = normalize(join(rootDir, relative));
    if (path !== rootDir && !path.startsWith(rootDir + sep)) return notFound();

    if (await isDirectory(path)) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}` });
        return response.end();
      }
      const index = join(path, 'index.html');
      return (await isFile(index)) ? send(200, index) : notFound();
    }
    if (await isFile(path)) return send(200, path);
    return notFound();
  });

  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}
