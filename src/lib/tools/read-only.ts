/**
 * Reading a tool's records without changing or moving anything (the werkblad reads the scans; a
 * backup reads every tool): the entries that pass validation, and the records of a version 1
 * document that has not been moved into entries yet. Nothing is set aside, written or deleted here.
 */
import { documentOf, hold, type Held, type Holding } from './document';
import { fieldsOf } from './entry';
import type { SavedRecord } from './records';
import { createRecordStore, REST } from './store';
import { storageKeys, type StorageLike } from './storage';
import type { ToolSpec } from './tool';
import { readVersionOneDocument } from './version-one';

export function readRecords<D, T extends SavedRecord, F, R>(tool: ToolSpec<D, T, F, R>, storage: () => StorageLike | null): T[] {
  let store: StorageLike | null;
  try {
    store = storage();
  } catch {
    return [];
  }
  if (!store) return [];
  const reader = createRecordStore(tool, () => null);
  const records = new Map<string, Held<T>>();
  try {
    // Every record's entry; not the rest's (the werkblad's plan), which is no record.
    for (const key of storageKeys(store).filter(
      (candidate) => candidate.startsWith(reader.prefix) && candidate !== `${reader.prefix}${REST}`,
    )) {
      const entry = reader.read(key, store.getItem(key));
      if (entry) records.set(entry.id, hold<T>(entry.stamped));
    }
    const old = readVersionOneDocument(store.getItem(tool.storageKey) ?? '', tool);
    if (old.ok) {
      for (const record of tool.document.records.items(old.value)) {
        if (!records.has(record.id)) records.set(record.id, hold<T>({ fields: fieldsOf(record), stamps: {} }));
      }
    }
  } catch {
    return [];
  }
  const holding: Holding<T> = { records, rest: null };
  return [...tool.document.records.items(documentOf(tool, holding))];
}
