/**
 * Two tabs, one store: combine lists of saved records (scans, worksheets) that another tab
 * stored with what this tab holds. The newer version of each record wins; a deletion wins over
 * any version older than it, so another tab cannot bring a deleted record back.
 */
export interface SavedRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export interface RecordSet<T extends SavedRecord> {
  items: readonly T[];
  /** Deleted ids with the time of deletion. */
  deleted: Readonly<Record<string, string>>;
}

export function mergeRecords<T extends SavedRecord>(stored: RecordSet<T>, local: RecordSet<T>): { items: T[]; deleted: Record<string, string> } {
  const deleted: Record<string, string> = { ...stored.deleted };
  for (const [id, time] of Object.entries(local.deleted)) {
    const known = deleted[id];
    deleted[id] = known !== undefined && known > time ? known : time;
  }
  const byId = new Map<string, T>();
  for (const item of [...stored.items, ...local.items]) {
    const known = byId.get(item.id);
    if (!known || item.updatedAt > known.updatedAt) byId.set(item.id, item);
  }
  const items = [...byId.values()]
    .filter((item) => {
      const deletedAt = deleted[item.id];
      return deletedAt === undefined || deletedAt < item.updatedAt;
    })
    // The id decides between records of the same moment, so every tab ends up with the same order.
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return { items, deleted };
}

/** True when record `id` differs between two lists (changed or deleted in another tab). */
export function recordChanged<T extends SavedRecord>(before: readonly T[], after: readonly T[], id: string): boolean {
  return before.find((item) => item.id === id)?.updatedAt !== after.find((item) => item.id === id)?.updatedAt;
}
