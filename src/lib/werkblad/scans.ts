/** The werkblad reads the schoolscan's scans, without ever changing or moving them. */
import { createScanStore, SCAN_STORAGE_KEY } from '../scan/store';
import type { Scan } from '../scan/model';
import { browserStorage, type StorageLike } from '../store/versioned-store';

export function readScans(storage: () => StorageLike | null = browserStorage): Scan[] {
  try {
    const raw = storage()?.getItem(SCAN_STORAGE_KEY) ?? null;
    return createScanStore(storage).read(raw)?.scans ?? [];
  } catch {
    return [];
  }
}
