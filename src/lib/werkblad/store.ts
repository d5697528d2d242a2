/** The werkblad's store: all worksheets of this browser, in localStorage. Format in model.ts. */
import { browserStorage, createVersionedStore, type StorageLike, type VersionedStore } from '../store/versioned-store';
import { mergeWerkbladDocuments } from './merge';
import { werkbladDocumentMigrations } from './migrations';
import { emptyWerkbladDocument, WERKBLAD_VERSION, werkbladDocumentSchema, type WerkbladDocument } from './model';

export const WERKBLAD_STORAGE_KEY = 'welbevinden.werkblad';

export function createWerkbladStore(storage: () => StorageLike | null = browserStorage): VersionedStore<WerkbladDocument> {
  return createVersionedStore<WerkbladDocument>({
    key: WERKBLAD_STORAGE_KEY,
    version: WERKBLAD_VERSION,
    migrations: werkbladDocumentMigrations,
    validate: (data) => {
      const result = werkbladDocumentSchema.safeParse(data);
      return result.success ? result.data : null;
    },
    empty: emptyWerkbladDocument,
    merge: mergeWerkbladDocuments,
    storage,
  });
}
