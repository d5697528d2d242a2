/**
 * Writes which source modules went into each JavaScript chunk of the browser build, with their
 * rendered sizes, to node_modules/.cache/welbevinden/chunks-<output folder>.json (next to the
 * build, never into it: the site does not publish its module list). `npm run bench` prints its
 * chunk table from it, and the build tests check from it which code a page's views load.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export interface ChunkReport {
  /** Chunk file in the build ("_astro/kit.tIlESt9M.js") → its modules, largest first. */
  chunks: Record<string, { module: string; bytes: number }[]>;
}

/** Where the report of a build into `outDir` is written. */
export function chunkReportFile(root: string, outDir: string): string {
  return join(root, 'node_modules/.cache/welbevinden', `chunks-${basename(outDir.replace(/[\\/]+$/, ''))}.json`);
}

/** A module id as a short, stable name: the path in the project, or the package in node_modules. */
export function moduleName(id: string, root: string): string {
  const path = id.replace(/^\0/, '').split('?')[0]!;
  const inPackages = path.lastIndexOf(`node_modules${sep}`);
  if (inPackages !== -1)
    return path
      .slice(inPackages + 'node_modules'.length + 1)
      .split(sep)
      .join('/');
  const local = relative(root, path);
  return local.startsWith('..') ? path : local.split(sep).join('/');
}

export function chunkReport(): AstroIntegration {
  let root = '';
  let outDir = '';
  return {
    name: 'welbevinden:chunk-report',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'welbevinden:chunk-report',
                // The browser's chunks only; the server build's are not loaded by any page.
                applyToEnvironment: (environment) => environment.name === 'client',
                generateBundle(_options, bundle) {
                  const chunks: ChunkReport['chunks'] = {};
                  for (const output of Object.values(bundle)) {
                    if (output.type !== 'chunk') continue;
                    chunks[output.fileName] = Object.entries(output.modules)
                      .map(([id, info]) => ({ module: moduleName(id, root), bytes: info.renderedLength }))
                      .filter((entry) => entry.bytes > 0)
                      .sort((a, b) => b.bytes - a.bytes);
                  }
                  const file = chunkReportFile(root, outDir);
                  mkdirSync(join(file, '..'), { recursive: true });
                  writeFileSync(file, `${JSON.stringify({ chunks } satisfies ChunkReport, null, 1)}\n`);
                },
              },
            ],
          },
        });
      },
    },
  };
}
