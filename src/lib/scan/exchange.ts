/** Exporting one scan as a file, and importing such a file safely. */
import type { Migrations } from '../store/migrate';
import { parseVersionedFile } from '../store/versioned-file';
import { slugify } from '../text';
import { scanFileMigrations } from './migrations';
import { SCAN_FILE_FORMAT, SCAN_VERSION, scanFileSchema, type Scan, type ScanDocument, type ScanFile } from './model';

export { MAX_IMPORT_BYTES } from '../store/versioned-file';

export type ImportError =
  | { code: 'too-large' }
  | { code: 'empty' }
  | { code: 'not-json' }
  | { code: 'not-a-scan' }
  | { code: 'newer-version'; version: number }
  | { code: 'invalid' }
  | { code: 'unknown-domains'; ids: string[] };

export type ImportResult = { ok: true; scan: Scan } | { ok: false; error: ImportError };

export function exportScan(scan: Scan, exportedAt: string): ScanFile {
  return { format: SCAN_FILE_FORMAT, version: SCAN_VERSION, exportedAt, scan };
}

/** "schoolscan-groep-7-najaar-2026-11-25.json" */
export function scanFileName(scan: Pick<Scan, 'title' | 'date'>, extension: 'json' | 'csv'): string {
  return `schoolscan-${slugify(scan.title, 'zonder-titel')}-${scan.date}.${extension}`;
}

/**
 * Reads an exported scan file. Never throws: every problem is an ImportError the interface can
 * explain. `knownDomains` are the ids of the current domains collection.
 */
export function parseScanFile(
  text: string,
  knownDomains: ReadonlySet<string>,
  migrations: Migrations = scanFileMigrations,
): ImportResult {
  const parsed = parseVersionedFile(text, {
    format: SCAN_FILE_FORMAT,
    version: SCAN_VERSION,
    migrations,
    validate: (data) => {
      const result = scanFileSchema.safeParse(data);
      return result.success ? result.data : null;
    },
  });
  if (!parsed.ok) {
    return { ok: false, error: parsed.error.code === 'wrong-format' ? { code: 'not-a-scan' } : parsed.error };
  }
  const unknown = Object.keys(parsed.file.scan.domains).filter((id) => !knownDomains.has(id));
  if (unknown.length) return { ok: false, error: { code: 'unknown-domains', ids: unknown } };
  return { ok: true, scan: parsed.file.scan };
}

/** Adds an imported scan as a new scan (new id), never replacing one that is there. */
export function addScan(document: ScanDocument, scan: Scan, id: string, now: string): ScanDocument {
  return { ...document, scans: [...document.scans, { ...scan, id, createdAt: now, updatedAt: now }] };
}
