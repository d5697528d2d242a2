/**
 * Ordering edits without clocks. Every field of a record carries a stamp [counter, tab]: a
 * Lamport counter that only grows (each tab keeps it above every stamp it has seen) and the id of
 * the tab that made the edit. Of two versions of a field, the one with the higher stamp wins; the
 * computer's clock plays no part, so setting it back or forward changes nothing.
 *
 * A record's versions are its fields (fields.ts) with their stamps, plus the field "$deleted":
 * a deletion is an edit like any other, and a later "$deleted: false" (undo) wins over it.
 */
import { changedPaths, type Fields, type Json } from './fields';

export type Stamp = readonly [counter: number, tab: string];

export const DELETED = '$deleted';
const NONE: Stamp = [0, ''];

/** Positive when `a` is newer than `b`. The tab id decides between equal counters. */
export function compareStamps(a: Stamp, b: Stamp): number {
  return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
}

/** A record as versions: its fields and the stamp of each. */
export interface Versioned {
  fields: Fields;
  stamps: Record<string, Stamp>;
}

export const isDeleted = (versioned: Versioned) => versioned.fields[DELETED] === true;

/** The counter of one tab. */
export class Clock {
  private counter = 0;
  constructor(readonly tab: string) {}

  /** Keeps the counter at or above every stamp seen. */
  observe(stamps: Readonly<Record<string, Stamp>>): void {
    for (const [counter] of Object.values(stamps)) if (counter > this.counter) this.counter = counter;
  }

  next(): Stamp {
    this.counter += 1;
    return [this.counter, this.tab];
  }
}

/**
 * The versions after an edit in this tab: every field that differs from `before` gets one new
 * stamp; fields that did not change keep theirs.
 */
export function edit(before: Versioned | null, after: Fields, clock: Clock): Versioned {
  const old = before ?? { fields: {}, stamps: {} };
  clock.observe(old.stamps);
  const changed = changedPaths(old.fields, after);
  if (changed.length === 0) return old;
  const stamp = clock.next();
  const fields: Fields = { ...old.fields };
  const stamps = { ...old.stamps };
  for (const path of changed) {
    fields[path] = after[path];
    stamps[path] = stamp;
  }
  return { fields, stamps };
}

/** A text this tab wrote that another tab's later edit replaced. */
export interface Replaced {
  path: string;
  /** What this tab had written. */
  mine: Json;
  /** What the field holds now. */
  theirs: Json | undefined;
}

/**
 * Merges two versions field by field: the newer stamp wins each field (a field without a stamp
 * has the oldest). `replaced` lists the text fields (`isText`) where `local`'s own edit (stamped
 * by `tab`) lost to a different text from another tab.
 */
export function merge(
  local: Versioned,
  other: Versioned,
  tab: string,
  isText: (path: string) => boolean = () => false,
): { merged: Versioned; replaced: Replaced[] } {
  const fields: Fields = {};
  const stamps: Record<string, Stamp> = {};
  const replaced: Replaced[] = [];
  const paths = new Set([
    ...Object.keys(local.fields),
    ...Object.keys(other.fields),
    ...Object.keys(local.stamps),
    ...Object.keys(other.stamps),
  ]);
  for (const path of paths) {
    const mine = local.stamps[path] ?? NONE;
    const theirs = other.stamps[path] ?? NONE;
    const otherWins =
      compareStamps(theirs, mine) > 0 || (compareStamps(theirs, mine) === 0 && !(path in local.fields) && path in other.fields);
    const winner = otherWins ? other : local;
    if (path in winner.fields) fields[path] = winner.fields[path];
    if (path in winner.stamps) stamps[path] = winner.stamps[path]!;
    const lost = local.fields[path];
    if (otherWins && mine[1] === tab && isText(path) && typeof lost === 'string' && lost !== '' && lost !== other.fields[path]) {
      replaced.push({ path, mine: lost, theirs: other.fields[path] });
    }
  }
  return { merged: { fields, stamps }, replaced };
}
