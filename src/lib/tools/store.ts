/**
 * A tool's versioned, validated store in localStorage (see tool.ts for what a tool declares).
 *
 * Stored JSON under `key`: { "version": <number>, "data": <T> }, read with readVersioned (the
 * pipeline files use too); a migration step takes and returns that whole object.
 * - load(): reads, migrates older versions, validates. Data that cannot be read, fails
 *   validation or comes from a newer version is copied to `<key>.backup.<time>` and reported
 *   with its raw text, so the user can download it; it is never silently deleted.
 * - save(): reads what is stored now, merges it with the local data (another tab may have
 *   saved since) and writes the result. What is stored but cannot be read (another tab running
 *   a newer version of the site, say) is moved aside first, as on load. Data that does not pass
 *   validation is never written. Storage that is full or unavailable is reported; the caller
 *   keeps working with its data in memory.
 * Storage is never trusted: every access may throw (private mode, blocked cookies, quota).
 */
import type { Migrations } from './migrate';
import { readVersioned } from './versioned';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type MovedAsideReason = 'unreadable' | 'invalid' | 'newer';

export type LoadStatus =
  | { kind: 'ok' }
  | { kind: 'empty' }
  | { kind: 'unavailable' }
  /** backupKey is null when even the backup could not be written; the store then stops saving. */
  | { kind: 'moved-aside'; reason: MovedAsideReason; backupKey: string | null; raw: string };

export type SaveResult<T> =
  /** movedAside: stored data that could not be read and was set aside before writing. */
  | { kind: 'saved'; data: T; movedAside?: Extract<LoadStatus, { kind: 'moved-aside' }> }
  | { kind: 'full' }
  | { kind: 'unavailable' }
  /** The data to save did not pass validation; nothing was written. */
  | { kind: 'rejected' };

/** Why a save did not happen. */
export type SaveProblem = Exclude<SaveResult<unknown>['kind'], 'saved'>;

export interface StoreOptions<T> {
  key: string;
  /** Current version of `data`. */
  version: number;
  /** Migrations of the stored object from older versions, see migrate.ts. */
  migrations: Migrations;
  /** Validates migrated data; returns null when it is not valid. */
  validate: (data: unknown) => T | null;
  empty: () => T;
  /** Combines what another tab stored with the local data before writing. */
  merge: (stored: T, local: T) => T;
  /** Returns the storage; may throw or return null when there is none. */
  storage: () => StorageLike | null;
  now?: () => Date;
}

export interface VersionedStore<T> {
  load(): { data: T; status: LoadStatus };
  save(local: T): SaveResult<T>;
  /** Reads a stored value (from a `storage` event); null when it is absent or not valid. */
  read(raw: string | null): T | null;
  readonly key: string;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

export function createVersionedStore<T>(options: StoreOptions<T>): VersionedStore<T> {
  const now = options.now ?? (() => new Date());
  /** Set when stored data could not be backed up: saving would destroy it. */
  let blocked = false;

  const storage = (): StorageLike | null => {
    try {
      return options.storage();
    } catch {
      return null;
    }
  };

  type Parsed = { ok: true; data: T } | { ok: false; reason: MovedAsideReason };

  const parse = (raw: string): Parsed => {
    const read = readVersioned(raw, {
      version: options.version,
      migrations: options.migrations,
      validate: (envelope) => options.validate((envelope as { data?: unknown }).data),
    });
    if (read.ok) return { ok: true, data: read.value };
    const { code } = read.error;
    return { ok: false, reason: code === 'not-json' ? 'unreadable' : code === 'newer-version' ? 'newer' : 'invalid' };
  };

  const serialise = (data: T) => JSON.stringify({ version: options.version, data });

  return {
    key: options.key,

    load() {
      const store = storage();
      if (!store) return { data: options.empty(), status: { kind: 'unavailable' } };
      let raw: string | null;
      try {
        raw = store.getItem(options.key);
      } catch {
        return { data: options.empty(), status: { kind: 'unavailable' } };
      }
      if (raw === null) return { data: options.empty(), status: { kind: 'empty' } };
      const parsed = parse(raw);
      if (parsed.ok) return { data: parsed.data, status: { kind: 'ok' } };

      const backupKey = `${options.key}.backup.${now().toISOString()}`;
      try {
        store.setItem(backupKey, raw);
        store.removeItem(options.key);
        return { data: options.empty(), status: { kind: 'moved-aside', reason: parsed.reason, backupKey, raw } };
      } catch {
        blocked = true;
        return { data: options.empty(), status: { kind: 'moved-aside', reason: parsed.reason, backupKey: null, raw } };
      }
    },

    save(local) {
      const store = storage();
      if (!store || blocked) return { kind: 'unavailable' };
      try {
        const raw = store.getItem(options.key);
        const parsed = raw === null ? null : parse(raw);
        let movedAside: Extract<LoadStatus, { kind: 'moved-aside' }> | undefined;
        if (raw !== null && parsed && !parsed.ok) {
          const backupKey = `${options.key}.backup.${now().toISOString()}`;
          store.setItem(backupKey, raw);
          movedAside = { kind: 'moved-aside', reason: parsed.reason, backupKey, raw };
        }
        const merged = parsed?.ok ? options.merge(parsed.data, local) : local;
        if (options.validate(merged) === null) return { kind: 'rejected' };
        store.setItem(options.key, serialise(merged));
        return movedAside ? { kind: 'saved', data: merged, movedAside } : { kind: 'saved', data: merged };
      } catch (error) {
        return isQuotaError(error) ? { kind: 'full' } : { kind: 'unavailable' };
      }
    },

    read(raw) {
      if (raw === null) return null;
      const parsed = parse(raw);
      return parsed.ok ? parsed.data : null;
    },
  };
}

/** window.localStorage, or null where the browser refuses it. */
export function browserStorage(): StorageLike | null {
  return typeof window === 'undefined' ? null : window.localStorage;
}
