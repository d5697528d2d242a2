/**
 * Are the bench's own dependencies (bench/package.json: Lighthouse, chrome-launcher) installed and
 * current in bench/node_modules? Exits 0 if so; otherwise says why on stderr and exits 1, and the
 * root "bench" script then runs `npm --prefix bench install --no-audit --no-fund`:
 *
 *   node bench/deps.ts || npm --prefix bench install --no-audit --no-fund 1>&2 && node bench/run.ts
 *
 * Current means: bench/package-lock.json matches bench/package.json's dependencies, and npm's
 * record of what it installed (bench/node_modules/.package-lock.json) has every locked package at
 * the locked version.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Lock {
  packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
}

const bench = fileURLToPath(new URL('.', import.meta.url));
const read = <T>(path: string): T => JSON.parse(readFileSync(join(bench, path), 'utf8')) as T;

function stale(): string | undefined {
  if (!existsSync(join(bench, 'node_modules/.package-lock.json'))) return 'bench/node_modules is missing';
  if (!existsSync(join(bench, 'package-lock.json'))) return 'bench/package-lock.json is missing';
  const declared = read<{ dependencies?: Record<string, string> }>('package.json').dependencies ?? {};
  const lock = read<Lock>('package-lock.json');
  const locked = lock.packages['']?.dependencies ?? {};
  const changed = Object.keys({ ...declared, ...locked }).filter((name) => declared[name] !== locked[name]);
  if (changed.length) return `bench/package.json and bench/package-lock.json differ on ${changed.join(', ')}`;
  const installed = read<Lock>('node_modules/.package-lock.json').packages;
  const missing = Object.entries(lock.packages).filter(([path, entry]) => path && installed[path]?.version !== entry.version);
  if (missing.length)
    return `bench/node_modules is out of date (${missing.length} package${missing.length === 1 ? '' : 's'}, e.g. ${missing[0]![0]})`;
  return undefined;
}

const reason = stale();
if (reason) {
  process.stderr.write(`[bench] ${reason}: installing the bench's dependencies (npm --prefix bench install)\n`);
  process.exitCode = 1;
}
