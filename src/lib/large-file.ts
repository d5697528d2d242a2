/**
 * Reading a large chosen file as text piece by piece, reporting the share read so far, on
 * whichever thread runs it: the worker (files.worker.ts), or the page when there is no worker.
 * Loaded only when a file over OFF_THREAD_BYTES is chosen.
 */
import type { ReadProblem } from './files';

/** The share of a file read so far, from 0 to 1. */
export type OnProgress = (share: number) => void;

/**
 * Reads a chosen file as UTF-8 text piece by piece; refuses files over `maxBytes` before reading
 * and files that are not UTF-8 text, stopping at the first piece that is not.
 */
export async function readTextInPieces(
  file: Blob,
  maxBytes: number,
  onProgress: OnProgress,
): Promise<{ ok: true; text: string } | { ok: false; reason: ReadProblem }> {
  if (file.size > maxBytes) return { ok: false, reason: 'too-large' };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  let done = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = file.stream().getReader();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  for (;;) {
    let piece: ReadableStreamReadResult<Uint8Array>;
    try {
      piece = await reader.read();
    } catch {
      return { ok: false, reason: 'unreadable' };
    }
    try {
      if (piece.done) {
        parts.push(decoder.decode());
        break;
      }
      parts.push(decoder.decode(piece.value, { stream: true }));
    } catch {
      void reader.cancel().catch(() => undefined);
      return { ok: false, reason: 'not-utf8' };
    }
    done += piece.value.length;
    onProgress(file.size ? done / file.size : 1);
  }
  return { ok: true, text: parts.join('') };
}
