/**
 * Reading another tool's records without changing or moving anything (the werkblad reads the
 * scans): the entries that pass validation, and the records of a version 1 document that has not
 * been moved into entries yet. Nothing is set aside, written or deleted here.
 */
import { documentOf, fieldsOf, hold, type Holding } from './document';
import type { SavedRecord } from './records';
import { createRecordStore, REST } from './store';
import { storageKeys, type StorageLike } from './storage';
import type { ToolSpec } from './tool';
import { readVersioned } from './versioned-json';

export function readRecords<D, T extends SavedRecord, F, R>(tool: ToolSpec<D, T, F, R>, storage: () => StorageLike | null): T[] {
  let store: StorageLike | null;
  try {
    store = storage();
  } catch {
    return [];
  }
  if (!store) return [];
  const reader = createRecordStore(tool, () => null);
  const records = new Map<string, ReturnType<typeof hold<T>>>();
  try {
    // Every record's entry; not the rest's (the werkblad's plan), which is no record.
    for (const key of storageKeys(store).filter(
      (candidate) => candidate.startsWith(reader.prefix) && candidate !== `${reader.prefix}${REST}`,
    )) {
      const entry = reader.read(key, store.getItem(key));
      if (entry) records.set(entry.id, hold<T>(entry.stamped));
    }
    const old = store.getItem(tool.storageKey);
    if (old !== null) {
      const read = readVersioned(old, {
        version: 1,
        migrations: {},
        validate: (envelope) => tool.document.validate((envelope as { data?: unknown }).data),
      });
      if (read.ok) {
        for (const record of tool.document.records.items(read.value)) {
          if (!records.has(record.id)) records.set(record.id, hold<T>({ fields: fieldsOf(record), stamps: {} }));
        }
      }
    }
  } catch {
    return [];
  }
  const holding: Holding<T> = { records, rest: null };
  return [...tool.document.records.items(documentOf(tool, holding))];
}
