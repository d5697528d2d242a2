/**
 * Shared helpers of the benchmark: progress on stderr, numbers, sizes, Markdown tables, builds.
 * Runs on Node 24 with type stripping (npm run bench), so imports carry their .ts extension.
 */
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

const started = performance.now();

/** Progress goes to stderr, so stdout stays the clean Markdown document. */
export function progress(message: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench ${seconds} s] ${message}\n`);
}

export function elapsedSeconds(): number {
  return (performance.now() - started) / 1000;
}

/** A failure that stops the benchmark with a readable message instead of numbers. */
export class BenchError extends Error {
  override name = 'BenchError';
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new BenchError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** gzip -9 of a decoded body: what the tests' size budgets count; the bench reports it only as "computed". */
export const gzipSize = (body: Buffer): number => gzipSync(body, { level: 9 }).length;

/** kB with one decimal, 1 kB = 1024 bytes (as the size budgets in tests/build count). */
export const kB = (bytes: number): string => (bytes / 1024).toFixed(1);
export const ms = (value: number): string => (value < 10 ? value.toFixed(1) : value.toFixed(0));
export const seconds = (milliseconds: number): string => (milliseconds / 1000).toFixed(1);

/** A Markdown table; every cell is text already. */
export function table(head: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rule = head.map((_, index) => ((align?.[index] ?? (index === 0 ? 'l' : 'r')) === 'r' ? '---:' : '---'));
  return [head, rule, ...rows].map((row) => `| ${row.map(escape).join(' | ')} |`).join('\n');
}

/** Total size in bytes of every file below `dir`. */
export async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await folderBytes(path) : (await stat(path)).size;
  }
  return total;
}

export interface BuildRun {
  ms: number;
  output: string;
}

/**
 * Runs `astro build` (what `npm run build` runs, Pagefind index included) in `cwd` with this
 * Node, and returns its wall time. A failed build stops the benchmark with the build's output.
 */
export async function astroBuild(cwd: string, timeoutMs = 600_000): Promise<BuildRun> {
  const astro = join(cwd, 'node_modules/astro/bin/astro.mjs');
  const begin = performance.now();
  const child = spawn(process.execPath, [astro, 'build'], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGTERM');
  }, timeoutMs);
  const code = await new Promise<number | null>((resolveExit, reject) => {
    child.on('error', reject);
    child.on('close', resolveExit);
  });
  clearTimeout(timer);
  const elapsed = performance.now() - begin;
  if (code !== 0) {
    const why = timedOut ? `timed out after ${timeoutMs / 1000} s` : `exit ${code}`;
    throw new BenchError(`astro build in ${cwd} failed (${why}):\n${output.split('\n').slice(-40).join('\n')}`);
  }
  return { ms: elapsed, output };
}
