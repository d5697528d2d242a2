/** Exporting all worksheets as one file, and importing such a file safely. */
import { readBackupOr, type ToolImport } from '../backup-or-records';
import type { Migrations } from '../tools/migrate';
import { readToolRecords, type FileError } from '../tools/exchange';
import type { JsonInput } from '../tools/untrusted-json';
import { WERKBLAD_FILE_FORMAT, WERKBLAD_VERSION, type WerkbladDocument, type WerkbladFile, type Worksheet } from './model';
import type { KnownIds } from './catalogue';
import { werkbladTool } from './tool';

export type WerkbladImportError =
  | Exclude<FileError, { code: 'wrong-format' }>
  | { code: 'not-a-werkblad' }
  | { code: 'no-worksheets' }
  | { code: 'unknown-items'; ids: string[] };

export type WerkbladImportResult = { ok: true; worksheets: Worksheet[] } | { ok: false; error: WerkbladImportError };

export { knownIdsOf, type KnownIds } from './catalogue';

export function exportWerkblad(document: WerkbladDocument, exportedAt: string): WerkbladFile {
  return { format: WERKBLAD_FILE_FORMAT, version: WERKBLAD_VERSION, exportedAt, worksheets: document.worksheets, plan: document.plan };
}

/** "werkblad-2026-11-25.json" */
export function werkbladFileName(date: string, extension: 'json' | 'csv', what = 'werkblad'): string {
  return `${what}-${date}.${extension}`;
}

function unknownIds(worksheet: Worksheet, known: KnownIds): string[] {
  return [
    ...(worksheet.typeId && !known.types.has(worksheet.typeId) ? [worksheet.typeId] : []),
    ...worksheet.domains.filter((id) => !known.domains.has(id)),
    ...Object.keys(worksheet.answers).filter((id) => !known.questions.has(id)),
    ...worksheet.partners.filter((id) => !known.partners.has(id)),
  ];
}

/**
 * Reads an exported werkblad file, or what the werkblad's storage holds or held (a download of
 * set-aside data): every file the tool writes. Never throws.
 */
export function parseWerkbladFile(input: JsonInput, known: KnownIds, migrations?: Migrations): WerkbladImportResult {
  const parsed = readToolRecords(input, werkbladTool, migrations);
  if (!parsed.ok) {
    return { ok: false, error: parsed.error.code === 'wrong-format' ? { code: 'not-a-werkblad' } : parsed.error };
  }
  if (parsed.records.length === 0) return { ok: false, error: { code: 'no-worksheets' } };
  const unknown = [...new Set(parsed.records.flatMap((worksheet) => unknownIds(worksheet, known)))];
  if (unknown.length) return { ok: false, error: { code: 'unknown-items', ids: unknown } };
  return { ok: true, worksheets: parsed.records };
}

/** What the werkblad's import knows: the ids of the site's catalogue. */
export interface WerkbladImportRequest {
  known: KnownIds;
}

/** What the werkblad's import makes of a chosen file: a backup of every tool, or worksheets. */
export type WerkbladImport = ToolImport<WerkbladImportResult>;

/**
 * Reads a chosen file for the werkblad (import-readers.ts): a backup of every tool (read by
 * backup.ts with the site's tools, all loaded only then), or worksheets.
 */
export const readWerkbladImport = (input: JsonInput, { known }: WerkbladImportRequest): Promise<WerkbladImport> =>
  readBackupOr(input, true, (json) => parseWerkbladFile(json, known));
