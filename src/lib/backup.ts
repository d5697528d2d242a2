/**
 * "Download alles als één bestand": both tools' work in one file, and reading it back in one step.
 *
 * File: { "format": "welbevinden-alles", "version": 1, "exportedAt": ISO time,
 *         "schoolscan": { "scans": Scan[] }, "werkblad": { "worksheets": Worksheet[], "plan": Plan } }
 *
 * Restoring adds the records as new ones (new ids, as every import does) and keeps the links
 * between worksheets and the scans they came from. Loaded only when a backup is made or read
 * (it holds both tools' schemas); backup-time.ts holds what the tools show every time.
 */
import * as z from 'zod/mini';
import { scanSchema, type Scan } from './scan/model';
import { scanTool } from './scan/tool';
import { asNew, fieldsOf, valueOf } from './tools/document';
import { readRecords } from './tools/read-only';
import { BACKUP_FORMAT } from './backup-time';
import { browserStorage, REST, type StorageLike } from './tools/store';
import { createToolStore, validatorOf } from './tools/tool';
import type { JsonInput } from './tools/untrusted-json';
import { readVersioned } from './tools/versioned';
import { Clock, edit } from './tools/versions';
import { planSchema, worksheetSchema, type Plan, type Worksheet } from './werkblad/model';
import { werkbladTool } from './werkblad/tool';

export const BACKUP_VERSION = 1;

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number(),
  exportedAt: z.string(),
  schoolscan: z.object({ scans: z.array(scanSchema) }),
  werkblad: z.object({ worksheets: z.array(worksheetSchema), plan: planSchema }),
});

export type Backup = z.infer<typeof backupSchema>;

/** Everything both tools hold on this device, as a backup file. */
export function makeBackup(exportedAt: string, storage: () => StorageLike | null = browserStorage): Backup {
  const plan = readPlan(storage);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    schoolscan: { scans: readRecords(scanTool, storage) },
    werkblad: { worksheets: readRecords(werkbladTool, storage), plan },
  };
}

function readPlan(storage: () => StorageLike | null): Plan {
  const empty = werkbladTool.document.empty().plan;
  try {
    const store = createToolStore(werkbladTool, () => null);
    const key = `${store.prefix}${REST}`;
    const entry = store.read(key, storage()?.getItem(key) ?? null);
    if (entry) return valueOf<Plan>(entry.versioned);
    // Not moved into entries yet: the version 1 document holds the plan.
    const old = readVersioned(storage()?.getItem(werkbladTool.storageKey) ?? '', {
      version: 1,
      migrations: {},
      validate: (envelope) => werkbladTool.document.validate((envelope as { data?: unknown }).data),
    });
    return old.ok ? old.value.plan : empty;
  } catch {
    return empty;
  }
}

export function readBackup(input: JsonInput): Backup | null {
  const read = readVersioned(input, {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    migrations: {},
    validate: validatorOf(backupSchema),
  });
  return read.ok ? read.value : null;
}

/**
 * Writes records of a tool that is not open in this page straight into its storage, as new
 * records; returns the new id of each old one and how many could not be saved.
 */
export function writeAsNew<T extends Scan | Worksheet>(
  tool: typeof scanTool | typeof werkbladTool,
  records: readonly T[],
  newId: () => string,
  now: string,
  storage: () => StorageLike | null = browserStorage,
): { ids: Map<string, string>; failed: number } {
  const store = createToolStore(tool as typeof scanTool, storage);
  const clock = new Clock(newId());
  const ids = new Map<string, string>();
  let failed = 0;
  const fresh = asNew(records, newId, now);
  fresh.forEach((record, index) => {
    ids.set(records[index]!.id, record.id);
    if (store.save(record.id, edit(null, fieldsOf(record), clock), clock.tab).kind !== 'saved') failed += 1;
  });
  return { ids, failed };
}

/** The worksheets with their links to scans moved to the scans' new ids. */
export function relink(worksheets: readonly Worksheet[], scanIds: ReadonlyMap<string, string>): Worksheet[] {
  return worksheets.map((sheet) => ({ ...sheet, scanId: sheet.scanId ? (scanIds.get(sheet.scanId) ?? sheet.scanId) : null }));
}

/** The scans of a backup, written into the schoolscan's storage from the werkblad's page. */
export function writeScansAsNew(scans: readonly Scan[], newId: () => string, now: string): { ids: Map<string, string>; failed: number } {
  return writeAsNew(scanTool, scans, newId, now);
}

/** The worksheets of a backup, linked to their scans' new ids, written into the werkblad's storage from the schoolscan's page. */
export function writeWorksheetsAsNew(
  worksheets: readonly Worksheet[],
  scanIds: ReadonlyMap<string, string>,
  newId: () => string,
  now: string,
): number {
  return writeAsNew(werkbladTool, relink(worksheets, scanIds), newId, now).failed;
}
