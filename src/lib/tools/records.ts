/**
 * The saved records of a tool (scans, worksheets) and what can be done with them. A tool's stored
 * document holds a list of records and the ids it deleted, with the time of deletion; the
 * `RecordsOf` of a tool says where in its document they are. Every operation returns a new
 * document; none changes the one it is given.
 *
 * One rule decides between tabs: for each record the newer version wins, and a deletion wins over
 * any version older than it, so another tab cannot bring a deleted record back. A record that is
 * newer than its deletion (it was restored) is present and its deletion is forgotten: a record is
 * either present or deleted, never both.
 */
import { laterBy } from '../dates';

export interface SavedRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** Deleted ids with the time of deletion. */
export type Deletions = Readonly<Record<string, string>>;

/** Where a tool's document keeps its records and deletions. */
export interface RecordsOf<D, T extends SavedRecord> {
  items(doc: D): readonly T[];
  deleted(doc: D): Deletions;
  /** `doc` with these records and deletions; everything else in it unchanged. */
  with(doc: D, items: T[], deleted: Record<string, string>): D;
}

export interface RecordSet<T extends SavedRecord> {
  items: readonly T[];
  deleted: Deletions;
}

/** Combines two versions of a record list by the rule above. Sorted by creation time, then id. */
export function mergeRecords<T extends SavedRecord>(
  stored: RecordSet<T>,
  local: RecordSet<T>,
): { items: T[]; deleted: Record<string, string> } {
  const deletedAt: Record<string, string> = { ...stored.deleted };
  for (const [id, time] of Object.entries(local.deleted)) {
    const known = deletedAt[id];
    deletedAt[id] = known !== undefined && known > time ? known : time;
  }
  const byId = new Map<string, T>();
  for (const item of [...stored.items, ...local.items]) {
    const known = byId.get(item.id);
    if (!known || item.updatedAt > known.updatedAt) byId.set(item.id, item);
  }
  const items = [...byId.values()]
    .filter((item) => {
      const time = deletedAt[item.id];
      return time === undefined || time < item.updatedAt;
    })
    // The id decides between records of the same moment, so every tab ends up with the same order.
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  // A record that is present is not deleted: its deletion (older than it) is forgotten.
  const present = new Set(items.map((item) => item.id));
  const deleted = Object.fromEntries(Object.entries(deletedAt).filter(([id]) => !present.has(id)));
  return { items, deleted };
}

/** Merges what another tab stored with this tab's document; `rest` merges what is not a record. */
export function mergeDocuments<D, T extends SavedRecord>(
  records: RecordsOf<D, T>,
  stored: D,
  local: D,
  rest: (stored: D, local: D) => D = (_, mine) => mine,
): D {
  const { items, deleted } = mergeRecords(
    { items: records.items(stored), deleted: records.deleted(stored) },
    { items: records.items(local), deleted: records.deleted(local) },
  );
  return records.with(rest(stored, local), items, deleted);
}

/** True when record `id` differs between two documents (changed or deleted in another tab). */
export function recordChanged<D, T extends SavedRecord>(records: RecordsOf<D, T>, before: D, after: D, id: string): boolean {
  const version = (doc: D) => records.items(doc).find((item) => item.id === id)?.updatedAt;
  return version(before) !== version(after);
}

export function findRecord<D, T extends SavedRecord>(records: RecordsOf<D, T>, doc: D, id: string): T | undefined {
  return records.items(doc).find((item) => item.id === id);
}

/** Replaces the record with the same id, or adds it at the end. */
export function putRecord<D, T extends SavedRecord>(records: RecordsOf<D, T>, doc: D, record: T): D {
  const items = records.items(doc);
  const exists = items.some((item) => item.id === record.id);
  const next = exists ? items.map((item) => (item.id === record.id ? record : item)) : [...items, record];
  return records.with(doc, next, { ...records.deleted(doc) });
}

/**
 * Adds records as new ones (imported or combined), each under a new id, never replacing one that
 * is there. Their times are `now`, a millisecond apart, so they keep their order.
 */
export function addRecords<D, T extends SavedRecord>(
  records: RecordsOf<D, T>,
  doc: D,
  added: readonly T[],
  newId: () => string,
  now: string,
): { doc: D; added: T[] } {
  const fresh = added.map((record, index) => {
    const at = laterBy(now, index);
    return { ...record, id: newId(), createdAt: at, updatedAt: at };
  });
  return { doc: records.with(doc, [...records.items(doc), ...fresh], { ...records.deleted(doc) }), added: fresh };
}

/** Removes a record and notes when, so another tab does not bring it back. */
export function removeRecord<D, T extends SavedRecord>(
  records: RecordsOf<D, T>,
  doc: D,
  id: string,
  now: string,
): { doc: D; removed: T | undefined } {
  const removed = findRecord(records, doc, id);
  if (!removed) return { doc, removed };
  const items = records.items(doc).filter((item) => item.id !== id);
  return { doc: records.with(doc, items, { ...records.deleted(doc), [id]: now }), removed };
}

/** Brings a removed record back ("Ongedaan maken"): newer than its deletion, which is forgotten. */
export function restoreRecord<D, T extends SavedRecord>(records: RecordsOf<D, T>, doc: D, record: T, now: string): D {
  const deleted = Object.fromEntries(Object.entries(records.deleted(doc)).filter(([id]) => id !== record.id));
  const items = records.items(doc).filter((item) => item.id !== record.id);
  return records.with(doc, [...items, { ...record, updatedAt: now }], deleted);
}
