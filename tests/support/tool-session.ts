/**
 * What the tool tests share: a session (a fresh context guarded against foreign requests, whose
 * pages report page errors, console errors and Content-Security-Policy violations), axe with the
 * WCAG 2.2 AA tags, focus, downloads.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, BrowserContextOptions, Download, Locator, Page } from 'playwright-core';
import type { BrowserSuite } from './browser-suite';
import { blockForeignRequests, type ForeignRequestGuard } from './crawl';
import { watchCspViolations, type CspWatch } from './csp';
import { wcagTags } from './wcag';
import type { ToolState } from '../fixtures/tool-states';
import { schoolscanStrings } from '../../src/lib/i18n/schoolscan.nl';

export interface Session {
  context: BrowserContext;
  /** The first page of the context. */
  page: Page;
  /** A further tab in the same context (same localStorage). */
  newTab(): Promise<Page>;
  errors: string[];
  /** The context's record of aborted requests to other origins (asserted empty at the end). */
  foreign: ForeignRequestGuard;
  /**
   * Content-Security-Policy violations in the context (asserted empty at the end); null without
   * JavaScript, where Chromium's console error for a violation fails the session instead.
   */
  csp: CspWatch | null;
}

/** A session that stays open across tests; `close` asserts and closes as `withSession` does. */
export interface OpenSession extends Session {
  close(): Promise<void>;
}

/**
 * Opens a fresh context guarded against foreign requests, whose pages report page errors, console
 * errors and Content-Security-Policy violations. `close` asserts that there were none, and always
 * closes the context.
 */
export async function openSession(suite: BrowserSuite, options: BrowserContextOptions = {}): Promise<OpenSession> {
  const context = await suite.browser().newContext(options);
  try {
    const foreign = await blockForeignRequests(context, suite.server().origin);
    const csp = options.javaScriptEnabled === false ? null : await watchCspViolations(context);
    const errors: string[] = [];
    const watched = new WeakSet<Page>();
    const watch = (page: Page) => {
      if (watched.has(page)) return;
      watched.add(page);
      page.on('pageerror', (error) => errors.push(`uncaught ${error.name}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
      });
    };
    context.on('page', watch);
    const newTab = async () => {
      const page = await context.newPage();
      watch(page);
      return page;
    };
    const page = await newTab();
    const close = async () => {
      try {
        await csp?.flush();
        expect(foreign.blocked, 'requests to other origins').toEqual([]);
        expect(errors, 'uncaught page errors and console errors').toEqual([]);
        expect(csp?.violations ?? [], 'Content-Security-Policy violations').toEqual([]);
      } finally {
        await context.close();
      }
    };
    return { context, page, newTab, errors, foreign, csp, close };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * Runs `body` in a fresh session (see `openSession`) and then asserts that nothing went to another
 * origin, that no page threw or logged an error, and that no page violated the
 * Content-Security-Policy. The context is always closed.
 */
export function sessionRunner(suite: BrowserSuite) {
  return async function withSession<R>(options: BrowserContextOptions, body: (session: Session) => Promise<R>): Promise<R> {
    const session = await openSession(suite, options);
    let result: R;
    try {
      result = await body(session);
    } catch (error) {
      const { errors, csp } = session;
      await csp?.flush();
      if (error instanceof Error && errors.length) error.message += `\n(page errors meanwhile: ${errors.join(' | ')})`;
      if (error instanceof Error && csp?.violations.length) error.message += `\n(CSP violations meanwhile: ${csp.violations.join(' | ')})`;
      await session.context.close();
      throw error;
    }
    await session.close();
    return result;
  };
}

/**
 * The heading of a tool's view, once the tool has read what is stored (until then its root is
 * aria-busy: the first view comes from the server, with nothing stored in it) and the view's code
 * has loaded (a view that loads on use shows its heading while it loads).
 */
export function viewHeading(page: Page, name: string): Locator {
  return page.locator('.tool-root[aria-busy="false"]:not(:has(.tool-opening))').getByRole('heading', { level: 2, name, exact: true });
}

/**
 * The file input of an import, by its label, once the import's code has loaded: the field stands
 * there from the first view, disabled until then (src/components/tools/FileImport.tsx), and a
 * file set on it meanwhile would reach no code.
 */
export function importField(page: Page, label: string): Locator {
  return page.getByLabel(label, { exact: true }).and(page.locator(':enabled'));
}

export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/**
 * axe with the WCAG 2.2 AA tags; one line per violating node, prefixed with `state`. With
 * `within` (a selector), only that part of the page: the rest is checked elsewhere.
 */
export async function axeScan(page: Page, state: string, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(wcagTags);
  const results = await (within ? builder.include(within) : builder).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${state}: ${violation.id} (${violation.impact ?? 'no impact'}) ${JSON.stringify(node.target)} – ${violation.help}`,
    ),
  );
}

/** The text of a download, read as a stream: the layer's Chromium is connected to, and a download there has no local path. */
export async function downloadText(download: Download): Promise<string> {
  const failure = await download.failure();
  if (failure) throw new Error(`Download ${download.suggestedFilename()} failed: ${failure}`);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * axe on what a reader without JavaScript gets: the paper form, with the island's server-rendered
 * view hidden. axe cannot run in a page without JavaScript (its timers never fire there), so take
 * that page's DOM and scan it in a page that has JavaScript: the same markup, with <noscript> as a
 * plain <div> (else it would be text), scripts inert, the hidden island removed and the tools'
 * paper form shown as without JavaScript.
 */
export async function axeScanWithoutJavaScript(
  withSession: ReturnType<typeof sessionRunner>,
  url: string,
  heading: string,
  islandSelector: string,
): Promise<string[]> {
  const noScriptDom = await withSession({ javaScriptEnabled: false }, async ({ page }) => {
    await page.goto(url);
    await page.getByRole('heading', { name: heading, exact: true }).waitFor();
    for (const island of await page.locator(islandSelector).all()) {
      expect(await island.isVisible(), 'the island’s server-rendered view is hidden without JavaScript').toBe(false);
    }
    return page.content();
  });
  const inert = noScriptDom
    .replace(/<noscript>/g, '<div>')
    .replace(/<\/noscript>/g, '</div>')
    .replace(/<script\b/g, '<template')
    .replace(/<\/script>/g, '</template>');
  return withSession({}, async ({ page }) => {
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: inert }));
    await page.goto(url);
    // The tools' paper form shows under `@media (scripting: none)` (tool.css), which this page, with
    // JavaScript, does not match: show it as that page does.
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('.paper-blank').forEach((form) => (form.style.display = 'block')));
    await page.getByRole('heading', { name: heading, exact: true }).waitFor();
    await page.evaluate(() => document.querySelectorAll('[data-island]').forEach((island) => island.remove()));
    expect(await page.locator(islandSelector).count(), 'the island is gone').toBe(0);
    return axeScan(page, 'paper form without JavaScript');
  });
}

