/** The werkblad reads the schoolscan's scans, without ever changing or moving them. */
import type { Scan } from '../scan/model';
import { scanTool } from '../scan/tool';
import { browserStorage, type StorageLike } from '../tools/store';
import { createToolStore } from '../tools/tool';

export function readScans(storage: () => StorageLike | null = browserStorage): Scan[] {
  try {
    const raw = storage()?.getItem(scanTool.storageKey) ?? null;
    return createToolStore(scanTool, storage).read(raw)?.scans ?? [];
  } catch {
    return [];
  }
}
