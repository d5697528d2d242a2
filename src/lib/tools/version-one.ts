/**
 * The first stored format: a tool's whole document under its storage key,
 * { "version": 1, "data": <document> }. The store moves it into entries once (store.ts); until
 * then it is read where it is and never changed (read-only.ts), and a download of it imports
 * (exchange.ts). The one reader of it.
 */
import type { SavedRecord } from './records';
import type { ToolSpec } from './tool';
import type { JsonInput } from './untrusted-json';
import { readVersioned, type ReadResult } from './versioned-json';

/** The document's data, checked by `validate`; never migrated: this is the format entries migrate from. */
export function readVersionOne<T>(input: JsonInput, validate: (data: unknown) => T | null): ReadResult<T> {
  return readVersioned(input, { version: 1, migrations: {}, validate: (envelope) => validate((envelope as { data?: unknown }).data) });
}

/** The tool's document, when it is valid as a whole. */
export function readVersionOneDocument<D, T extends SavedRecord, F, R>(input: JsonInput, tool: ToolSpec<D, T, F, R>): ReadResult<D> {
  return readVersionOne(input, tool.document.validate);
}
