/**
 * Watches a browser context for Content-Security-Policy violations: an init script adds a
 * `securitypolicyviolation` listener to every document of the context (every page and frame,
 * before any page script runs) and reports each violation as "<violatedDirective> <blockedURI>".
 *
 * Reports reach the test through a binding, and are also kept in the document itself, so that
 * `collect(page)` can pick up a violation whose binding call had not arrived yet when the page is
 * about to close. A context without JavaScript runs no init scripts: watch it through the
 * console instead (Chromium logs every violation there as an error).
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface CspViolation {
  /** Address of the document the violation happened in. */
  url: string;
  /** "<violatedDirective> <blockedURI>", e.g. "img-src https://example.org/x.png" or "script-src-elem inline". */
  text: string;
}

export interface CspWatch {
  /** Every violation seen so far in the context, as "<document address>: <directive> <blocked URI>". */
  readonly violations: string[];
  /** Waits for reports still on their way from `page`, then returns the violations of its documents. */
  collect(page: Page): Promise<string[]>;
  /** `collect` for every open page of the context. */
  flush(): Promise<void>;
}

interface Report extends CspViolation {
  id: string;
}

const BINDING = '__welbevindenCspViolation';
const LIST = '__welbevindenCspViolations';

const watches = new WeakMap<BrowserContext, Promise<CspWatch>>();

/** Starts watching `context` (once per context; later calls return the same watch). */
export function watchCspViolations(context: BrowserContext): Promise<CspWatch> {
  const existing = watches.get(context);
  if (existing) return existing;
  const created = startWatch(context);
  watches.set(context, created);
  return created;
}

async function startWatch(context: BrowserContext): Promise<CspWatch> {
  const seen = new Map<string, { page: Page | null; report: Report }>();
  const add = (page: Page | null, report: Report) => {
    if (!seen.has(report.id)) seen.set(report.id, { page, report });
  };

  await context.exposeBinding(BINDING, ({ page }, report: Report) => add(page ?? null, report));
  await context.addInitScript(
    ({ binding, list }) => {
      const documentId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
      const reports: { id: string; url: string; text: string }[] = [];
      Object.defineProperty(window, list, { value: reports });
      let count = 0;
      document.addEventListener(
        'securitypolicyviolation',
        (event) => {
          const report = {
            id: `${documentId}:${count}`,
            url: location.href,
            text: `${event.violatedDirective} ${event.blockedURI || 'inline'}`,
          };
          count += 1;
          reports.push(report);
          const send = (window as unknown as Record<string, unknown>)[binding];
          if (typeof send === 'function') void (send as (value: typeof report) => Promise<void>)(report);
        },
        true,
      );
    },
    { binding: BINDING, list: LIST },
  );

  const pull = async (page: Page) => {
    if (page.isClosed()) return;
    try {
      // One turn of the page's task queue: violation events are dispatched as tasks.
      const reports = await page.evaluate(
        (list) =>
          new Promise<Report[]>((resolve) =>
            setTimeout(() => resolve([...((window as unknown as Record<string, Report[] | undefined>)[list] ?? [])]), 20),
          ),
        LIST,
      );
      for (const report of reports) add(page, report);
    } catch {
      // The page is closing or navigating; the binding has delivered what it could.
    }
  };

  return {
    get violations() {
      return [...seen.values()].map(({ report }) => `${report.url}: ${report.text}`);
    },
    async collect(page) {
      await pull(page);
      return [...seen.values()].filter((entry) => entry.page === page).map(({ report }) => report.text);
    },
    async flush() {
      await Promise.all(context.pages().map(pull));
    },
  };
}