/** Fresh storage holding these entries, written from a page of the site that has no tool. */
export async function seedStorage(page: Page, siteUrl: (path: string) => string, entries: Readonly<Record<string, string>>): Promise<void> {
  await page.goto(siteUrl('/onderzoek/'));
  await page.evaluate((values) => {
    localStorage.clear();
    for (const [key, value] of values) localStorage.setItem(key, value);
  }, Object.entries(entries));
}

/**
 * Opens a tool in one of the shared example states (tests/fixtures/tool-states.ts): writes its
 * storage from a page of the same origin without a tool, opens the tool on its fragment, takes
 * its steps and waits until the state shows.
 */
export async function openToolState(page: Page, siteUrl: (path: string) => string, state: ToolState): Promise<void> {
  await seedStorage(page, siteUrl, state.storage);
  await page.goto(siteUrl(`/${state.tool}/${state.hash}`));
  await viewHeading(page, state.heading).waitFor();
  for (const step of state.steps) {
    if ('click' in step) {
      const scope = step.within ? page.getByRole('region', { name: step.within, exact: true }) : page;
      await scope.getByRole(step.click, { name: step.name, exact: true }).click();
    } else {
      await importField(page, step.upload).setInputFiles(
        step.files.map((file) => ({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) })),
      );
    }
  }
  if (state.shows)
    await page
      .getByRole(state.shows.role, { name: state.shows.name, exact: true, includeHidden: true })
      .first()
      .waitFor({ state: 'attached' });
}

/**
 * Chooses a file in a file input. A large file is written to disk and chosen by its path, which
 * Chromium reads itself; sending tens of megabytes through the protocol takes far longer.
 */
export async function chooseFile(input: Locator, name: string, body: Buffer): Promise<void> {
  if (body.length < 1_000_000) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: body });
    return;
  }
  // The page reads the file after setInputFiles returns, later on a busy machine: the file stays on
  // disk until the browser context closes, never only until the call returns.
  const dir = await mkdtemp(join(tmpdir(), 'welbevinden-bestand-'));
  input
    .page()
    .context()
    .once('close', () => void rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, name), body);
  await input.setInputFiles(join(dir, name));
}

/** What the new-scan form asks; level and school type are never chosen for the user. */
export interface NewScanDetails {
  title: string;
  level?: keyof typeof schoolscanStrings.details.levels;
  schoolType?: keyof typeof schoolscanStrings.details.schoolTypes;
  role?: string;
}

/** On the new-scan form: fills it in as a user would (level "Klas of groep" and school type "po" unless given). */
export async function fillNewScan(page: Page, details: NewScanDetails): Promise<void> {
  const S = schoolscanStrings.details;
  await page.getByLabel(S.title, { exact: true }).fill(details.title);
  await page.getByRole('radio', { name: S.levels[details.level ?? 'klas'], exact: true }).check();
  await page.getByRole('radio', { name: S.schoolTypes[details.schoolType ?? 'po'], exact: true }).check();
  if (details.role) await page.getByLabel(S.role, { exact: true }).fill(details.role);
}

/** Waits until every island of the page has rendered in the browser (mountIsland then removes its data-ssr attribute). */
export async function waitForIslands(page: Page): Promise<void> {
  await page.locator('[data-island][data-ssr]').first().waitFor({ state: 'detached' });
}
