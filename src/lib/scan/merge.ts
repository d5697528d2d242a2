/**
 * Two tabs, one store: combine what another tab saved with what this tab holds, scan by scan.
 * The newer version of each scan wins; a deletion wins over any version older than it.
 */
import type { Scan, ScanDocument } from './model';

const later = (a: string | undefined, b: string | undefined) => ((a ?? '') >= (b ?? '') ? a : b);

export function mergeScanDocuments(stored: ScanDocument, local: ScanDocument): ScanDocument {
  const deleted: Record<string, string> = { ...stored.deleted };
  for (const [id, time] of Object.entries(local.deleted)) deleted[id] = later(deleted[id], time) ?? time;

  const byId = new Map<string, Scan>();
  for (const scan of [...stored.scans, ...local.scans]) {
    const known = byId.get(scan.id);
    if (!known || scan.updatedAt > known.updatedAt) byId.set(scan.id, scan);
  }
  const scans = [...byId.values()]
    .filter((scan) => !(deleted[scan.id] && deleted[scan.id]! >= scan.updatedAt))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return { scans, deleted };
}

/** True when `scanId` differs between two documents (changed or deleted in another tab). */
export function scanChanged(before: ScanDocument, after: ScanDocument, scanId: string): boolean {
  const a = before.scans.find((scan) => scan.id === scanId);
  const b = after.scans.find((scan) => scan.id === scanId);
  return a?.updatedAt !== b?.updatedAt;
}
