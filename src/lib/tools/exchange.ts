/**
 * Reading what a tool writes: its export file, and also what its storage holds (an entry, a
 * version 1 document, or the download of set-aside data), so that every file the tool writes
 * imports again. All through the versioned pipeline storage uses too (versioned-json.ts). Never throws.
 * The file's size is checked where its bytes are known, when it is read (files.ts).
 */
import { MAX_IMPORT_LABEL } from '../limits';
import { format, formatSize } from '../text';
import type { Room } from './room';
import type { Migrations } from './migrate';
import type { SavedRecord } from './records';
import type { FileProblem, ToolSpec } from './tool';
import { fromFields, type Fields } from './fields';
import { jsonOf, type JsonInput, type ParsedJson } from './untrusted-json';
import { readVersioned, type ReadError } from './versioned-json';
import { DELETED } from './stamps';

export type FileError =
  | { code: 'empty' }
  | ReadError
  /** Two records, or two items of one record, with the same id. */
  | { code: 'duplicate-ids'; ids: string[] }
  | FileProblem;

/** The format of the download of set-aside data holding more than one entry. */
export const SET_ASIDE_FORMAT = 'welbevinden-apart-gezet';

/** The download of set-aside data: the raw text of one entry, or all of them in one file. */
export function setAsideFile(raws: readonly string[]): string {
  return raws.length === 1 ? raws[0]! : `${JSON.stringify({ format: SET_ASIDE_FORMAT, items: raws }, null, 2)}\n`;
}

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
  const envelope = (data as { data?: unknown }).data;
  const isEntry = typeof envelope === 'object' && envelope !== null && 'fields' in envelope;
  if (isEntry) {
    const entry = readVersioned(json, {
      version: tool.version,
      migrations: tool.record.migrations,
      validate: (value) => valueOfEntry((value as { data: { fields?: unknown } }).data.fields),
    });
    if (!entry.ok) return entry;
    const record = tool.record.validate(entry.value);
    if (record) return { ok: true, records: [record] };
    const rest = tool.document.rest?.validate(entry.value);
    return rest ? { ok: true, records: [], rest } : { ok: false, error: { code: 'invalid' } };
  }
  const whole = readVersioned(json, {
    version: 1,
    migrations: {},
    validate: (value) => tool.document.validate((value as { data?: unknown }).data),
  });
  if (!whole.ok) return whole;
  const records = [...tool.document.records.items(whole.value)];
  const rest = tool.document.rest;
  return rest ? { ok: true, records, rest: rest.get(whole.value) } : { ok: true, records };
}

/** The value an entry's fields describe (without the deletion mark), or null. */
function valueOfEntry(fields: unknown): unknown {
  if (typeof fields !== 'object' || fields === null) return null;
  const { [DELETED]: _deleted, ...values } = fields as Fields;
  return fromFields(values);
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

/** Ids used twice: among the records, or among the items (objects with an id) of one record. */
export function duplicateIds(records: readonly unknown[]): string[] {
  const found = new Set<string>();
  const check = (list: readonly unknown[]) => {
    const seen = new Set<string>();
    for (const item of list) {
      const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
      if (typeof id !== 'string') continue;
      if (seen.has(id)) found.add(id);
      seen.add(id);
    }
    for (const item of list) walk(item);
  };
  const walk = (value: unknown) => {
    if (Array.isArray(value)) check(value);
    else if (typeof value === 'object' && value !== null) for (const child of Object.values(value)) walk(child);
  };
  check(records);
  return [...found];
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

/** The import error for records that do not fit in storage, with the room they need and the room there is. */
export function noRoomText(errors: { 'no-room': string }, fileName: string, room: Extract<Room, { fits: false }>): string {
  return format(importErrorText(errors, fileName, { code: 'no-room' }), { needed: formatSize(room.needed), free: formatSize(room.free) });
}
