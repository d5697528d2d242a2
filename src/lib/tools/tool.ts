/**
 * What a tool declares, so that the kit can store, merge, export and import its records. A tool
 * (src/lib/scan/tool.ts, src/lib/werkblad/tool.ts) gives its storage key, version, schemas,
 * migrations and where its records are; everything else comes from the kit.
 */
import type { Migrations } from './migrate';
import { mergeDocuments, type RecordsOf, type SavedRecord } from './records';
import { browserStorage, createVersionedStore, type StorageLike, type VersionedStore } from './store';

export interface ToolSpec<D, T extends SavedRecord, F> {
  /** The tool's name: its root element's class and the prefix of its ids. */
  name: string;
  /** The localStorage key of the stored document. */
  storageKey: string;
  /** The version of both the stored document and the exported file. */
  version: number;
  document: {
    empty: () => D;
    validate: (data: unknown) => D | null;
    /** Steps of the stored object ({ version, data }) from version n to n + 1. */
    migrations: Migrations;
    records: RecordsOf<D, T>;
    /** Merges what is not a record (the werkblad's plan); default: this tab's version. */
    mergeRest?: (stored: D, local: D) => D;
  };
  file: {
    /** The value of the file's "format" field. */
    format: string;
    validate: (data: unknown) => F | null;
    /** Steps of the whole file object from version n to n + 1. */
    migrations: Migrations;
  };
  /** Name of the download offered when stored data could not be read. */
  oldDataFileName: string;
}

// `any` only where a function takes every tool: the spec's types are checked where it is declared.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyToolSpec = ToolSpec<any, any, any>;

/** A schema's check as a `validate` function: the parsed value, or null. */
export function validatorOf<T>(schema: { safeParse: (data: unknown) => { success: true; data: T } | { success: false } }) {
  return (data: unknown): T | null => {
    const result = schema.safeParse(data);
    return result.success ? result.data : null;
  };
}

export function mergeToolDocuments<D, T extends SavedRecord, F>(tool: ToolSpec<D, T, F>, stored: D, local: D): D {
  return mergeDocuments(tool.document.records, stored, local, tool.document.mergeRest);
}

export function createToolStore<D, T extends SavedRecord, F>(
  tool: ToolSpec<D, T, F>,
  storage: () => StorageLike | null = browserStorage,
): VersionedStore<D> {
  return createVersionedStore<D>({
    key: tool.storageKey,
    version: tool.version,
    migrations: tool.document.migrations,
    validate: tool.document.validate,
    empty: tool.document.empty,
    merge: (stored, local) => mergeToolDocuments(tool, stored, local),
    storage,
  });
}
