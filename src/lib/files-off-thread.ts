/**
 * Reading a large chosen file for a tool's import in a module worker (files.worker.ts), with the
 * share read reported. Loaded only when a file over OFF_THREAD_BYTES is chosen, so neither this
 * nor the worker is part of a tool's first view. Where the worker cannot start or answer (no
 * module workers, as in jsdom), import-file.ts reads the file on the page's own thread with
 * readTextInPieces, with progress all the same.
 */
import type { ImportFile, ImportReader, ImportRequest } from './import-readers';
import type { OnProgress } from './large-file';

export { readTextInPieces } from './large-file';

export type ToWorker = { file: Blob; maxBytes: number; request: ImportRequest };
export type FromWorker = { kind: 'progress'; share: number } | { kind: 'done'; result: ImportFile } | { kind: 'failed' };

/** The file read and checked for `request` in a worker; null when the worker cannot start or answer. */
export function readImportInWorker<K extends ImportReader>(
  file: Blob,
  maxBytes: number,
  request: ImportRequest<K>,
  onProgress: OnProgress,
): Promise<ImportFile<K> | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./files.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(null);
      return;
    }
    const finish = (result: ImportFile | null) => {
      worker.terminate();
      resolve(result as ImportFile<K> | null);
    };
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      if (event.data.kind === 'progress') onProgress(event.data.share);
      else finish(event.data.kind === 'done' ? event.data.result : null);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(null);
    };
    worker.onmessageerror = () => finish(null);
    worker.postMessage({ file, maxBytes, request } satisfies ToWorker);
  });
}
