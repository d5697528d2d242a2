/**
 * Reading a tool's work without changing or moving anything (the werkblad reads the scans; a
 * backup reads every tool): the entries that pass validation, and what a version 1 document that
 * has not been moved into entries yet holds. Nothing is set aside, written or deleted here.
 */
import { documentOf, hold, type Held, type Holding } from './document';
import { fieldsOf, valueOf } from './entry';
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

/**
 * What the tool's document holds besides records (the werkblad's plan): its entry, else a
 * version 1 document's, else the empty document's. Undefined for a tool without a rest.
 */
export function readRest<D, T extends SavedRecord, F, R>(tool: ToolSpec<D, T, F, R>, storage: () => StorageLike | null): R | undefined {
  const rest = tool.document.rest;
  if (!rest) return undefined;
  const empty = rest.get(tool.document.empty());
  try {
    const store = storage();
    if (!store) return empty;
    const reader = createRecordStore(tool, () => null);
    const key = `${reader.prefix}${REST}`;
    const entry = reader.read(key, store.getItem(key));
    if (entry) return valueOf<R>(entry.stamped);
    const old = readVersionOneDocument(store.getItem(tool.storageKey) ?? '', tool);
    return old.ok ? rest.get(old.value) : empty;
  } catch {
    return empty;
  }
}
