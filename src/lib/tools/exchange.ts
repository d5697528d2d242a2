/**
 * Reading a tool's exported file: size and emptiness first, then the versioned pipeline that
 * storage uses too (versioned.ts). Never throws.
 */
import { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from '../limits';
import { format } from '../text';
import type { ToolSpec } from './tool';
import { readVersioned, type ReadError } from './versioned';

export type FileError = { code: 'too-large' } | { code: 'empty' } | ReadError;

const byteLength = (text: string) => new TextEncoder().encode(text).length;

export function readToolFile<D, T extends { id: string; createdAt: string; updatedAt: string }, F>(
  text: string,
  tool: ToolSpec<D, T, F>,
  migrations = tool.file.migrations,
): { ok: true; file: F } | { ok: false; error: FileError } {
  if (byteLength(text) > MAX_IMPORT_BYTES) return { ok: false, error: { code: 'too-large' } };
  if (!text.trim()) return { ok: false, error: { code: 'empty' } };
  const read = readVersioned(text, { format: tool.file.format, version: tool.version, migrations, validate: tool.file.validate });
  return read.ok ? { ok: true, file: read.value } : read;
}

/** An import problem in Dutch, naming the file: `errors` holds a message per code ({file}, {version}, {ids}, {limit}). */
export function importErrorText<C extends string>(
  errors: Readonly<Record<C, string>>,
  fileName: string,
  error: { code: C; version?: number; ids?: readonly string[] },
): string {
  return format(errors[error.code], {
    file: `‘${fileName}’`,
    version: error.version ?? '',
    ids: error.ids?.join(', ') ?? '',
    limit: MAX_IMPORT_LABEL,
  });
}
