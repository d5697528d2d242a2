/**
 * Reading what a tool writes: its export file, and also what its storage holds (an entry, a
 * version 1 document, or the download of set-aside data), so that every file the tool writes
 * imports again. All through the versioned pipeline storage uses too (versioned-json.ts). Never throws.
 * The file's size is checked where its bytes are known, when it is read (files.ts).
 */
import { isEntry, readEntryValue } from './entry';
import type { Migrations } from './migrate';
import { duplicateIds, type SavedRecord } from './records';
import type { FileProblem, ToolSpec } from './tool';
import { jsonOf, type JsonInput, type ParsedJson } from './untrusted-json';
import { readVersionOneDocument } from './version-one';
import { readVersioned, type ReadError } from './versioned-json';
import { SET_ASIDE_FORMAT } from './set-aside';

export type FileError =
  | { code: 'empty' }
  | ReadError
  /** Two records, or two items of one record, with the same id. */
  | { code: 'duplicate-ids'; ids: string[] }
  | FileProblem;

export type ReadRecords<T, R> = { ok: true; records: T[]; rest?: R } | { ok: false; error: FileError };

/** Reads a tool's file, or what its storage holds or held, as records; the text is parsed once. */
export function readToolRecords<D, T extends SavedRecord, F, R>(
  input: JsonInput,
  tool: ToolSpec<D, T, F, R>,
  migrations: Migrations = tool.file.migrations,
): ReadRecords<T, R> {
  const json = jsonOf(input);
  if (!json.ok && json.problem === 'empty') return { ok: false, error: { code: 'empty' } };
  const file = readVersioned(json, { format: tool.file.format, version: tool.version, migrations, validate: tool.file.validate });
  let result: ReadRecords<T, R>;
  if (file.ok) {
    const rest = tool.file.rest?.(file.value);
    result =
      rest === undefined
        ? { ok: true, records: tool.file.records(file.value) }
        : { ok: true, records: tool.file.records(file.value), rest };
  } else if (file.error.code === 'invalid') {
    result = { ok: false, error: explain(json, tool) ?? file.error };
  } else if (file.error.code === 'wrong-format') {
    result = readStored(json, tool) ?? file;
  } else {
    result = file;
  }
  if (!result.ok) return result;
  const duplicates = duplicateIds(result.records);
  return duplicates.length ? { ok: false, error: { code: 'duplicate-ids', ids: duplicates } } : result;
}

function explain<D, T extends SavedRecord, F, R>(json: ParsedJson, tool: ToolSpec<D, T, F, R>): FileProblem | null {
  if (!json.ok) return null;
  try {
    return tool.file.explain?.(json.value) ?? null;
  } catch {
    return null;
  }
}

/**
 * An entry of storage (a record's, or the rest's), a version 1 document, or a download of
 * set-aside data. Null when the text is none of these; an error when it is one of them but newer
 * or not valid.
 */
function readStored<D, T extends SavedRecord, F, R>(json: ParsedJson, tool: ToolSpec<D, T, F, R>): ReadRecords<T, R> | null {
  if (!json.ok) return null;
  const data = json.value;
  if (typeof data !== 'object' || data === null) return null;
  const { format, items } = data as { format?: unknown; items?: unknown };
  if (format === SET_ASIDE_FORMAT) return readSetAside(items, tool);
  if (!('data' in data) || !('version' in data)) return null;
  if (isEntry(data)) {
    // A record's entry or the rest's: whichever its value is.
    const entry = readEntryValue(json, {
      version: tool.version,
      migrations: tool.record.migrations,
      validate: (value): { record: T } | { rest: R } | null => {
        const record = tool.record.validate(value);
        if (record) return { record };
        const rest = tool.document.rest?.validate(value);
        return rest ? { rest } : null;
      },
    });
    if (!entry.ok) return entry;
    return 'record' in entry.value ? { ok: true, records: [entry.value.record] } : { ok: true, records: [], rest: entry.value.rest };
  }
  const whole = readVersionOneDocument(json, tool);
  if (!whole.ok) return whole;
  const records = [...tool.document.records.items(whole.value)];
  const rest = tool.document.rest;
  return rest ? { ok: true, records, rest: rest.get(whole.value) } : { ok: true, records };
}

function readSetAside<D, T extends SavedRecord, F, R>(items: unknown, tool: ToolSpec<D, T, F, R>): ReadRecords<T, R> {
  if (!Array.isArray(items) || !items.every((item) => typeof item === 'string')) return { ok: false, error: { code: 'invalid' } };
  const records: T[] = [];
  let rest: R | undefined;
  for (const item of items as string[]) {
    const read = readStored(jsonOf(item), tool);
    if (!read) return { ok: false, error: { code: 'invalid' } };
    if (!read.ok) return read;
    records.push(...read.records);
    if (read.rest !== undefined) rest = read.rest;
  }
  return rest === undefined ? { ok: true, records } : { ok: true, records, rest };
}
