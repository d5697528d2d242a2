/**
 * "Download alles als één bestand": both tools' work in one file, and reading it back in one step.
 *
 * File: { "format": "welbevinden-alles", "version": 1, "exportedAt": ISO time,
 *         "schoolscan": { "scans": Scan[] }, "werkblad": { "worksheets": Worksheet[], "plan": Plan } }
 *
 * Restoring puts the records back under their own ids where those are free, so that every link
 * between them holds; what is here unchanged is left alone, so restoring twice changes nothing.
 * Loaded only when a backup is made or read (it holds both tools' schemas); backup-time.ts holds
 * what the tools show every time.
 */
import * as z from 'zod/mini';
import { scanSchema } from './scan/model';
import { scanTool } from './scan/tool';
import { fieldsOf } from './tools/entry';
import { changedPaths, toFields, type Json } from './tools/fields';
import { readRecords, readRest } from './tools/read-only';
import type { SavedRecord } from './tools/records';
import type { Room } from './tools/room';
import { roomFor } from './tools/room-check';
import { BACKUP_FORMAT } from './backup-time';
import { newId } from './ids';
import type { toolStrings } from './i18n/tools.nl';
import { format, plural } from './text';
import { importErrorText, noRoomText } from './tools/exchange';
import { createRecordStore, REST } from './tools/store';
import { browserStorage, type StorageLike } from './tools/storage';
import { validatorOf } from './tools/tool';
import type { JsonInput } from './tools/untrusted-json';
import { readVersioned } from './tools/versioned-json';
import { Clock, edit } from './tools/stamps';
import { planSchema, worksheetSchema, type Plan } from './werkblad/model';
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
  return readRest(werkbladTool, storage)!;
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

/** What a restore did with one tool's records: written anew, or already here unchanged (and left alone). */
export interface RestoreCount {
  added: number;
  same: number;
}

export interface Restored {
  scans: RestoreCount;
  worksheets: RestoreCount;
  /** The plan van aanpak: written (there was none here), the same as here, or here's kept (it differs). */
  plan: 'added' | 'same' | 'kept';
  /** Records that could not be written after all (storage changed between the check and the writes). */
  failed: number;
}

export type RestoreResult = { ok: true; restored: Restored } | { ok: false; room: Extract<Room, { fits: false }> };

/** The same record, whatever the order of its keys. */
const sameJson = (a: unknown, b: unknown) => changedPaths(toFields(a as Json), toFields(b as Json)).length === 0;

const isEmptyPlan = (plan: Plan) => plan.school.trim() === '' && plan.date === '' && plan.scanId === null;
const samePlan = (a: Plan, b: Plan) => a.school === b.school && a.date === b.date && a.scanId === b.scanId;

interface ToolRestore<T extends SavedRecord> {
  /** Records to write, links already moved to the ids they get here. */
  write: T[];
  same: number;
  /** The id each record of the backup has here. */
  ids: Map<string, string>;
}

/** A record's content as one text, whatever the order of its keys: without its id and the fields `unlinked` leaves out. */
const contentKey = (record: object) => {
  const { id: _id, ...content } = record as { id: string };
  return JSON.stringify(Object.entries(toFields(content as Json)).sort(([a], [b]) => a.localeCompare(b)));
};

/**
 * Which records of a backup to write: a record whose id is free here keeps it (so sessions,
 * worksheets and the plan stay linked to it); one that is here unchanged is left alone (restoring
 * twice changes nothing); one whose id is taken by something else (another record, a deleted one)
 * gets the id of an earlier restore's copy of it, or a new one. `link` moves a record's links to
 * the ids records get here; `unlinked` is the record without those links, to find such a copy.
 */
function planRecords<T extends SavedRecord>(
  records: readonly T[],
  here: ReadonlyMap<string, T>,
  taken: (id: string) => boolean,
  newId: () => string,
  link: (record: T, ids: ReadonlyMap<string, string>) => T,
  unlinked: (record: T) => object,
): ToolRestore<T> {
  const copies = new Map<string, string[]>();
  for (const record of here.values()) {
    const key = contentKey(unlinked(record));
    copies.set(key, [...(copies.get(key) ?? []), record.id]);
  }
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const record of records) {
    // The record itself, or an earlier restore's copy of it, whatever its links say.
    const matches = (copies.get(contentKey(unlinked(record))) ?? []).filter((id) => !used.has(id));
    const copy = matches.includes(record.id) ? record.id : matches[0];
    const id = copy === record.id || !taken(record.id) ? record.id : (copy ?? newId());
    used.add(id);
    ids.set(record.id, id);
  }
  const write: T[] = [];
  let same = 0;
  for (const record of records) {
    const linked = { ...link(record, ids), id: ids.get(record.id)! };
    const existing = here.get(linked.id);
    if (existing && sameJson(existing, linked)) same += 1;
    else write.push(linked);
  }
  return { write, same, ids };
}

/**
 * Puts a backup back: both tools' records and the plan, with every link between them (a member's
 * scan to its session, a worksheet and the plan to their scan). Refused whole, before anything is
 * written, when it does not fit in storage.
 */
