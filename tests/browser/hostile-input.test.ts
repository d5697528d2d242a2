/**
 * No link or file can stop the page, in Chromium on the built site: a member's link nested
 * 25,000 levels deep and links that unpack to 20 MB and 150 MB, opened as "#lid/…" and pasted into
 * a session's "Links van teamleden", and a 20 MB file of nested brackets chosen in the import
 * (read in the worker). Each is refused with its Dutch message, nothing is stored, the page did
 * not crash and still reacts to the next click. The links carry a valid checksum: anyone can make
 * one. Run `npm run build` first.
 */
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { MAX_LINK_PAYLOAD } from '../../src/lib/scan/link';
import { exportScan } from '../../src/lib/scan/exchange';
import { SCAN_STORAGE_KEY } from '../../src/lib/scan/tool';
import { importErrorText } from '../../src/lib/tools/import-errors';
import { format } from '../../src/lib/text';
import { T2 } from '../fixtures/scan-examples';
import { useBrowserSuite } from '../support/browser-suite';
import { contentCatalogue } from '../support/scan-catalogue';
import { makeScan, writeTempFiles } from '../support/scan-files';
import { fillNewScan, importField, openSession, viewHeading, type OpenSession } from '../support/tool-session';

const suite = useBrowserSuite();
const SS = S.session;
const scanText = JSON.stringify(exportScan(makeScan(contentCatalogue(), { id: 'vreemd', title: 'Groep 7', createdAt: T2 }), T2));

/** A link of encoding 2 as anyone can make it: deflate, and the first 12 bytes of its SHA-256. */
function link(text: string): string {
  const data = deflateSync(Buffer.from(text, 'utf8'), { level: 9 });
  return `2.${data.toString('base64url')}.${createHash('sha256').update(data).digest().subarray(0, 12).toString('base64url')}`;
}
/** A valid-looking export with an extra field nested `depth` levels deep. */
const nested = (depth: number) => `${scanText.slice(0, -1)},"x":${'['.repeat(depth)}${']'.repeat(depth)}}`;
/** A valid export followed by `bytes` of spaces: deflate packs them a thousand to one. */
const padded = (bytes: number) => `${scanText}${' '.repeat(bytes)}`;

const links = {
  nested: link(nested(25_000)),
  bomb20: link(padded(20_000_000)),
  // Encoding 1 (no checksum of its own) is still read, so its bomb must be refused too.
  bomb150: `1.${deflateSync(Buffer.from(padded(150_000_000)), { level: 9 }).toString('base64url')}`,
};
const messages = {
  nested: SS.linkErrors['too-deep'],
  bomb20: SS.linkErrors['link-unpacks-too-large'],
  bomb150: SS.linkErrors['link-unpacks-too-large'],
};

const storedScans = (page: Page) =>
  page.evaluate((key) => Object.keys(localStorage).filter((name) => name.startsWith(`${key}/`)).length, SCAN_STORAGE_KEY);

/** A session whose pages may not crash; `close` asserts that none did, besides openSession's checks. */
async function guardedSession(): Promise<OpenSession & { crashes: string[] }> {
  const session = await openSession(suite);
  const crashes: string[] = [];
  session.page.on('crash', () => crashes.push(session.page.url()));
  return {
    ...session,
    crashes,
    close: async () => {
      expect(crashes, 'pages that crashed').toEqual([]);
      await session.close();
    },
  };
}

async function run(body: (session: OpenSession & { crashes: string[] }) => Promise<void>): Promise<void> {
  const session = await guardedSession();
  try {
    await body(session);
  } catch (error) {
    await session.context.close();
    throw error;
  }
  await session.close();
}

describe('hostile links and files', () => {
  it('makes links that fit in the address and pass the checksum', () => {
    for (const payload of Object.values(links)) expect(payload.length).toBeLessThan(MAX_LINK_PAYLOAD);
    console.log(
      `Hostile links: ${Object.entries(links)
        .map(([name, payload]) => `${name} ${payload.length} characters`)
        .join(', ')}.`,
    );
  });

  it.each(Object.keys(links) as (keyof typeof links)[])('a %s link opened as #lid/ is refused, and the page still reacts', async (name) => {
    await run(async ({ page }) => {
      await page.goto(suite.siteUrl('/schoolscan/'));
      await viewHeading(page, S.views.list).waitFor();
      await page.goto(suite.siteUrl(`/schoolscan/#lid/${links[name]}`));

      const alert = page.getByRole('alert').filter({ hasText: SS.linkErrorTitle });
      await alert.getByText(messages[name], { exact: true }).waitFor();
      expect(await storedScans(page)).toBe(0);
      await alert.getByRole('link', { name: S.nav.backToList, exact: true }).click();
      await viewHeading(page, S.views.list).waitFor();
    });
  });

  it('pasted into a session’s links, each is refused with its message, and the page still reacts', async () => {
    await run(async ({ page }) => {
      await page.goto(suite.siteUrl('/schoolscan/#sessie/nieuw'));
      await viewHeading(page, SS.startLink).waitFor();
      await fillNewScan(page, { title: 'Klas 2B', level: 'klas', schoolType: 'vo' });
      await page.getByRole('button', { name: SS.create, exact: true }).click();
      await viewHeading(page, format(SS.heading, { title: 'Klas 2B' })).waitFor();
      const stored = await storedScans(page);
      const names = Object.keys(links) as (keyof typeof links)[];
      const box = page.getByLabel(SS.pasteLabel, { exact: true });
      await box.fill(names.map((name) => suite.siteUrl(`/schoolscan/#lid/${links[name]}`)).join('\n'));
      await page.getByRole('button', { name: SS.pasteButton, exact: true }).click();

      const report = page.locator('.session-report');
      for (const [index, name] of names.entries()) {
        await report.getByText(format(SS.pasteLine, { n: index + 1, message: messages[name] }), { exact: true }).waitFor();
      }
      expect(await storedScans(page)).toBe(stored);
      // The box kept the links, so they can be corrected; emptied, the button answers at once.
      await box.fill('');
      await page.getByRole('button', { name: SS.pasteButton, exact: true }).click();
      await report.getByText(SS.pasteNone, { exact: true }).waitFor();
    });
  });

  it('a 20 MB file nested 10 million levels deep is read in the worker and refused, and the page still reacts', async () => {
    const depth = 10_000_000;
    const { dir, paths } = await writeTempFiles('diep-', [{ name: 'diep.json', text: `${'['.repeat(depth)}${']'.repeat(depth)}` }]);
    try {
      await run(async ({ page }) => {
        const workers: string[] = [];
        page.on('worker', (worker) => workers.push(worker.url()));
        await page.goto(suite.siteUrl('/schoolscan/'));
        await viewHeading(page, S.views.list).waitFor();
        await importField(page, S.import.label).setInputFiles(paths[0]!);

        const summary = page.getByRole('alert').filter({ hasText: S.import.errorTitle });
        await summary.getByText(importErrorText(S.import.errors, 'diep.json', { code: 'too-deep' }), { exact: true }).waitFor();
        expect(
          workers.filter((url) => /\/files\.worker[^/]*\.js$/.test(url)),
          'the file was read in the worker',
        ).toHaveLength(1);
        expect(await storedScans(page)).toBe(0);
        await page.getByRole('link', { name: `${S.list.newScan}: ${S.list.withTeam}`, exact: true }).click();
        await viewHeading(page, SS.startLink).waitFor();
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
