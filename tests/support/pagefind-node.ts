/**
 * The built site's own Pagefind (dist/pagefind/pagefind.js) running in Node, set up with the
 * search page's options (src/lib/search/pagefind-options.ts), so the build layer can ask it what
 * the search page asks it: which pages a query finds, and which files a first search loads.
 * Pagefind fetches its index with `fetch`; while it is open, fetches of its folder are answered
 * from the build folder and anything else fails the test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pagefindOptions } from '../../src/lib/search/pagefind-options';
import type { MatchData, Searcher } from '../../src/lib/search/run';

export type NodePagefind = Searcher<MatchData & { url: string }> & {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<unknown>;
};

export interface OpenPagefind {
  pagefind: NodePagefind;
  /** Gives `fetch` back; call once the searches (and the results' data) are done. */
  close: () => void;
}

/**
 * Starts the Pagefind of the build in `dir` as the search page does (options, init, filters).
 * `onFile` hears each file Pagefind reads, with its path in the pagefind folder. A build folder is
 * started once per test file: Node keeps the module, and with it Pagefind's state.
 */
export async function openPagefind(dir: string, onFile: (path: string, body: Buffer) => void = () => {}): Promise<OpenPagefind> {
  const folder = join(dir, 'pagefind');
  const origin = 'http://site.test/pagefind/';
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith(origin)) throw new Error(`Pagefind fetched ${url}, outside its folder`);
    const path = url.slice(origin.length).split('?')[0] ?? '';
    const body = readFileSync(join(folder, path));
    onFile(path, body);
    return new Response(body);
  }) as typeof fetch;
  const close = () => {
    globalThis.fetch = realFetch;
  };
  try {
    const pagefind = (await import(/* @vite-ignore */ pathToFileURL(join(folder, 'pagefind.js')).href)) as NodePagefind;
    await pagefind.options({ ...pagefindOptions('/'), basePath: origin });
    await pagefind.init();
    // The island asks for the filters as soon as Pagefind has started.
    await pagefind.filters();
    return { pagefind, close };
  } catch (error) {
    close();
    throw error;
  }
}
