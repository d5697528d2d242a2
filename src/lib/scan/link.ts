/**
 * A scan as a link: the whole export file (exchange.ts), compressed and in the part after "#", so
 * it is never sent to any server. "/schoolscan/#lid/2.<data>.<checksum>": 2 is the link's own
 * encoding; <data> is the export file, zlib-deflated, in base64url without padding; <checksum> is
 * the first 12 bytes of the SHA-256 of those deflated bytes, in base64url (16 characters). The
 * file inside carries the scan's version as a file does.
 *
 * Links of encoding 1 ("1.<data>", no checksum of its own) are still read: members have sent them
 * in chats. Only encoding 2 is written. zlib's Adler-32 alone lets a few changed characters in
 * 100,000 decode to changed text; SHA-256 makes that as good as impossible.
 *
 * Reading a link goes through the same validation as importing a file, and more: a link that is
 * cut off, changed, or not written by these encodings is refused, and so is one that unpacks to
 * more than MAX_LINK_JSON_BYTES (it stops unpacking there). Never throws.
 */
import { MAX_LINK_JSON_BYTES } from '../limits';
import type { Migrations } from '../tools/migrate';
import { exportScan, parseScanFile, type ImportError } from './exchange';
import type { Scan } from './model';

/** The encoding this code writes; a higher one is refused as 'newer-version'. */
export const LINK_ENCODING = 2;
/**
 * The longest payload a link may carry, in characters: a scan with every note at its full length
 * stays below it; far beyond what a team writes.
 */
export const MAX_LINK_PAYLOAD = 200_000;
/** Bytes of the SHA-256 a link carries: 96 bits, 16 characters of base64url. */
const CHECKSUM_BYTES = 12;
/** Bytes of a link fed to the decompressor at a time (see inflate). */
const INFLATE_PIECE = 1024;

export type LinkError =
  | ImportError
  /** Cut off, changed by hand, or not a link of this tool at all. */
  | { code: 'link-broken' }
  | { code: 'link-too-large' }
  /** Unpacks to far more than any scan: refused before it was all unpacked. */
  | { code: 'link-unpacks-too-large' };

export type LinkResult = { ok: true; scan: Scan } | { ok: false; error: LinkError };

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The payload of a link to `scan`: "2.<base64url of the deflated export file>.<checksum>". */
export async function scanLinkPayload(scan: Scan, exportedAt: string): Promise<string> {
  const json = JSON.stringify(exportScan(scan, exportedAt));
  const bytes = await deflate(new TextEncoder().encode(json));
  return `${LINK_ENCODING}.${toBase64Url(bytes)}.${await checksum(bytes)}`;
}

/** Reads a link's payload back into a scan, checked as an imported file is. */
export async function scanFromLinkPayload(
  payload: string,
  knownDomains: ReadonlySet<string>,
  migrations?: Migrations,
  maxJsonBytes = MAX_LINK_JSON_BYTES,
): Promise<LinkResult> {
  if (payload.length > MAX_LINK_PAYLOAD) return { ok: false, error: { code: 'link-too-large' } };
  const match = /^([1-9]\d{0,3})\.(.*)$/s.exec(payload);
  if (!match) return { ok: false, error: { code: 'link-broken' } };
  const encoding = Number(match[1]);
  if (encoding > LINK_ENCODING) return { ok: false, error: { code: 'newer-version', version: encoding } };
  const bytes = await dataOf(encoding, match[2]!);
  if (!bytes) return { ok: false, error: { code: 'link-broken' } };
  const unpacked = await inflate(bytes, maxJsonBytes);
  if (unpacked === 'too-large') return { ok: false, error: { code: 'link-unpacks-too-large' } };
  let text: string;
  try {
    // zlib's checksum (Adler-32) also catches a link of encoding 1 that was cut off or changed.
    if (!unpacked) throw new Error('not deflate');
    text = new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
  } catch {
    return { ok: false, error: { code: 'link-broken' } };
  }
  const read = parseScanFile(text, knownDomains, migrations);
  if (!read.ok) return read;
  if (read.scans.length !== 1) return { ok: false, error: { code: 'link-broken' } };
  return { ok: true, scan: read.scans[0]! };
}

/**
 * The deflated bytes after "<encoding>.", or null when the rest is not exactly what encoding 1
 * ("<data>") or 2 ("<data>.<checksum>") writes, or the checksum does not match.
 */
async function dataOf(encoding: number, rest: string): Promise<Uint8Array | null> {
  const parts = rest.split('.');
  if (parts.length !== encoding) return null;
  const [data = '', sum] = parts;
  if (!BASE64URL.test(data)) return null;
  const bytes = fromBase64Url(data);
  // A changed character in the last position may leave the bytes as they were: only the exact
  // text this encoding writes counts.
  if (!bytes || toBase64Url(bytes) !== data) return null;
  if (sum !== undefined && sum !== (await checksum(bytes))) return null;
  return bytes;
}

async function checksum(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return toBase64Url(digest.subarray(0, CHECKSUM_BYTES));
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(output).arrayBuffer());
}

/**
 * Unpacks zlib-deflated bytes, and stops (cancelling the stream) as soon as more than `maxBytes`
 * came out: a few hundred kB of link can unpack to 150 MB. The input goes in by small pieces,
 * each written only when the output before it was read, because a browser unpacks a whole
 * piece at once: a piece of 1 kB unpacks to 1 MB at most (deflate's ratio is at most 1032:1).
 * Null when the bytes are not valid deflate data or fail zlib's checksum.
 */
async function inflate(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array | 'too-large' | null> {
  const stream = new DecompressionStream('deflate');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  void (async () => {
    for (let at = 0; at < bytes.length; at += INFLATE_PIECE) await writer.write(bytes.subarray(at, at + INFLATE_PIECE) as BufferSource);
    await writer.close();
  })().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  const whole = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}
