/**
 * Ordering edits without clocks. Every field of a record carries a stamp [counter, tab]: a
 * Lamport counter that only grows (each tab keeps it above every stamp it has seen) and the id of
 * the tab that made the edit. Of two versions of a field, the one with the higher stamp wins; the
 * computer's clock plays no part, so setting it back or forward changes nothing.
 *
 * A record's versions are its fields (fields.ts) with their stamps, plus the field "$deleted":
 * a deletion is an edit like any other, and a later "$deleted: false" (undo) wins over it. A
 * deleted record keeps nothing else (`erased`): what a teacher deleted, possibly about pupils, does
 * not stay on the device, and the room it took is free again. Undo brings the record back from the
 * view's memory, with stamps newer than the deletion.
 */
import { changedPaths, type Fields, type Json } from './fields';
import { keeps, mergeTexts } from './typing';

export type Stamp = readonly [counter: number, tab: string];

export const DELETED = '$deleted';
const NONE: Stamp = [0, ''];

/** Positive when `a` is newer than `b`. The tab id decides between equal counters. */
export function compareStamps(a: Stamp, b: Stamp): number {
  return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
}

/** A record as versions: its fields and the stamp of each. */
export interface Stamped {
  fields: Fields;
  stamps: Record<string, Stamp>;
}

export const isDeleted = (stamped: Stamped) => stamped.fields[DELETED] === true;

/** A deleted record as it is kept: its deletion and that stamp, no content. Others as they are. */
export function erased(stamped: Stamped): Stamped {
  if (!isDeleted(stamped)) return stamped;
  const stamp = stamped.stamps[DELETED];
  return { fields: { [DELETED]: true }, stamps: stamp ? { [DELETED]: stamp } : {} };
}

/** True when the versions hold nothing but a deletion. */
export const isTombstone = (stamped: Stamped) => isDeleted(stamped) && Object.keys(stamped.fields).length === 1;

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
export function edit(before: Stamped | null, after: Fields, clock: Clock): Stamped {
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
  return erased({ fields, stamps });
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
 * by `tab`) lost to a different text from another tab, and not to a text that still holds all of
 * it (`keeps`). A deleted result is erased, and nothing in it counts as replaced: the record went.
 */
export function merge(
  local: Stamped,
  other: Stamped,
  tab: string,
  isText: (path: string) => boolean = () => false,
): { merged: Stamped; replaced: Replaced[] } {
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
    const kept = other.fields[path];
    if (otherWins && mine[1] === tab && isText(path) && typeof lost === 'string' && lost !== '' && !keeps(kept, lost)) {
      replaced.push({ path, mine: lost, theirs: kept });
    }
  }
  const merged = { fields, stamps };
  return isDeleted(merged) ? { merged: erased(merged), replaced: [] } : { merged, replaced };
}

/**
 * This tab's edit before it is merged with what another tab saved since `base` (the fields the
 * edit started from): each text both tabs changed is merged (typing.ts) and stamped above both,
 * so that two people typing in one field at the same moment both keep their typing. A text whose
 * changes overlap is left as it is: the newer stamp wins and the loser is handed back.
 */
export function mergeTyping(local: Stamped, stored: Stamped, base: Fields, tab: string, isText: (path: string) => boolean): Stamped {
  let result = local;
  for (const path of Object.keys(local.fields)) {
    const [before, mine, theirs] = [base[path], local.fields[path], stored.fields[path]];
    if (!isText(path) || typeof before !== 'string' || typeof mine !== 'string' || typeof theirs !== 'string') continue;
    if (mine === before || theirs === before || local.stamps[path]?.[1] !== tab || stored.stamps[path]?.[1] === tab) continue;
    // Where both typed at one place, the typing of the tab with the lower id comes first: two tabs
    // that merge the same two edits write the same text.
    const text = tab < (stored.stamps[path]?.[1] ?? '') ? mergeTexts(before, theirs, mine) : mergeTexts(before, mine, theirs);
    if (text === null) continue;
    const counter = Math.max(local.stamps[path]![0], stored.stamps[path]?.[0] ?? 0) + 1;
    result = { fields: { ...result.fields, [path]: text }, stamps: { ...result.stamps, [path]: [counter, tab] } };
  }
  return result;
}

/** What a tab holds after another tab's write of a record, and what it does about it. */
export interface Received {
  merged: Stamped;
  /** This tab's texts that the write replaced. */
  replaced: Replaced[];
  /** The merge changed what this tab holds. */
  changedHere: boolean;
  /**
   * The write lacks something this tab holds: two tabs saved at the same moment, each from its own
   * copy of storage without the other's last save, and the later write dropped this tab's newest
   * fields. This tab writes `merged` back; a tab that finds nothing missing writes nothing, so
   * this ends.
   */
  missing: boolean;
  /** `earlier` with the write added: where this tab's next edit may meet it again. */
  earlier: Stamped[];
}

/** How many earlier versions of a record a tab keeps: where another tab's edit may have started. */
const EARLIER = 32;

/** The earlier versions of a record, newest first, after this tab replaced `previous`. */
export const remember = (earlier: readonly Stamped[], previous: Stamped | null | undefined): Stamped[] =>
  previous ? [previous, ...earlier].slice(0, EARLIER) : [...earlier];

/**
 * Another tab's write of a record (a `storage` event) merged into what this tab holds (`mine`),
 * with the versions this tab held or heard of before (`earlier`, newest first).
 *
 * Each tab reads its own copy of storage, so another tab can type in a text at the same moment
 * as this tab, from a copy without this tab's last keystrokes; the later write then lacks the
 * earlier one's typing. A tab's counter is above every stamp it had seen, so an edit whose
 * counter is not above this tab's own edit of a text was made without it. When neither text
 * holds all of the other, both tabs' typing is merged (mergeTyping, as a save does) from where
 * the other tab's typing started, as far as this tab can tell: the longest text it knew that
 * both texts hold whole and that the other tab can have seen (stamped below its edit).
 *
 * Two tabs that typed the same letter at one place, each without the other's, leave one letter:
 * the two texts are the same, as after any merge.
 */
export function receive(
  mine: Stamped | null,
  theirs: Stamped,
  tab: string,
  isText: (path: string) => boolean,
  earlier: readonly Stamped[] = [],
): Received {
  if (!mine) return { merged: theirs, replaced: [], changedHere: true, missing: false, earlier: remember(earlier, theirs) };
  const start: Fields = {};
  for (const [path, text] of Object.entries(theirs.fields)) {
    const [stamp, own] = [theirs.stamps[path], mine.fields[path]];
    if (!isText(path) || typeof text !== 'string' || typeof own !== 'string' || !stamp || stamp[1] === tab) continue;
    // Only an edit that cannot have seen this tab's: its counter is not above this tab's stamp.
    const ownStamp = mine.stamps[path];
    if (ownStamp?.[1] !== tab || stamp[0] > ownStamp[0] || keeps(text, own) || keeps(own, text)) continue;
    for (const { fields, stamps } of earlier) {
      const before = fields[path];
      if (typeof before !== 'string' || (stamps[path]?.[0] ?? 0) >= stamp[0] || !keeps(text, before) || !keeps(own, before)) continue;
      if (before.length > ((start[path] as string | undefined)?.length ?? -1)) start[path] = before;
    }
  }
  const { merged, replaced } = merge(mergeTyping(mine, theirs, start, tab, isText), theirs, tab, isText);
  return {
    merged,
    replaced,
    changedHere: changedPaths(mine.fields, merged.fields).length > 0,
    missing: changedPaths(theirs.fields, merged.fields).length > 0,
    earlier: remember(earlier, theirs),
  };
}
