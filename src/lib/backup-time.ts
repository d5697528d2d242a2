/**
 * What the tools show about backups every time: when the last one was made (kept in
 * localStorage) and whether anything changed since, and how to tell a backup file. Making and
 * reading one is in backup.ts, loaded only when needed.
 */
import { browserStorage, type StorageLike } from './tools/storage';
import { jsonOf, type JsonInput } from './tools/untrusted-json';

export const BACKUP_FORMAT = 'welbevinden-alles';
/** localStorage key of the time of the last backup (ISO). */
export const LAST_BACKUP_KEY = 'welbevinden.laatste-bestand';

export function isBackup(input: JsonInput): boolean {
  const json = jsonOf(input);
  return json.ok && typeof json.value === 'object' && json.value !== null && (json.value as { format?: unknown }).format === BACKUP_FORMAT;
}

/** When the last backup was made, or null. */
export function lastBackup(storage: () => StorageLike | null = browserStorage): Date | null {
  try {
    const value = storage()?.getItem(LAST_BACKUP_KEY);
    const time = value ? Date.parse(value) : Number.NaN;
    return Number.isNaN(time) ? null : new Date(time);
  } catch {
    return null;
  }
}

export function rememberBackup(at: Date, storage: () => StorageLike | null = browserStorage): void {
  try {
    storage()?.setItem(LAST_BACKUP_KEY, at.toISOString());
  } catch {
    // The backup file exists anyway; only the reminder of it could not be kept.
  }
}

/** The newest change among records (their `updatedAt`), or null when there are none. */
export function newestChange(records: readonly { updatedAt: string }[]): string | null {
  return records.reduce<string | null>(
    (newest, record) => (newest === null || record.updatedAt > newest ? record.updatedAt : newest),
    null,
  );
}
