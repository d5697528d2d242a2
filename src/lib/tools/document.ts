/**
 * A tool's work as the browser holds it: each record's versions (stamps.ts) with the record
 * rebuilt from them once, so that the document the views see can be put together without
 * rebuilding every record after each keystroke.
 */
import { laterBy } from '../dates';
import { valueOf } from './entry';
import type { SavedRecord } from './records';
import { isDeleted, type Stamped } from './stamps';
import type { ToolSpec } from './tool';

export interface Held<T> {
  stamped: Stamped;
  /** The record the versions describe; null when it is deleted (its tombstone holds nothing). */
  record: T | null;
}

export interface Holding<T> {
  records: ReadonlyMap<string, Held<T>>;
  rest: Stamped | null;
}

export const emptyHolding = <T>(): Holding<T> => ({ records: new Map(), rest: null });

export function hold<T>(stamped: Stamped): Held<T> {
  return { stamped, record: isDeleted(stamped) ? null : valueOf<T>(stamped) };
}

/** The document the views see: the records that are not deleted, oldest first, and the rest. */
export function documentOf<D, T extends SavedRecord, F, R>(tool: ToolSpec<D, T, F, R>, holding: Holding<T>): D {
  const items = [...holding.records.values()]
    .map((held) => held.record)
    .filter((record) => record !== null)
    // The id decides between records of the same moment, so every tab shows the same order.
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const empty = tool.document.empty();
  const rest = tool.document.rest;
  const base = rest && holding.rest ? rest.set(empty, valueOf<R>(holding.rest)) : empty;
  return tool.document.records.with(base, items, {});
}

/** Records added as new ones (imported, combined): new ids, their times `now`, a millisecond apart. */
export function asNew<T extends SavedRecord>(records: readonly T[], newId: () => string, now: string): T[] {
  return records.map((record, index) => {
    const at = laterBy(now, index);
    return { ...record, id: newId(), createdAt: at, updatedAt: at };
  });
}
