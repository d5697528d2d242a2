/** Merging the schoolscan's stored document across tabs (see src/lib/store/merge-records.ts). */
import { mergeRecords, recordChanged } from '../store/merge-records';
import type { ScanDocument } from './model';

export function mergeScanDocuments(stored: ScanDocument, local: ScanDocument): ScanDocument {
  const { items, deleted } = mergeRecords(
    { items: stored.scans, deleted: stored.deleted },
    { items: local.scans, deleted: local.deleted },
  );
  return { scans: items, deleted };
}

/** True when `scanId` differs between two documents (changed or deleted in another tab). */
export function scanChanged(before: ScanDocument, after: ScanDocument, scanId: string): boolean {
  return recordChanged(before.scans, after.scans, scanId);
}
