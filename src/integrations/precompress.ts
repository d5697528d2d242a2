/**
 * Writes a gzip (.gz) and a Brotli (.br) copy next to every text file of the built site, as the
 * last step of the build (after the search index and the service worker), so that a web server
 * sends them as they are instead of compressing on every request: nginx with `gzip_static` and
 * `brotli_static` (deploy/nginx.conf), Apache with the rules in deploy/.htaccess.
 *
 * Pagefind's index, fragments and WebAssembly are gzip-compressed by Pagefind itself, and the PNG
 * icons are compressed images: those are left alone. A copy that would not be smaller than the
 * file is not written, so the server sends the file itself.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';

/** Text files a browser loads. */
export const compressible = /\.(?:html|css|js|mjs|json|webmanifest|svg|xml|txt)$/;

export interface Compressed {
  /** Files with at least one compressed copy. */
  files: number;
  /** Bytes of those files, and of their gzip and Brotli copies. */
  bytes: number;
  gzip: number;
  brotli: number;
}

export const gzip = (data: Buffer) => gzipSync(data, { level: 9 });

export const brotli = (data: Buffer) =>
  brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });

/**
 * Writes `<file>.gz` and `<file>.br` where they are smaller than the file, and removes a copy
 * left from an earlier build that is not: a stale copy would be sent instead of the file.
 */
export async function compressFile(file: string): Promise<{ bytes: number; gzip: number; brotli: number }> {
  const data = await readFile(file);
  const sizes = { bytes: data.length, gzip: 0, brotli: 0 };
  for (const [extension, pack, key] of [
    ['gz', gzip, 'gzip'],
    ['br', brotli, 'brotli'],
  ] as const) {
    const packed = pack(data);
    if (packed.length < data.length) {
      await writeFile(`${file}.${extension}`, packed);
      sizes[key] = packed.length;
    } else {
      await rm(`${file}.${extension}`, { force: true });
    }
  }
  return sizes;
}

/** Compressed copies of every compressible file under `dir`. */
export async function precompress(dir: string): Promise<Compressed> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((entry) => entry.isFile() && compressible.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  const total: Compressed = { files: 0, bytes: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const sizes = await compressFile(file);
    if (sizes.gzip === 0 && sizes.brotli === 0) continue;
    total.files += 1;
    total.bytes += sizes.bytes;
    total.gzip += sizes.gzip;
    total.brotli += sizes.brotli;
  }
  return total;
}

export function precompressFiles(): AstroIntegration {
  return {
    name: 'welbevinden:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { files, bytes, gzip: gz, brotli: br } = await precompress(fileURLToPath(dir));
        const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
        logger.info(`Compressed copies of ${files} files (${kB(bytes)}): gzip ${kB(gz)}, Brotli ${kB(br)}.`);
      },
    },
  };
}