export function restoreBackup(backup: Backup, newId: () => string, storage: () => StorageLike | null = browserStorage): RestoreResult {
  const scanStore = createRecordStore(scanTool, storage);
  const sheetStore = createRecordStore(werkbladTool, storage);
  const taken = (prefix: string) => (id: string) => {
    try {
      return storage()?.getItem(`${prefix}${id}`) != null;
    } catch {
      return false;
    }
  };
  const scansHere = new Map(readRecords(scanTool, storage).map((scan) => [scan.id, scan]));
  const sheetsHere = new Map(readRecords(werkbladTool, storage).map((sheet) => [sheet.id, sheet]));

  const scans = planRecords(
    backup.schoolscan.scans,
    scansHere,
    taken(scanStore.prefix),
    newId,
    (scan, ids) => (scan.session ? { ...scan, session: ids.get(scan.session) ?? scan.session } : scan),
    ({ session: _session, ...scan }) => scan,
  );
  const moveScan = (id: string | null) => (id === null ? null : (scans.ids.get(id) ?? id));
  const sheets = planRecords(
    backup.werkblad.worksheets,
    sheetsHere,
    taken(sheetStore.prefix),
    newId,
    (sheet) => ({ ...sheet, scanId: moveScan(sheet.scanId) }),
    ({ scanId: _scanId, ...sheet }) => sheet,
  );
  const planHere = readPlan(storage);
  const plan = { ...backup.werkblad.plan, scanId: moveScan(backup.werkblad.plan.scanId) };
  const planAction = samePlan(planHere, plan) || isEmptyPlan(plan) ? 'same' : isEmptyPlan(planHere) ? 'added' : 'kept';

  const clock = new Clock(newId());
  const versions = (records: readonly SavedRecord[]) =>
    records.map((record) => ({ id: record.id, stamped: edit(null, fieldsOf(record), clock) }));
  const scanVersions = versions(scans.write);
  const sheetVersions = versions(sheets.write);
  const restEntry = sheetStore.read(`${sheetStore.prefix}${REST}`, readRaw(storage, `${sheetStore.prefix}${REST}`));
  const planVersion = planAction === 'added' ? edit(restEntry?.stamped ?? null, fieldsOf(plan), clock) : null;

  const store = storage();
  if (store) {
    const entries = [
      ...scanVersions.map(({ id, stamped }) => [`${scanStore.prefix}${id}`, scanStore.entry(stamped)] as const),
      ...sheetVersions.map(({ id, stamped }) => [`${sheetStore.prefix}${id}`, sheetStore.entry(stamped)] as const),
      ...(planVersion ? [[`${sheetStore.prefix}${REST}`, sheetStore.entry(planVersion)] as const] : []),
    ];
    try {
      const room = roomFor(store, entries);
      if (!room.fits) return { ok: false, room };
    } catch {
      // Storage that cannot be asked: each write below says whether it worked.
    }
  }

  let failed = 0;
  for (const { id, stamped } of scanVersions) if (scanStore.save(id, stamped, clock.tab).kind !== 'saved') failed += 1;
  for (const { id, stamped } of sheetVersions) if (sheetStore.save(id, stamped, clock.tab).kind !== 'saved') failed += 1;
  if (planVersion && sheetStore.save(REST, planVersion, clock.tab).kind !== 'saved') failed += 1;
  return {
    ok: true,
    restored: {
      scans: { added: scans.write.length, same: scans.same },
      worksheets: { added: sheets.write.length, same: sheets.same },
      plan: planAction,
      failed,
    },
  };
}

function readRaw(storage: () => StorageLike | null, key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** The strings a restore speaks with: the backup's, and the import errors it can end in. */
export interface RestoreStrings {
  backup: (typeof toolStrings)['backup'];
  errors: { invalid: string; 'no-room': string };
}

/** What came of restoring a file: error messages, what was done (to show and say), and whether storage changed. */
export interface RestoreOutcome {
  errors: string[];
  done?: string;
  changed: boolean;
}

/** Restores a backup file as read (`readBackup`, null when it is not valid), and says in Dutch what happened (components/tools/importFile.ts). */
export function restoreFile(name: string, backup: Backup | null, strings: RestoreStrings, storage = browserStorage): RestoreOutcome {
  if (!backup) return { errors: [importErrorText(strings.errors, name, { code: 'invalid' })], changed: false };
  const result = restoreBackup(backup, newId, storage);
  if (!result.ok) return { errors: [noRoomText(strings.errors, name, result.room)], changed: false };
  const { scans, worksheets, plan, failed } = result.restored;
  const b = strings.backup;
  const file = `‘${name}’`;
  const lines =
    scans.added + worksheets.added === 0 && plan !== 'added'
      ? [format(b.nothingNew, { file })]
      : [
          format(b.restored, { file, scans: plural(scans.added, b.scans), worksheets: plural(worksheets.added, b.worksheets) }),
          ...(scans.same + worksheets.same
            ? [format(b.alreadyHere, { scans: plural(scans.same, b.scans), worksheets: plural(worksheets.same, b.worksheets) })]
            : []),
          ...(plan === 'added' ? [b.planAdded] : plan === 'kept' ? [b.planKept] : []),
        ];
  return {
    errors: failed ? [format(b.notAll, { file })] : [],
    done: lines.join(' '),
    changed: scans.added + worksheets.added > 0 || plan === 'added',
  };
}
