/**
 * What each tool's import makes of a chosen file's JSON, by name, so that a worker does what the
 * page does (files.worker.ts) and sends back only what the tool accepts, or why not, never the
 * whole parsed file. The page calls its own tool's reader directly (FileImport's `read`); only
 * the worker loads this module, with both tools' readers. The requests hold plain data (sets,
 * strings) that a worker can receive.
 */
import type { ReadProblem } from './files';
import { readScanImport, type ScanImport, type ScanImportRequest } from './scan/exchange';
import type { ParsedJson } from './tools/untrusted-json';
import { readWerkbladImport, type WerkbladImport, type WerkbladImportRequest } from './werkblad/exchange';

export interface ImportReaders {
  schoolscan: { request: ScanImportRequest; read: ScanImport };
  werkblad: { request: WerkbladImportRequest; read: WerkbladImport };
}

export type ImportReader = keyof ImportReaders;
export type ImportRequest<K extends ImportReader = ImportReader> = K extends ImportReader
  ? { reader: K } & ImportReaders[K]['request']
  : never;
export type ImportRead<K extends ImportReader = ImportReader> = ImportReaders[K]['read'];
/** A chosen file as the tool's import reads it, or why it could not be read. */
export type ImportFile<K extends ImportReader = ImportReader> = { ok: true; read: ImportRead<K> } | { ok: false; reason: ReadProblem };
/** A tool's reader: what its import makes of a file's JSON. */
export type ReadImport<K extends ImportReader> = (json: ParsedJson, request: ImportRequest<K>) => Promise<ImportRead<K>>;

const readers: { [K in ImportReader]: ReadImport<K> } = { schoolscan: readScanImport, werkblad: readWerkbladImport };

/** What the import `request` names makes of `json`. */
export function readImport<K extends ImportReader>(json: ParsedJson, request: ImportRequest<K>): Promise<ImportRead<K>> {
  return (readers[request.reader] as unknown as ReadImport<K>)(json, request);
}
