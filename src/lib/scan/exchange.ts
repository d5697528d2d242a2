/** Exporting one scan as a file, and importing such a file safely. */
import { readBackupOr, type ToolImport } from '../backup-or-records';
import type { Migrations } from '../tools/migrate';
import { readToolRecords, type FileError } from '../tools/exchange';
import type { JsonInput } from '../tools/untrusted-json';
import { slugify } from '../text';
import { SCAN_FILE_FORMAT, SCAN_VERSION, type Scan, type ScanFile } from './model';
import { scanTool } from './tool';

export type ImportError =
  Exclude<FileError, { code: 'wrong-format' }> | { code: 'not-a-scan' } | { code: 'unknown-domains'; ids: string[] };

export type ImportResult = { ok: true; scans: Scan[] } | { ok: false; error: ImportError };

export function exportScan(scan: Scan, exportedAt: string): ScanFile {
  return { format: SCAN_FILE_FORMAT, version: SCAN_VERSION, exportedAt, scan };
}

/** "schoolscan-groep-7-najaar-2026-11-25.json" */
export function scanFileName(scan: Pick<Scan, 'title' | 'date'>, extension: 'json' | 'csv'): string {
  return `schoolscan-${slugify(scan.title, 'zonder-titel')}-${scan.date}.${extension}`;
}

/**
 * Reads an exported scan file, or what the schoolscan's storage holds or held (a download of
 * set-aside data): every file the tool writes. Never throws: every problem is an ImportError the
 * interface can explain. `knownDomains` are the ids of the current domains collection.
 */
export function parseScanFile(input: JsonInput, knownDomains: ReadonlySet<string>, migrations?: Migrations): ImportResult {
  const read = readToolRecords(input, scanTool, migrations);
  if (!read.ok) return { ok: false, error: read.error.code === 'wrong-format' ? { code: 'not-a-scan' } : read.error };
  const unknown = [...new Set(read.records.flatMap((scan) => Object.keys(scan.domains)).filter((id) => !knownDomains.has(id)))];
  if (unknown.length) return { ok: false, error: { code: 'unknown-domains', ids: unknown } };
  return { ok: true, scans: read.records };
}

/** What the schoolscan's import knows: the ids of the domains, and whether it takes a backup (the team view takes only scans). */
export interface ScanImportRequest {
  knownDomains: ReadonlySet<string>;
  backups: boolean;
}

/** What the schoolscan's import makes of a chosen file: a backup of every tool, or scans. */
export type ScanImport = ToolImport<ImportResult>;

/**
 * Reads a chosen file for the schoolscan (import-readers.ts): with `backups`, a backup of every
 * tool ("Download alles als één bestand", read by backup.ts with the site's tools, all loaded only
 * then) is read as such; any other file must hold scans.
 */
export const readScanImport = (input: JsonInput, { knownDomains, backups }: ScanImportRequest): Promise<ScanImport> =>
  readBackupOr(input, backups, (json) => parseScanFile(json, knownDomains));
