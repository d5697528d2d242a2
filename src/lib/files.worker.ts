/**
 * A module worker that reads a large chosen file for a tool's import: decodes it, checks its
 * bounds (untrusted-json.ts), parses it and reads it as the tool does (import-readers.ts), so
 * none of that stops the page. It reports the share read as it goes and sends back only what the
 * tool accepts, or why not: copying a whole parsed file back would cost the page as much as
 * parsing it. Started by files-off-thread.ts; one file per worker.
 */
import type { FromWorker, ToWorker } from './files-off-thread';
import { readImport } from './import-readers';
import { readTextInPieces } from './large-file';
import { parseJson } from './tools/untrusted-json';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};

scope.onmessage = async (event) => {
  const { file, maxBytes, request } = event.data;
  try {
    const text = await readTextInPieces(file, maxBytes, (share) => scope.postMessage({ kind: 'progress', share }));
    const result = text.ok ? { ok: true as const, read: await readImport(parseJson(text.text), request) } : text;
    scope.postMessage({ kind: 'done', result });
  } catch {
    // A rejected promise does not reach the page's onerror: say so, and the page reads the file itself.
    scope.postMessage({ kind: 'failed' });
  }
};
