/**
 * Whether more saved work fits in localStorage, asked before anything is written: an import or a
 * restore that does not fit is refused whole, so nothing ends up half stored. Browsers do not say
 * how much room is left; the only way to know is to try. `roomFor` writes a probe of the same size
 * as what would be written (room.ts counts it), and removes it at once. Loaded only when records
 * are added at once.
 */
import { entryBytes, type Room } from './room';
import { isQuotaError, type StorageLike } from './storage';

/** The key of the probe; it starts with no tool's prefix, so no tool reads it. */
export const PROBE_KEY = 'welbevinden.ruimtetest';

/** A probe that takes `bytes` of room: as Latin-1 text (one byte a character). */
const probe = (bytes: number) => 'x'.repeat(Math.max(0, bytes - PROBE_KEY.length));

/** Whether `bytes` more fit now; throws what setItem throws other than a full storage. */
function fits(store: StorageLike, bytes: number): boolean {
  try {
    store.setItem(PROBE_KEY, probe(bytes));
    return true;
  } catch (error) {
    if (isQuotaError(error)) return false;
    throw error;
  } finally {
    try {
      store.removeItem(PROBE_KEY);
    } catch {
      // Nothing was written, or it goes with the next probe.
    }
  }
}

/**
 * Whether `entries` (new keys and their values) fit in `store` now. When they do not, `free` is
 * the room there is, found by halving, to within a twentieth of what is needed: each try writes
 * megabytes, and a message needs no more precision than "5,2 MB".
 */
export function roomFor(store: StorageLike, entries: readonly (readonly [key: string, value: string])[]): Room {
  const needed = entries.reduce((sum, [key, value]) => sum + entryBytes(key, value), 0);
  if (needed === 0 || fits(store, needed)) return { fits: true, needed };
  let low = 0;
  let high = needed;
  const step = Math.max(1024, Math.ceil(needed / 20));
  while (high - low > step) {
    const middle = Math.floor((low + high) / 2);
    if (fits(store, middle)) low = middle;
    else high = middle;
  }
  return { fits: false, needed, free: low };
}
