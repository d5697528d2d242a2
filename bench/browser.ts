/**
 * Chromium for the benchmark: the test suite's binary and flags (tests/support/chromium.ts), plus
 * a host-resolver rule so that nothing but 127.0.0.1 can be reached, and contexts that record
 * every response: the bytes Chromium received for it (headers and encoded body, as DevTools
 * counts "transferred"), and its decoded body.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Request } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium.ts';
import { BenchError, gzipSize } from './lib.ts';

/** Every host name fails to resolve; 127.0.0.1 is an address, not a name, so it still works. */
export const offlineArgs = [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

export async function launchBenchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new BenchError(`Chromium not found at ${chromiumPath}: install it with "apt-get install -y chromium".`);
  }
  try {
    return await chromium.launch({ executablePath: chromiumPath, args: offlineArgs });
  } catch (error) {
    throw new BenchError(`Chromium did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export type Kind = 'html' | 'css' | 'js' | 'other';

/** Sums over responses: `transferred` as Chromium counts it, `raw` decoded, `gzip` = gzip -9 of the decoded bodies (computed). */
export interface Bytes {
  count: number;
  transferred: number;
  /** The part of `transferred` that is response headers. */
  headers: number;
  raw: number;
  gzip: number;
}

export interface Loaded {
  url: string;
  kind: Kind;
  status: number;
  /** Bytes received as Chromium counts them: response headers plus the body as sent (encoded). */
  transferred: number;
  /** The body as sent, gzip-encoded when the server compressed it (Playwright's responseBodySize). */
  encodedBody: number;
  /** The response's Content-Encoding, '' when the body came uncompressed. */
  encoding: string;
  /** The decoded body. */
  raw: number;
  /** gzip -9 of the decoded body, computed here: what the tests' size budgets count, not what was sent. */
  gzip: number;
  /** The phase that was current when the request was made (see Recorder.phase). */
  phase: string;
  /** Made by the service worker (its offline copy of the site), not by the page. */
  worker: boolean;
}

function kindOf(request: Request, contentType: string): Kind {
  const type = request.resourceType();
  if (type === 'document' || contentType.startsWith('text/html')) return 'html';
  if (type === 'stylesheet' || contentType.startsWith('text/css')) return 'css';
  if (type === 'script' || /javascript/.test(contentType)) return 'js';
  return 'other';
}

/**
 * Records the requests of a context: how many, and for each response the bytes Chromium received
 * (Playwright's request.sizes(), which come from CDP: response headers plus the encoded body), the
 * decoded body, and gzip -9 of the decoded body (computed, to compare with the tests' budgets).
 * The browser asks for compression as it always does (Accept-Encoding: gzip, ...), and the tests'
 * static server gzips text when asked. A request to any origin but `origin` is aborted and fails
 * the measurement. Requests of the service worker (the offline copy it stores after a first visit)
 * are recorded too, marked `worker`, so that a page's own bytes can be told from them.
 */
export class Recorder {
  phase = 'load';
  /** Every request, the service worker's (`worker`) among them. */
  requests: { url: string; phase: string; worker: boolean }[] = [];
  loaded: Loaded[] = [];
  foreign: string[] = [];
  failed: string[] = [];
  private pending: Promise<void>[] = [];
  readonly origin: string;

  private constructor(origin: string) {
    this.origin = origin;
  }

  static async attach(context: BrowserContext, origin: string): Promise<Recorder> {
    const recorder = new Recorder(origin);
    await context.route(
      (url) => url.origin !== origin && /^https?:$/.test(url.protocol),
      async (route) => {
        recorder.foreign.push(route.request().url());
        await route.abort('blockedbyclient');
      },
    );
    context.on('request', (request) => {
      if (!/^https?:/.test(request.url())) return;
      recorder.requests.push({ url: request.url(), phase: recorder.phase, worker: request.serviceWorker() !== null });
    });
    context.on('requestfailed', (request) => {
      if (/^https?:/.test(request.url())) recorder.failed.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
    });
    context.on('response', (response) => {
      const request = response.request();
      if (!/^https?:/.test(response.url())) return;
      const phase = recorder.requests.findLast((entry) => entry.url === response.url())?.phase ?? recorder.phase;
      recorder.pending.push(
        (async () => {
          const status = response.status();
          // Redirects have no body; every other response of the site does.
          const body = status >= 300 && status < 400 ? Buffer.alloc(0) : await response.body();
          const headers = await response.allHeaders();
          const contentType = headers['content-type'] ?? '';
          // Resolves once the response has finished loading.
          const sizes = await request.sizes();
          recorder.loaded.push({
            url: response.url(),
            kind: kindOf(request, contentType),
            status,
            transferred: sizes.responseHeadersSize + sizes.responseBodySize,
            encodedBody: sizes.responseBodySize,
            encoding: headers['content-encoding'] ?? '',
            raw: body.length,
            gzip: gzipSize(body),
            phase,
            worker: request.serviceWorker() !== null,
          });
        })().catch((error: unknown) => {
          // The page was left before the body could be read: counts as an aborted request.
          recorder.failed.push(
            `${response.url()} (net::ERR_ABORTED: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
          );
        }),
      );
    });
    return recorder;
  }

  /**
   * Waits for every body seen so far, then fails on foreign, failed or error responses.
   * `allowAborted`: requests cut off by leaving a page (the favicon of a page the bench left at once).
   */
  async settle({ allowAborted = false } = {}): Promise<void> {
    while (this.pending.length) await Promise.all(this.pending.splice(0));
    if (this.foreign.length) throw new BenchError(`Requests to other hosts (blocked): ${this.foreign.join(', ')}`);
    const failed = this.failed.filter((entry) => !(allowAborted && /\(net::ERR_ABORTED[):]/.test(entry)));
    if (failed.length) throw new BenchError(`Failed requests: ${failed.join(', ')}`);
    const errors = this.loaded.filter((entry) => entry.status >= 400);
    if (errors.length) throw new BenchError(`Error responses: ${errors.map((entry) => `${entry.status} ${entry.url}`).join(', ')}`);
  }

  sum(filter: (entry: Loaded) => boolean = () => true): Bytes {
    const entries = this.loaded.filter(filter);
    const total = (key: 'transferred' | 'encodedBody' | 'raw' | 'gzip') => entries.reduce((sum, entry) => sum + entry[key], 0);
    return {
      count: entries.length,
      transferred: total('transferred'),
      headers: total('transferred') - total('encodedBody'),
      raw: total('raw'),
      gzip: total('gzip'),
    };
  }
}
