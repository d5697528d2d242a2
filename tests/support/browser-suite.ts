/**
 * One static server (on 127.0.0.1, a free port) per browser-test file and a connection to the
 * layer's one Chromium (chromium-global.ts; a Chromium of its own where no global setup started
 * one), made in beforeAll and always closed in afterAll, also when starting failed halfway. The server serves
 * dist/ at "/" unless another build folder and base path are given (the sub-path build).
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectChromium, launchChromium } from './chromium';
import { distDir, projectRoot } from './paths';
import { startStaticServer, type StaticServer } from './static-server';

export interface BrowserSuite {
  server(): StaticServer;
  browser(): Browser;
  /** Absolute URL of a site path ("/schoolscan/") on the test server. */
  siteUrl(path: string): string;
  /** Site path of a served URL, e.g. "/onderzoek/". */
  sitePath(url: string): string;
}

export interface SuiteSite {
  /** The build folder to serve; default dist/. */
  dir?: string;
  /** The base path it is served under ("/welbevinden/"); default "/". */
  base?: string;
}

/**
 * Registers the hooks; call at the top level of a test file. `requires` is a file in the build
 * folder (dist/ unless `site.dir` says otherwise).
 */
export function useBrowserSuite(requires = 'index.html', site: SuiteSite = {}): BrowserSuite {
  const dir = site.dir ?? distDir;
  const base = site.base ?? '/';
  let server: StaticServer | undefined;
  let browser: Browser | undefined;

  const closeAll = async () => {
    const closing: Promise<void>[] = [];
    if (browser) closing.push(browser.close());
    if (server) closing.push(server.close());
    browser = undefined;
    server = undefined;
    const failures = (await Promise.allSettled(closing)).filter((result) => result.status === 'rejected');
    if (failures.length > 0) throw new Error(`Closing failed: ${failures.map((f) => String(f.reason)).join('; ')}`);
  };

  beforeAll(async () => {
    if (!existsSync(join(dir, requires))) {
      const folder = relative(projectRoot, dir).replace(/\/?$/, '/');
      const command = dir === distDir ? 'npm run build' : 'npm run build && npm run build:subpath';
      throw new Error(`${folder}${requires} is missing. Run "${command}" before the browser tests.`);
    }
    try {
      server = await startStaticServer(dir, base);
      const endpoint = inject('chromiumEndpoint');
      browser = await (endpoint ? connectChromium(endpoint) : launchChromium());
    } catch (error) {
      await closeAll().catch(() => undefined);
      throw error;
    }
  });

  afterAll(closeAll);

  const suite: BrowserSuite = {
    server() {
      if (!server) throw new Error('The static server did not start (see beforeAll).');
      return server;
    },
    browser() {
      if (!browser) throw new Error('Chromium did not start (see beforeAll).');
      return browser;
    },
    ...addressing(() => suite.server().url),
  };
  return suite;
}

/** A suite's `siteUrl` and `sitePath` for a site served at `url()` (origin and base path, ending in "/"). */
export function addressing(url: () => string): Pick<BrowserSuite, 'siteUrl' | 'sitePath'> {
  return {
    siteUrl: (path) => new URL(path.replace(/^\//, ''), url()).href,
    sitePath: (address) => `/${new URL(address).pathname.slice(new URL(url()).pathname.length)}`,
  };
}
