/** Merging the werkblad's stored document across tabs (see src/lib/store/merge-records.ts). */
import { mergeRecords, recordChanged } from '../store/merge-records';
import type { WerkbladDocument } from './model';

export function mergeWerkbladDocuments(stored: WerkbladDocument, local: WerkbladDocument): WerkbladDocument {
  const { items, deleted } = mergeRecords(
    { items: stored.worksheets, deleted: stored.deleted },
    { items: local.worksheets, deleted: local.deleted },
  );
  const plan = local.plan.updatedAt >= stored.plan.updatedAt ? local.plan : stored.plan;
  return { worksheets: items, deleted, plan };
}

export function worksheetChanged(before: WerkbladDocument, after: WerkbladDocument, id: string): boolean {
  return recordChanged(before.worksheets, after.worksheets, id);
}
