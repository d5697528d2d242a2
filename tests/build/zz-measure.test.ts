import { gzipSync } from 'node:zlib';
import { it } from 'vitest';
import { builtPages, readBuilt } from '../support/dist';

const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
function moduleClosure(url: string, seen = new Set<string>()): Set<string> {
  if (seen.has(url)) return seen;
  seen.add(url);
  const code = readBuilt(url).toString('utf8');
  const directory = url.slice(0, url.lastIndexOf('/') + 1);
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+)["']/g)) {
    if (match[1]) moduleClosure(directory + match[1].slice(2), seen);
  }
  return seen;
}
it('measures', () => {
  for (const page of builtPages().filter((p) => p.document.querySelector('astro-island'))) {
    const entries = page.document.querySelectorAll('astro-island').flatMap((i) => [i.getAttribute('component-url'), i.getAttribute('renderer-url')]).filter((u): u is string => Boolean(u));
    const modules = new Set<string>();
    for (const e of entries) moduleClosure(e, modules);
    const inline = page.document.querySelectorAll('script:not([src])').map((s) => s.text).join('\n');
    const total = [...modules].reduce((sum, url) => sum + gzip(readBuilt(url)), 0) + gzip(inline);
    console.log(`MEASURE ${page.path} ${total} ${[...modules].map((m) => `${m}:${gzip(readBuilt(m))}`).join(' ')}`);
  }
});
