/**
 * One entry of a tool's storage (store.ts keeps one per record, and one for the rest): the record
 * as its fields (fields.ts) with the deletion mark "$deleted", and each field's stamp (stamps.ts):
 *
 *   { "version": <tool version>, "data": { "fields": { <path>: value, "$deleted": bool },
 *                                          "stamps": { <path>: [counter, tab] } } }
 *
 * The one way from a value to its fields and back, and the one reader of an entry's text: the
 * store reads entries with their stamps; a file of set-aside entries needs only the values, so
 * that an entry set aside for broken stamps still gives its record back (exchange.ts).
 */
import { fromFields, toFields, type Fields, type Json } from './fields';
import type { Migrations } from './migrate';
import { DELETED, erased, type Stamp, type Stamped } from './stamps';
import type { JsonInput } from './untrusted-json';
import { readVersioned, type ReadResult } from './versioned-json';

/** The fields of a value as an entry keeps them: present, or `deleted`. */
export function fieldsOf(value: unknown, deleted = false): Fields {
  return { ...toFields(value as Json), [DELETED]: deleted };
}

/** The value fields describe: the deletion mark dropped, the rest rebuilt (fields.ts). */
export function valueOfFields(fields: Fields): Json {
  const { [DELETED]: _deleted, ...values } = fields;
  return fromFields(values);
}

/** The value stamped fields describe. */
export const valueOf = <T>(stamped: Stamped): T => valueOfFields(stamped.fields) as T;

/** The text of an entry holding `stamped`, at the tool's `version`. */
export function entryText(stamped: Stamped, version: number): string {
  return JSON.stringify({ version, data: { fields: stamped.fields, stamps: stamped.stamps } });
}

/** True for JSON shaped as an entry (a version and fields), whatever it holds. */
export function isEntry(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || !('version' in json)) return false;
  const data = (json as { data?: unknown }).data;
  return typeof data === 'object' && data !== null && 'fields' in data;
}

export interface EntrySpec<V> {
  /** The tool's version: older entries are migrated, newer ones refused. */
  version: number;
  /** Steps of an entry from version n to n + 1 (the whole { version, data } object). */
  migrations: Migrations;
  /** Validates the value the fields describe; null when it is not valid. */
  validate: (value: Json) => V | null;
}

const isStamp = (value: unknown): value is Stamp =>
  Array.isArray(value) && value.length === 2 && Number.isInteger(value[0]) && value[0] >= 0 && typeof value[1] === 'string';

const dataOf = (envelope: unknown): { fields?: unknown; stamps?: unknown } | null => {
  const data = (envelope as { data?: unknown }).data;
  return typeof data === 'object' && data !== null ? data : null;
};

/**
 * An entry as storage holds it: its fields and stamps (migrated), and the value they describe,
 * validated. A deleted entry is read as its tombstone, with no value, whatever else it still holds.
 */
export function readEntry<V>(input: JsonInput, spec: EntrySpec<V>): ReadResult<{ stamped: Stamped; value: V | null }> {
  return readVersioned(input, {
    version: spec.version,
    migrations: spec.migrations,
    validate: (envelope) => {
      const data = dataOf(envelope);
      const fields = data?.fields as Fields | undefined;
      const stamps = data?.stamps as Record<string, Stamp> | undefined;
      if (typeof fields !== 'object' || fields === null || typeof fields[DELETED] !== 'boolean') return null;
      if (typeof stamps !== 'object' || stamps === null || !Object.values(stamps).every(isStamp)) return null;
      if (fields[DELETED] === true) return { stamped: erased({ fields, stamps }), value: null };
      const value = spec.validate(valueOfFields(fields));
      return value === null ? null : { stamped: { fields, stamps }, value };
    },
  });
}

/** The value an entry's fields describe (migrated, validated), without looking at its stamps. */
export function readEntryValue<V>(input: JsonInput, spec: EntrySpec<V>): ReadResult<V> {
  return readVersioned(input, {
    version: spec.version,
    migrations: spec.migrations,
    validate: (envelope) => {
      const fields = dataOf(envelope)?.fields;
      return typeof fields === 'object' && fields !== null ? spec.validate(valueOfFields(fields as Fields)) : null;
    },
  });
}
