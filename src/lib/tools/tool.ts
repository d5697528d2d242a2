/**
 * What a tool declares, so that the kit can store, merge, export, import and back up its records.
 * A tool (src/lib/scan/tool.ts, src/lib/werkblad/tool.ts) gives its name, storage key, version,
 * schemas, migrations, where its records are and which of their fields point to other records;
 * everything else comes from the kit. The site's tools are listed in src/lib/registry.ts.
 */
import type { Migrations } from './migrate';
import type { RecordsOf, SavedRecord } from './records';

/** Why a file that did not pass validation is wrong, when a tool can say it more precisely. */
export type FileProblem =
  /** A date that does not exist, such as 2026-02-31. */
  | { code: 'impossible-date' }
  /** A count that cannot be, such as a team of a billion members. */
  | { code: 'impossible-count' };

/**
 * A field that holds the id of a record (or null): of this tool or of the tool named `to`. A
 * restore that gives that record another id moves the field with it (backup.ts).
 */
export interface Link {
  field: string;
  to: string;
}

export interface ToolSpec<D, T extends SavedRecord, F, R = unknown> {
  /** The tool's name: its root element's class, the prefix of its ids and its section in a backup. */
  name: string;
  /** The prefix of its localStorage keys (store.ts). */
  storageKey: string;
  /** The version of its stored records and of its exported file. */
  version: number;
  /** One record (a scan, a worksheet). */
  record: {
    validate: (data: unknown) => T | null;
    /** Steps of a stored record's entry ({ version, data }) from version n to n + 1. */
    migrations: Migrations;
    /** The fields (paths, see fields.ts) that hold text a person typed: when another tab replaces one, this tab says so. */
    texts?: (path: string) => boolean;
    /** Its fields that point to records (a member's scan to its session). */
    links?: readonly Link[];
  };
  /** The whole document, as the tool's views and files see it. */
  document: {
    empty: () => D;
    /** The document as version 1 stored it under the storage key, read once to move it into records. */
    validate: (data: unknown) => D | null;
    records: RecordsOf<D, T>;
    /** What the document holds besides records (the werkblad's plan); stored as one more entry. */
    rest?: {
      get: (doc: D) => R;
      set: (doc: D, rest: R) => D;
      validate: (data: unknown) => R | null;
      /** As `record.texts`. */
      texts?: (path: string) => boolean;
      /** As `record.links` (the plan to its scan). */
      links?: readonly Link[];
    };
  };
  /**
   * Its section in a backup of every tool (backup.ts), under its name:
   * { [records]: T[], [rest]: R }, the rest only for a tool that has one.
   */
  backup: { records: string; rest?: string };
  file: {
    /** The value of the file's "format" field. */
    format: string;
    validate: (data: unknown) => F | null;
    /** Steps of the whole file object from version n to n + 1. */
    migrations: Migrations;
    /** The records a file holds. */
    records: (file: F) => T[];
    /** What else it holds (the werkblad's plan). */
    rest?: (file: F) => R;
    /** Why a file that did not pass validation is wrong, when that can be said more precisely. */
    explain?: (data: unknown) => FileProblem | null;
  };
  /** Name of the download offered when stored data could not be read. */
  oldDataFileName: string;
}

// `any` only where a function takes every tool: the spec's types are checked where it is declared.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyToolSpec = ToolSpec<any, any, any, any>;

/** A schema's check as a `validate` function: the parsed value, or null. */
export function validatorOf<T>(schema: { safeParse: (data: unknown) => { success: true; data: T } | { success: false } }) {
  return (data: unknown): T | null => {
    const result = schema.safeParse(data);
    return result.success ? result.data : null;
  };
}
