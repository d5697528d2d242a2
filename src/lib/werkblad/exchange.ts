/** Exporting all worksheets as one file, and importing such a file safely. */
import { laterBy } from '../dates';
import type { Migrations } from '../store/migrate';
import { parseVersionedFile, type FileError } from '../store/versioned-file';
import { werkbladFileMigrations } from './migrations';
import {
  WERKBLAD_FILE_FORMAT,
  WERKBLAD_VERSION,
  werkbladFileSchema,
  type WerkbladDocument,
  type WerkbladFile,
  type Worksheet,
} from './model';

export type WerkbladImportError =
  | Exclude<FileError, { code: 'wrong-format' }>
  | { code: 'not-a-werkblad' }
  | { code: 'no-worksheets' }
  | { code: 'unknown-items'; ids: string[] };

export type WerkbladImportResult = { ok: true; worksheets: Worksheet[] } | { ok: false; error: WerkbladImportError };

/** Ids the site knows, to refuse files that refer to things that do not exist here. */
export interface KnownIds {
  types: ReadonlySet<string>;
  domains: ReadonlySet<string>;
  questions: ReadonlySet<string>;
  partners: ReadonlySet<string>;
}

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

export function parseWerkbladFile(text: string, known: KnownIds, migrations: Migrations = werkbladFileMigrations): WerkbladImportResult {
  const parsed = parseVersionedFile(text, {
    format: WERKBLAD_FILE_FORMAT,
    version: WERKBLAD_VERSION,
    migrations,
    validate: (data) => {
      const result = werkbladFileSchema.safeParse(data);
      return result.success ? result.data : null;
    },
  });
  if (!parsed.ok) {
    return { ok: false, error: parsed.error.code === 'wrong-format' ? { code: 'not-a-werkblad' } : parsed.error };
  }
  if (parsed.file.worksheets.length === 0) return { ok: false, error: { code: 'no-worksheets' } };
  const unknown = [...new Set(parsed.file.worksheets.flatMap((worksheet) => unknownIds(worksheet, known)))];
  if (unknown.length) return { ok: false, error: { code: 'unknown-items', ids: unknown } };
  return { ok: true, worksheets: parsed.file.worksheets };
}

/** Adds imported worksheets under new ids, never replacing ones that are there. */
export function addWorksheets(
  document: WerkbladDocument,
  worksheets: readonly Worksheet[],
  newId: () => string,
  now: string,
): WerkbladDocument {
  const added = worksheets.map((worksheet, index) => {
    const at = laterBy(now, index);
    return { ...worksheet, id: newId(), createdAt: at, updatedAt: at };
  });
  return { ...document, worksheets: [...document.worksheets, ...added] };
}
