/**
 * How much room saved work takes in localStorage, counted as Chromium counts it against the
 * quota: per key and per value, one byte a character for text of Latin-1 characters only, two
 * bytes a character for any other text. Whether more fits is asked in room-check.ts.
 */
import type { StorageLike } from './storage';

/** True for text of Latin-1 characters only: none above U+00FF. */
const isLatin1 = (text: string) => !/[\u0100-\uffff]/.test(text);

/** Bytes one string takes in storage. */
export const bytesOf = (text: string) => (isLatin1(text) ? text.length : 2 * text.length);

/** Bytes one entry (key and value) takes in storage. */
export const entryBytes = (key: string, value: string) => bytesOf(key) + bytesOf(value);

export type Room = { fits: true; needed: number } | { fits: false; needed: number; free: number };

/** Bytes the entries whose keys start with one of `prefixes` take, each entry once. */
export function bytesInUse(store: StorageLike, prefixes: readonly string[]): number {
  let total = 0;
  const count = typeof store.length === 'number' && store.key ? store.length : 0;
  for (let index = 0; index < count; index += 1) {
    const key = store.key!(index);
    if (key === null || !prefixes.some((prefix) => key.startsWith(prefix))) continue;
    total += entryBytes(key, store.getItem(key) ?? '');
  }
  return total;
}
