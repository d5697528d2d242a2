/** The werkblad reads the schoolscan's scans, without ever changing or moving them. */
import type { Scan } from '../scan/model';
import { scanTool } from '../scan/tool';
import { readRecords } from '../tools/read-only';
import { browserStorage, type StorageLike } from '../tools/storage';

export function readScans(storage: () => StorageLike | null = browserStorage): Scan[] {
  return readRecords(scanTool, storage);
}
