/**
 * The saved records of a tool (scans, worksheets): what every record has, and where a tool's
 * document keeps them (`RecordsOf`). How two tabs' versions are merged is in stamps.ts; how
 * the browser holds them, in document.ts.
 */

export interface SavedRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** Deleted ids with the time of deletion (kept in version 1 documents and in files). */
export type Deletions = Readonly<Record<string, string>>;

/** Where a tool's document keeps its records. */
export interface RecordsOf<D, T extends SavedRecord> {
  items(doc: D): readonly T[];
  deleted(doc: D): Deletions;
  /** `doc` with these records and deletions; everything else in it unchanged. */
  with(doc: D, items: T[], deleted: Record<string, string>): D;
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
