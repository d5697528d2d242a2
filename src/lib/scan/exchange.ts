/** Exporting one scan as a file, and importing such a file safely. */
import { migrate, type Migrations } from '../store/migrate';
import { slugify } from '../text';
import { scanFileMigrations } from './migrations';
import { SCAN_FILE_FORMAT, SCAN_VERSION, scanFileSchema, type Scan, type ScanDocument, type ScanFile } from './model';

/** Larger files are refused before they are read (issue 3: over 1 MB). */
export const MAX_IMPORT_BYTES = 1_000_000;

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

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/**
 * Reads an exported scan file. Never throws: every problem is an ImportError the interface can
 * explain. `knownDomains` are the ids of the current domains collection.
 */
export function parseScanFile(
  text: string,
  knownDomains: ReadonlySet<string>,
  migrations: Migrations = scanFileMigrations,
): ImportResult {
  if (byteLength(text) > MAX_IMPORT_BYTES) return { ok: false, error: { code: 'too-large' } };
  if (!text.trim()) return { ok: false, error: { code: 'empty' } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== SCAN_FILE_FORMAT) {
    return { ok: false, error: { code: 'not-a-scan' } };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: { code: 'invalid' } };
  if (version > SCAN_VERSION) return { ok: false, error: { code: 'newer-version', version } };
  let migrated: unknown;
  try {
    migrated = migrate(data, version, SCAN_VERSION, migrations);
  } catch {
    return { ok: false, error: { code: 'invalid' } };
  }
  const parsed = scanFileSchema.safeParse(migrated);
  if (!parsed.success) return { ok: false, error: { code: 'invalid' } };
  const unknown = Object.keys(parsed.data.scan.domains).filter((id) => !knownDomains.has(id));
  if (unknown.length) return { ok: false, error: { code: 'unknown-domains', ids: unknown } };
  return { ok: true, scan: parsed.data.scan };
}

/** Adds an imported scan as a new scan (new id), never replacing one that is there. */
export function addScan(document: ScanDocument, scan: Scan, id: string, now: string): ScanDocument {
  return { ...document, scans: [...document.scans, { ...scan, id, createdAt: now, updatedAt: now }] };
}
