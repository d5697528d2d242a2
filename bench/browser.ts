/**
 * Chromium for the benchmark: the test suite's binary and flags (tests/support/chromium.ts), plus
 * a host-resolver rule so that nothing but 127.0.0.1 can be reached, and contexts that record
 * every response with its body so sizes are computed from what was actually loaded.
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

export interface Loaded {
  url: string;
  kind: Kind;
  status: number;
  raw: number;
  gzip: number;
  /** The phase that was current when the request was made (see Recorder.phase). */
  phase: string;
}

function kindOf(request: Request, contentType: string): Kind {
  const type = request.resourceType();
  if (type === 'document' || contentType.startsWith('text/html')) return 'html';
  if (type === 'stylesheet' || contentType.startsWith('text/css')) return 'css';
  if (type === 'script' || /javascript/.test(contentType)) return 'js';
  return 'other';
}

/**
 * Records the requests of a context: how many, and each response's body size raw and gzip -9
 * (Playwright gives the body uncompressed; gzip -9 of it is close to what a compressing host sends).
 * A request to any origin but `origin` is aborted and fails the measurement.
 */
export class Recorder {
  phase = 'load';
  requests: { url: string; phase: string }[] = [];
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
      recorder.requests.push({ url: request.url(), phase: recorder.phase });
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
          const contentType = (await response.allHeaders())['content-type'] ?? '';
          recorder.loaded.push({ url: response.url(), kind: kindOf(request, contentType), status, raw: body.length, gzip: gzipSize(body), phase });
        })().catch((error: unknown) => {
          // The page was left before the body could be read: counts as an aborted request.
          recorder.failed.push(`${response.url()} (net::ERR_ABORTED: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
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

  sum(filter: (entry: Loaded) => boolean = () => true): { count: number; raw: number; gzip: number } {
    const entries = this.loaded.filter(filter);
    return {
      count: entries.length,
      raw: entries.reduce((total, entry) => total + entry.raw, 0),
      gzip: entries.reduce((total, entry) => total + entry.gzip, 0),
    };
  }
}
