/**
 * Reading an exported file safely: size, JSON, format name, version, migrations, schema, in
 * that order. Never throws; every problem is a code the interface can explain in Dutch.
 */
import { migrate, type Migrations } from './migrate';

/** Larger files are refused before they are read (issue 3: over 1 MB). */
export const MAX_IMPORT_BYTES = 1_000_000;

export type FileError =
  | { code: 'too-large' }
  | { code: 'empty' }
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'newer-version'; version: number }
  | { code: 'invalid' };

export interface FileSpec<T> {
  /** Value of the file's "format" field. */
  format: string;
  version: number;
  migrations: Migrations;
  /** Validates the migrated file; null when it is not valid. */
  validate: (data: unknown) => T | null;
}

const byteLength = (text: string) => new TextEncoder().encode(text).length;

export function parseVersionedFile<T>(text: string, spec: FileSpec<T>): { ok: true; file: T } | { ok: false; error: FileError } {
  if (byteLength(text) > MAX_IMPORT_BYTES) return { ok: false, error: { code: 'too-large' } };
  if (!text.trim()) return { ok: false, error: { code: 'empty' } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== spec.format) {
    return { ok: false, error: { code: 'wrong-format' } };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: { code: 'invalid' } };
  if (version > spec.version) return { ok: false, error: { code: 'newer-version', version } };
  let migrated: unknown;
  try {
    migrated = migrate(data, version, spec.version, spec.migrations);
  } catch {
    return { ok: false, error: { code: 'invalid' } };
  }
  const file = spec.validate(migrated);
  return file === null ? { ok: false, error: { code: 'invalid' } } : { ok: true, file };
}
