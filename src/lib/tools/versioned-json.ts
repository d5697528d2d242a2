/**
 * The one way the tools read their own JSON, whether it comes from storage or from a file:
 * parse, check the format name (files carry one), read the version, migrate older versions
 * step by step, validate. Text is parsed within the bounds of untrusted-json.ts. Never throws:
 * every problem is a code the interface can explain.
 */
import { migrate, type Migrations } from './migrate';
import { jsonOf, type JsonInput } from './untrusted-json';

export type ReadError =
  | { code: 'not-json' }
  /** Nested far deeper than any file of the site: refused before it was parsed. */
  | { code: 'too-deep' }
  | { code: 'too-large' }
  | { code: 'wrong-format' }
  | { code: 'newer-version'; version: number }
  | { code: 'invalid' };

export interface VersionedSpec<T> {
  /** The value of the "format" field the JSON must carry; absent for data without one. */
  format?: string;
  /** The current version: older versions are migrated, newer ones refused. */
  version: number;
  /** Steps from version n to n + 1, each taking and returning the whole JSON object. */
  migrations: Migrations;
  /** Validates the migrated object and returns what it holds; null when it is not valid. */
  validate: (data: unknown) => T | null;
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; error: ReadError };

export function readVersioned<T>(input: JsonInput, spec: VersionedSpec<T>): ReadResult<T> {
  const json = jsonOf(input);
  if (!json.ok) return { ok: false, error: { code: json.problem === 'empty' ? 'not-json' : json.problem } };
  const data = json.value;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: { code: 'wrong-format' } };
  if (spec.format !== undefined && (data as { format?: unknown }).format !== spec.format) {
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
  const value = spec.validate(migrated);
  return value === null ? { ok: false, error: { code: 'invalid' } } : { ok: true, value };
}
