/**
 * localStorage as the tools use it: through this small interface, so that the tests can give a
 * storage of their own, and never trusted (every call may throw; a private window may refuse it).
 */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length?: number;
  key?(index: number): string | null;
}

/** window.localStorage, or null where the browser refuses it. */
export function browserStorage(): StorageLike | null {
  return typeof window === 'undefined' ? null : window.localStorage;
}

/** Every key of a storage, or an empty list when it cannot list them. */
export function storageKeys(store: StorageLike): string[] {
  const keys: string[] = [];
  if (typeof store.length !== 'number' || !store.key) return keys;
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** True for the error a write throws when storage is full (Chromium's and Firefox's names). */
export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}
