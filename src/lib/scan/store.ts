/** The schoolscan's store: all scans of this browser, in localStorage. Format in model.ts. */
import { browserStorage, createVersionedStore, type StorageLike, type VersionedStore } from '../store/versioned-store';
import { mergeScanDocuments } from './merge';
import { scanDocumentMigrations } from './migrations';
import { emptyScanDocument, SCAN_VERSION, scanDocumentSchema, type ScanDocument } from './model';

export const SCAN_STORAGE_KEY = 'welbevinden.schoolscan';

export function createScanStore(storage: () => StorageLike | null = browserStorage): VersionedStore<ScanDocument> {
  return createVersionedStore<ScanDocument>({
    key: SCAN_STORAGE_KEY,
    version: SCAN_VERSION,
    migrations: scanDocumentMigrations,
    validate: (data) => {
      const result = scanDocumentSchema.safeParse(data);
      return result.success ? result.data : null;
    },
    empty: emptyScanDocument,
    merge: mergeScanDocuments,
    storage,
  });
}
