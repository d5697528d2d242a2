/**
 * Another site cannot show a page of this one in a frame (clickjacking): nginx sends
 * `frame-ancestors 'none'` (deploy/welbevinden/headers.conf), which a <meta> policy cannot.
 * The other site is a page on a second port of 127.0.0.1, which is another origin. Run
 * `npm run build` first.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useNginxSuite } from '../support/nginx';
import { distDir } from '../support/paths';

describe('a page of the site in a frame of another site', () => {
  const suite = useNginxSuite(distDir, '/');
  let other: Server | undefined;
  let otherOrigin = '';

  beforeAll(async () => {
    other = createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      if (request.url === '/eigen/') response.end('<!doctype html><html lang="nl"><title>Eigen</title><h1>Eigen pagina</h1>');
      else {
        // Its own page in one frame shows that frames load here; the site's page is in the other.
        response.end(
          `<!doctype html><html lang="nl"><title>Andere site</title>` +
            `<iframe name="eigen" src="/eigen/"></iframe><iframe name="site" src="${suite.siteUrl('/onderzoek/')}"></iframe>`,
        );
      }
    });
    await new Promise<void>((listening) => other!.listen(0, '127.0.0.1', listening));
    otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    other?.closeAllConnections();
    await new Promise((closed) => other?.close(closed));
  });

  it('is refused by Chromium: the frame stays empty and the console names frame-ancestors', async () => {
    const context = await suite.browser().newContext({ serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      const console: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') console.push(message.text());
      });
      const refused = page.waitForEvent('console', (message) => message.text().includes('frame-ancestors'));
      await page.goto(`${otherOrigin}/`);
      await refused;

      const own = page.frame({ name: 'eigen' })!;
      await own.locator('h1', { hasText: 'Eigen pagina' }).waitFor();
      const site = page.frame({ name: 'site' })!;
      // Chromium puts its own error page in a refused frame: the site's heading is not there.
      expect(await site.locator('h1', { hasText: 'Wat zegt het onderzoek?' }).count(), 'the site’s heading in the frame').toBe(0);
      expect(await site.evaluate(() => document.querySelector('[data-update-notice]') !== null), 'the site’s page in the frame').toBe(
        false,
      );
      expect(console.join('\n')).toMatch(/frame-ancestors 'none'.*blocked/);
      expect(console.join('\n')).toContain(suite.nginx().origin);
    } finally {
      await context.close();
    }
  });
});
