/**
 * Puts the <head> of every built page in order, after the build: the Content-Security-Policy
 * <meta> right after the charset <meta>, before every other element, so that the policy applies to
 * everything the page loads (Astro writes it at the end of <head>). The charset stays first: it
 * must be within the first 1024 bytes, and the policy is longer.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const cspMeta = /<meta http-equiv="content-security-policy"[^>]*>/i;
const charset = /<meta charset="[^"]*">/i;

/** The page with the CSP <meta> right after the charset <meta>; other pages are returned unchanged. */
export function cspFirst(html: string): string {
  const csp = cspMeta.exec(html);
  if (!csp) return html;
  const without = html.slice(0, csp.index) + html.slice(csp.index + csp[0].length);
  const after = charset.exec(without);
  if (!after) return html;
  const at = after.index + after[0].length;
  return without.slice(0, at) + csp[0] + without.slice(at);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

export function headOrder(): AstroIntegration {
  return {
    name: 'welbevinden:head-order',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const moved = cspFirst(html);
          if (moved !== html) await writeFile(file, moved);
        }
      },
    },
  };
}
