/**
 * Runs nginx with the repository's own configuration (deploy/) over a built site, for the nginx
 * test layer: a copy of deploy/nginx.conf (or deploy/nginx-subpath.conf) with only the port, the
 * root and the server name replaced, inside a small main configuration of its own (foreground,
 * pid, logs and temp folders in a temp folder, one worker as the current user), on a free port on
 * 127.0.0.1. The site is served through a symlink, so a test can swap in another build the way a
 * deploy does.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { get, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { addressing, type BrowserSuite } from './browser-suite';
import { launchChromium } from './chromium';
import { assertBuilt } from './dist';
import { projectRoot } from './paths';

export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const brotliModule = process.env.NGINX_BROTLI_MODULE ?? '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const mimeTypes = '/etc/nginx/mime.types';

export interface Nginx {
  /** "http://127.0.0.1:<port>". */
  origin: string;
  /** Origin plus base path, ending in "/". */
  url: string;
  /** Serve another build from now on (an atomic swap of the symlink nginx serves). */
  serve(dir: string): Promise<void>;
  /** Lines of the access log so far: "<method> <uri> <status>", one per request that reached nginx. */
  requests(): Promise<string[]>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * The site's server block for the test: listening on 127.0.0.1:`port`, with `root`. Everything
 * else stays as the repository has it.
 */
export function testServerBlock(config: string, port: number, root: string): string {
  const replaced = config
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)server_name [^;]+;/m, '$1server_name 127.0.0.1;')
    .replace(/^(\s*)root [^;]+;/m, `$1root ${root};`);
  if (!replaced.includes(`listen 127.0.0.1:${port};`) || !replaced.includes(`root ${root};`)) {
    throw new Error('The nginx configuration no longer has the "listen 80;" and "root …;" lines the test replaces.');
  }
  return replaced;
}

/**
 * Whether this nginx can send the .br copies. Debian's nginx needs a module for it; without
 * one the test serves deploy/ without its `brotli_static` line, as deploy/README.md says to.
 */
export const hasBrotli = existsSync(brotliModule);

function mainConfig(dir: string, site: string): string {
  // As root, nginx would run its worker as "nobody", which cannot read the temp folder.
  const user = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : '';
  return `${user}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${hasBrotli ? `load_module ${brotliModule};\n` : ''}events { worker_connections 256; }
http {
  include ${mimeTypes};
  default_type application/octet-stream;
  log_format test '$request_method $request_uri $status';
  access_log ${dir}/access.log test;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  sendfile on;
  include ${site};
}
`;
}

function missing(): string | null {
  if (!existsSync(nginxPath)) return `nginx not found at ${nginxPath}. Install it with "apt-get install -y nginx" (.ci/run does).`;
  if (!existsSync(mimeTypes)) return `${mimeTypes} is missing: it comes with the nginx package.`;
  return null;
}

/**
 * Starts nginx serving the build in `site` under `base` ("/" with deploy/nginx.conf,
 * "/welbevinden/" with deploy/nginx-subpath.conf).
 */
export async function startNginx(site: string, base: '/' | '/welbevinden/'): Promise<Nginx> {
  const problem = missing();
  if (problem) throw new Error(problem);
  const dir = await mkdtemp(join(tmpdir(), 'welbevinden-nginx-'));
  // The configuration's own includes (welbevinden/…) are relative to the main configuration.
  await cp(join(projectRoot, 'deploy/welbevinden'), join(dir, 'welbevinden'), { recursive: true });
  if (!hasBrotli) {
    const locations = join(dir, 'welbevinden', 'locations.conf');
    await writeFile(locations, (await readFile(locations, 'utf8')).replace(/^brotli_static on;$/m, ''));
  }
  await mkdir(join(dir, 'tmp'));
  await mkdir(join(dir, 'www'));
  // deploy/nginx.conf serves the build at the root; the sub-path one serves root + "/welbevinden/".
  const link = base === '/' ? join(dir, 'www', 'site') : join(dir, 'www', base.slice(1, -1));
  const root = base === '/' ? link : join(dir, 'www');
  const serve = async (build: string) => {
    const next = `${link}.next`;
    await rm(next, { force: true });
    await symlink(resolve(build), next);
    await rename(next, link);
  };
  await serve(site);
  const source = await readFile(join(projectRoot, 'deploy', base === '/' ? 'nginx.conf' : 'nginx-subpath.conf'), 'utf8');

  // The free port may be taken by another process before nginx binds it: then try another.
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    await writeFile(join(dir, 'site.conf'), testServerBlock(source, port, root));
    await writeFile(join(dir, 'nginx.conf'), mainConfig(dir, join(dir, 'site.conf')));
    const started = spawn(nginxPath, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    started.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolveExit) => started.once('exit', (code) => resolveExit(code)));
    const origin = `http://127.0.0.1:${port}`;
    // Ready when it answers; a configuration error ends the process instead.
    const ready = (async () => {
      while (started.exitCode === null) {
        const answered = await fetch(`${origin}${base}`, { redirect: 'manual' }).then(
          () => true,
          () => false,
        );
        if (answered) return true;
        await new Promise<void>((tick) => setTimeout(tick, 20));
      }
      return false;
    })();
    const outcome = await Promise.race([ready, exited.then(() => false)]);
    if (outcome) {
      const nginx: Nginx = {
        origin,
        url: `${origin}${base}`,
        serve,
        async requests() {
          const log = await readFile(join(dir, 'access.log'), 'utf8').catch(() => '');
          return log.split('\n').filter(Boolean);
        },
        async close() {
          if (started.exitCode === null) {
            started.kill('SIGQUIT');
            await exited;
          }
          await rm(dir, { recursive: true, force: true });
        },
      };
      return nginx;
    }
    const log = await readFile(join(dir, 'error.log'), 'utf8').catch(() => '');
    lastError = new Error(`nginx did not start: ${stderr}${log}`);
  }
  await rm(dir, { recursive: true, force: true });
  throw lastError;
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as it came over the wire (still compressed when Content-Encoding says so). */
  body: Buffer;
}

/** A GET with exactly these request headers and nothing decoded, as a test of the server needs it. */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolveGet, reject) => {
    const request = get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolveGet({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

export interface NginxSuite extends BrowserSuite {
  nginx(): Nginx;
}

/**
 * nginx over the build in `dir` under `base`, and one Chromium, for a test file: started in
 * beforeAll, always closed in afterAll. Shaped like the browser layer's suite, so its session
 * helpers (tests/support/tool-session.ts) work on it.
 */
export function useNginxSuite(dir: string, base: '/' | '/welbevinden/'): NginxSuite {
  let nginx: Nginx | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    assertBuilt(dir);
    try {
      nginx = await startNginx(dir, base);
      browser = await launchChromium();
    } catch (error) {
      await Promise.allSettled([nginx?.close(), browser?.close()]);
      throw error;
    }
  });
  afterAll(async () => {
    await Promise.allSettled([browser?.close(), nginx?.close()]);
    nginx = undefined;
    browser = undefined;
  });
  const suite: NginxSuite = {
    nginx() {
      if (!nginx) throw new Error('nginx did not start (see beforeAll).');
      return nginx;
    },
    server() {
      const { url, origin, close } = suite.nginx();
      return { url, origin, close };
    },
    browser() {
      if (!browser) throw new Error('Chromium did not start (see beforeAll).');
      return browser;
    },
    ...addressing(() => suite.nginx().url),
  };
  return suite;
}
