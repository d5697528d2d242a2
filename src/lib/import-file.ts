/**
 * Reading a chosen file for a tool's import: a small file at once on the page's own thread,
 * with the tool's reader (`read`); a file over OFF_THREAD_BYTES in a worker
 * (files-off-thread.ts, loaded only then), with the share read reported, which parses it, reads
 * it as the tool does (import-readers.ts) and sends back only what the tool accepts. Parsing
 * megabytes, or copying a parsed file of millions of values back to the page, would stop the
 * page for a second. Without a worker the large file is read here piece by piece, with progress
 * all the same. Never throws.
 */
import { readFileText } from './files';
import type { ImportFile, ImportReader, ImportRequest, ReadImport } from './import-readers';
import type { OnProgress } from './large-file';
import { OFF_THREAD_BYTES } from './limits';
import { parseJson } from './tools/untrusted-json';

export type LargeFiles = Pick<typeof import('./files-off-thread'), 'readImportInWorker' | 'readTextInPieces'>;

const largeFiles = (): Promise<LargeFiles> => import('./files-off-thread');

/** Reads `file` for the import `request`; `onProgress` is called only for a file large enough to take a while. */
export async function readImportFile<K extends ImportReader>(
  file: Blob,
  maxBytes: number,
  { request, read }: { request: ImportRequest<K>; read: ReadImport<K> },
  onProgress: OnProgress,
  large = largeFiles,
): Promise<ImportFile<K>> {
  const isLarge = file.size > OFF_THREAD_BYTES && file.size <= maxBytes;
  if (isLarge) onProgress(0);
  // The code for large files may not load (offline, before it was ever fetched): read at once.
  const code = isLarge ? await large().catch(() => null) : null;
  const inWorker = await code?.readImportInWorker(file, maxBytes, request, onProgress);
  if (inWorker) return inWorker;
  const text = code ? await code.readTextInPieces(file, maxBytes, onProgress) : await readFileText(file, maxBytes);
  if (!text.ok) return text;
  try {
    return { ok: true, read: await read(parseJson(text.text), request) };
  } catch {
    // A reader's code that did not load (a backup's, offline).
    return { ok: false, reason: 'unreadable' };
  }
}
