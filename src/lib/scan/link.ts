/**
 * A scan as a link: the whole export file (exchange.ts), compressed and in the part after "#", so
 * it is never sent to any server. "/schoolscan/#lid/1.<payload>": 1 is the link's own encoding
 * (zlib deflate, base64url without padding); the file inside carries the scan's version as a file
 * does. Reading a link goes through the same validation as importing a file, and more: a link
 * that is cut off, changed, or not written by this encoding is refused. Never throws.
 */
import type { Migrations } from '../tools/migrate';
import { exportScan, parseScanFile, type ImportError } from './exchange';
import type { Scan } from './model';

/** The encoding of the payload; a later encoding gets 2, which this code refuses as 'newer-version'. */
export const LINK_ENCODING = 1;
/**
 * The longest payload a link may carry, in characters: a scan with every note at its full length
 * stays below it; far beyond what a team writes.
 */
export const MAX_LINK_PAYLOAD = 200_000;

export type LinkError =
  | ImportError
  /** Cut off, changed by hand, or not a link of this tool at all. */
  | { code: 'link-broken' }
  | { code: 'link-too-large' };

export type LinkResult = { ok: true; scan: Scan } | { ok: false; error: LinkError };

/** The payload of a link to `scan`: "1.<base64url of the deflated export file>". */
export async function scanLinkPayload(scan: Scan, exportedAt: string): Promise<string> {
  const json = JSON.stringify(exportScan(scan, exportedAt));
  return `${LINK_ENCODING}.${toBase64Url(await transform(new TextEncoder().encode(json), new CompressionStream('deflate')))}`;
}

/** Reads a link's payload back into a scan, checked as an imported file is. */
export async function scanFromLinkPayload(
  payload: string,
  knownDomains: ReadonlySet<string>,
  migrations?: Migrations,
): Promise<LinkResult> {
  if (payload.length > MAX_LINK_PAYLOAD) return { ok: false, error: { code: 'link-too-large' } };
  const match = /^(\d{1,4})\.([A-Za-z0-9_-]+)$/.exec(payload);
  if (!match) return { ok: false, error: { code: 'link-broken' } };
  const encoding = Number(match[1]);
  if (encoding > LINK_ENCODING) return { ok: false, error: { code: 'newer-version', version: encoding } };
  if (encoding !== LINK_ENCODING) return { ok: false, error: { code: 'link-broken' } };
  const bytes = fromBase64Url(match[2]!);
  // A changed character in the last position may leave the bytes as they were: only the exact
  // text this encoding writes counts.
  if (!bytes || toBase64Url(bytes) !== match[2]) return { ok: false, error: { code: 'link-broken' } };
  let text: string;
  try {
    // zlib's checksum (Adler-32) catches a payload that was cut off or changed.
    text = new TextDecoder('utf-8', { fatal: true }).decode(await transform(bytes, new DecompressionStream('deflate')));
  } catch {
    return { ok: false, error: { code: 'link-broken' } };
  }
  const read = parseScanFile(text, knownDomains, migrations);
  if (!read.ok) return read;
  if (read.scans.length !== 1) return { ok: false, error: { code: 'link-broken' } };
  return { ok: true, scan: read.scans[0]! };
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
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
