/**
 * "Download alles als één bestand": the work of every tool in one file, and reading it back in
 * one step. The tools are given (src/lib/registry.ts lists the site's); each has its section under
 * its name, as its spec declares (`backup`):
 *
 *   { "format": "welbevinden-alles", "version": 1, "exportedAt": ISO time,
 *     "schoolscan": { "scans": Scan[] }, "werkblad": { "worksheets": Worksheet[], "plan": Plan } }
 *
 * A file without a tool's section holds nothing of that tool (it was made before the tool
 * existed); a section of a tool not given is left out. Restoring puts the records back under
 * their own ids where those are free, so that every link between them holds (the fields each spec
 * declares as `links`); what is here unchanged is left alone, so restoring twice changes nothing.
 * Loaded only when a backup is made or read; backup-time.ts holds what the tools show every time.
 */
import { BACKUP_FORMAT } from './backup-time';
import type { toolStrings } from './i18n/tools.nl';
import { newId } from './ids';
import { format, plural } from './text';
import { fieldsOf, valueOf } from './tools/entry';
import { importErrorText, noRoomText } from './tools/import-errors';
import { changedPaths, toFields, type Json } from './tools/fields';
import { readRecords } from './tools/read-only';
import type { SavedRecord } from './tools/records';
import type { Room } from './tools/room';
import { roomFor } from './tools/room-check';
import { Clock, edit, type Stamped } from './tools/stamps';
import { browserStorage, type StorageLike } from './tools/storage';
import { createRecordStore, REST } from './tools/store';
import { readVersionOneDocument } from './tools/version-one';
import type { AnyToolSpec, Link, ToolSpec } from './tools/tool';
import type { JsonInput } from './tools/untrusted-json';
import { readVersioned } from './tools/versioned-json';

export const BACKUP_VERSION = 1;

/** A backup file as read: its format, version and time, and each tool's section under the tool's name. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  readonly [tool: string]: unknown;
}

/** A tool's records and rest in a backup (none when the backup has no section of it). */
export function sectionOf<D, T extends SavedRecord, F, R>(backup: Backup, tool: ToolSpec<D, T, F, R>): { records: T[]; rest?: R } {
  const section = backup[tool.name] as Record<string, unknown> | undefined;
  const records = (section?.[tool.backup.records] as T[] | undefined) ?? [];
  return tool.backup.rest && section && tool.backup.rest in section ? { records, rest: section[tool.backup.rest] as R } : { records };
}

/** Everything `tools` hold on this device, as a backup file. */
export function makeBackup(tools: readonly AnyToolSpec[], exportedAt: string, storage: () => StorageLike | null = browserStorage): Backup {
  const backup: Record<string, unknown> = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt };
  for (const tool of tools) {
    const section: Record<string, unknown> = { [tool.backup.records]: readRecords(tool, storage) };
    const rest = readRest(tool, storage);
    if (tool.backup.rest && rest !== undefined) section[tool.backup.rest] = rest;
    backup[tool.name] = section;
  }
  return backup as Backup;
}

/**
 * What the tool's document holds besides records (the werkblad's plan), read as readRecords reads
 * records: its entry, else a version 1 document's, else the empty document's. Undefined for a
 * tool without a rest.
 */
function readRest<D, T extends SavedRecord, F, R>(tool: ToolSpec<D, T, F, R>, storage: () => StorageLike | null): R | undefined {
  const rest = tool.document.rest;
  if (!rest) return undefined;
  const empty = rest.get(tool.document.empty());
  try {
    const store = storage();
    if (!store) return empty;
    const reader = createRecordStore(tool, () => null);
    const key = `${reader.prefix}${REST}`;
    const entry = reader.read(key, store.getItem(key));
    if (entry) return valueOf<R>(entry.stamped);
    const old = readVersionOneDocument(store.getItem(tool.storageKey) ?? '', tool);
    return old.ok ? rest.get(old.value) : empty;
  } catch {
    return empty;
  }
}

/** A tool's section as its schemas accept it; null when any part is not valid. */
function readSection(tool: AnyToolSpec, section: unknown): Record<string, unknown> | null {
  if (typeof section !== 'object' || section === null) return null;
  const { records: recordsKey, rest: restKey } = tool.backup;
  const list = (section as Record<string, unknown>)[recordsKey];
  if (!Array.isArray(list)) return null;
  const records = list.map((item) => tool.record.validate(item) as unknown);
  if (records.some((record) => record === null)) return null;
  const read: Record<string, unknown> = { [recordsKey]: records };
  const restSpec = tool.document.rest;
  if (restSpec && restKey) {
    const rest = restSpec.validate((section as Record<string, unknown>)[restKey]) as unknown;
    if (rest === null) return null;
    read[restKey] = rest;
  }
  return read;
}

/** A backup file with every section of `tools` valid; null when it is not a backup, or any part is not valid. */
export function readBackup(tools: readonly AnyToolSpec[], input: JsonInput): Backup | null {
  const read = readVersioned(input, {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    migrations: {},
    validate: (data) => {
      const { version, exportedAt } = data as { version: number; exportedAt?: unknown };
      if (typeof exportedAt !== 'string') return null;
      const backup: Record<string, unknown> = { format: BACKUP_FORMAT, version, exportedAt };
      for (const tool of tools) {
        const section = (data as Record<string, unknown>)[tool.name];
        if (section === undefined) continue;
        const valid = readSection(tool, section);
        if (!valid) return null;
        backup[tool.name] = valid;
      }
      return backup as Backup;
    },
  });
  return read.ok ? read.value : null;
}

/** What a restore did with one tool's records: written anew, or already here unchanged (and left alone). */
export interface RestoreCount {
  added: number;
  same: number;
}

/** What a restore did with a tool's rest: written (there was none here), the same as here, or here's kept (it differs). */
export type RestAction = 'added' | 'same' | 'kept';

export interface Restored {
  /** Per tool, by name. */
  records: Record<string, RestoreCount>;
  /** Per tool with a rest (the werkblad's plan), by name. */
  rest: Record<string, RestAction>;
  /** Records that could not be written after all (storage changed between the check and the writes). */
  failed: number;
}

export type RestoreResult = { ok: true; restored: Restored } | { ok: false; room: Extract<Room, { fits: false }> };

/** The same value, whatever the order of its keys. */
const sameJson = (a: unknown, b: unknown) => changedPaths(toFields(a as Json), toFields(b as Json)).length === 0;

/** The same content, whatever its time. */
const sameContent = (a: unknown, b: unknown) => {
  const { updatedAt: _a, ...x } = a as { updatedAt?: unknown };
  const { updatedAt: _b, ...y } = b as { updatedAt?: unknown };
  return sameJson(x, y);
};

/** A record's content as one text, whatever the order of its keys: without its id and its links. */
const contentKey = (record: object, links: readonly Link[]) => {
  const left = new Set(['id', ...links.map((link) => link.field)]);
  const content = Object.fromEntries(Object.entries(record).filter(([key]) => !left.has(key)));
  return JSON.stringify(Object.entries(toFields(content as Json)).sort(([a], [b]) => a.localeCompare(b)));
};

/** The id each record of the backup gets here, per tool name. */
type Ids = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** `value` with its links moved to the ids the records they point to get here. */
function linked<V>(value: V, links: readonly Link[], ids: Ids): V {
  const moved: Record<string, unknown> = { ...(value as object) };
  for (const { field, to } of links) {
    const id = moved[field];
    if (typeof id === 'string') moved[field] = ids.get(to)?.get(id) ?? id;
  }
  return moved as V;
}

/**
 * The id each record of a backup gets here: a record whose id is free here keeps it (so what
 * points to it stays linked); one that is here unchanged keeps it too; one whose id is taken by
 * something else (another record, a deleted one) gets the id of an earlier restore's copy of it,
 * or a new one. A copy is found by its content without its links, which a restore may have moved.
 */
function idsHere<T extends SavedRecord>(
  records: readonly T[],
  here: ReadonlyMap<string, T>,
  links: readonly Link[],
  taken: (id: string) => boolean,
  newId: () => string,
): Map<string, string> {
  const copies = new Map<string, string[]>();
  for (const record of here.values()) {
    const key = contentKey(record, links);
    copies.set(key, [...(copies.get(key) ?? []), record.id]);
  }
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const record of records) {
    // The record itself, or an earlier restore's copy of it, whatever its links say.
    const matches = (copies.get(contentKey(record, links)) ?? []).filter((id) => !used.has(id));
    const copy = matches.includes(record.id) ? record.id : matches[0];
    const id = copy === record.id || !taken(record.id) ? record.id : (copy ?? newId());
    used.add(id);
    ids.set(record.id, id);
  }
  return ids;
}

function readRaw(storage: () => StorageLike | null, key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Puts a backup back: every tool's records and rest, with every link between them (a member's
 * scan to its session, a worksheet and the plan to their scan). Refused whole, before anything is
 * written, when it does not fit in storage.
 */
export function restoreBackup(
  tools: readonly AnyToolSpec[],
  backup: Backup,
  newId: () => string,
  storage: () => StorageLike | null = browserStorage,
): RestoreResult {
  const plans = tools.map((tool) => {
    const store = createRecordStore(tool, storage);
    const { records, rest } = sectionOf<unknown, SavedRecord, unknown, unknown>(backup, tool);
    const here = new Map(readRecords<unknown, SavedRecord, unknown, unknown>(tool, storage).map((record) => [record.id, record]));
    const links = tool.record.links ?? [];
    const taken = (id: string) => readRaw(storage, `${store.prefix}${id}`) !== null;
    return { tool, store, records, rest, here, links, ids: idsHere(records, here, links, taken, newId) };
  });
  const ids: Ids = new Map(plans.map((plan) => [plan.tool.name, plan.ids]));

  const clock = new Clock(newId());
  const restored: Restored = { records: {}, rest: {}, failed: 0 };
  const writes: { store: (typeof plans)[number]['store']; id: string; stamped: Stamped }[] = [];
  for (const { tool, store, records, rest, here, links, ids: own } of plans) {
    let same = 0;
    for (const record of records) {
      const moved = { ...linked(record, links, ids), id: own.get(record.id)! };
      const existing = here.get(moved.id);
      if (existing && sameJson(existing, moved)) same += 1;
      else writes.push({ store, id: moved.id, stamped: edit(null, fieldsOf(moved), clock) });
    }
    restored.records[tool.name] = { added: records.length - same, same };
    const restSpec = tool.document.rest;
    if (!restSpec) continue;
    const restHere = readRest(tool, storage);
    const incoming = rest === undefined ? undefined : linked(rest, restSpec.links ?? [], ids);
    const empty = restSpec.get(tool.document.empty());
    const isEmpty = (value: unknown) => sameContent(value, empty);
    const action: RestAction =
      incoming === undefined || sameContent(restHere, incoming) || isEmpty(incoming) ? 'same' : isEmpty(restHere) ? 'added' : 'kept';
    restored.rest[tool.name] = action;
    if (action === 'added') {
      const entry = store.read(`${store.prefix}${REST}`, readRaw(storage, `${store.prefix}${REST}`));
      writes.push({ store, id: REST, stamped: edit(entry?.stamped ?? null, fieldsOf(incoming), clock) });
    }
  }

  const store = storage();
  if (store) {
    try {
      const room = roomFor(
        store,
        writes.map(({ store: toolStore, id, stamped }) => [`${toolStore.prefix}${id}`, toolStore.entry(stamped)] as const),
      );
      if (!room.fits) return { ok: false, room };
    } catch {
      // Storage that cannot be asked: each write below says whether it worked.
    }
  }
  for (const { store: toolStore, id, stamped } of writes) if (toolStore.save(id, stamped, clock.tab).kind !== 'saved') restored.failed += 1;
  return { ok: true, restored };
}

/** The strings a restore speaks with: the backup's, and the import errors it can end in. */
export interface RestoreStrings {
  backup: Pick<(typeof toolStrings)['backup'], 'restored' | 'alreadyHere' | 'nothingNew' | 'notAll'> & {
    /** Per list of records in a backup ("scans"): how to count them; `restored` and `alreadyHere` name each list. */
    records: Readonly<Record<string, { one: string; other: string }>>;
    /** Per rest in a backup ("plan"): that it was restored, or that the one here was kept. */
    rest: Readonly<Record<string, { added: string; kept: string }>>;
  };
  errors: { invalid: string; 'no-room': string };
}

/** What came of restoring a file: error messages, what was done (to show and say), and whether storage changed. */
export interface RestoreOutcome {
  errors: string[];
  done?: string;
  changed: boolean;
}

/**
 * Restores a backup file as read (`readBackup`, null when it is not valid), and says in Dutch what
 * happened (components/tools/importFile.ts).
 */
export function restoreFile(
  tools: readonly AnyToolSpec[],
  name: string,
  backup: Backup | null,
  strings: RestoreStrings,
  storage = browserStorage,
): RestoreOutcome {
  if (!backup) return { errors: [importErrorText(strings.errors, name, { code: 'invalid' })], changed: false };
  const result = restoreBackup(tools, backup, newId, storage);
  if (!result.ok) return { errors: [noRoomText(strings.errors, name, result.room)], changed: false };
  const { records, rest, failed } = result.restored;
  const b = strings.backup;
  const file = `‘${name}’`;
  const counted = (what: keyof RestoreCount) =>
    Object.fromEntries(tools.map((tool) => [tool.backup.records, plural(records[tool.name]![what], b.records[tool.backup.records]!)]));
  const total = (what: keyof RestoreCount) => tools.reduce((sum, tool) => sum + records[tool.name]![what], 0);
  const restSaid = tools.flatMap((tool) => {
    const action = rest[tool.name];
    const said = tool.backup.rest ? b.rest[tool.backup.rest] : undefined;
    return said && action && action !== 'same' ? [said[action]] : [];
  });
  const restAdded = Object.values(rest).includes('added');
  const lines =
    total('added') === 0 && !restAdded
      ? [format(b.nothingNew, { file })]
      : [
          format(b.restored, { file, ...counted('added') }),
          ...(total('same') ? [format(b.alreadyHere, counted('same'))] : []),
          ...restSaid,
        ];
  return {
    errors: failed ? [format(b.notAll, { file })] : [],
    done: lines.join(' '),
    changed: total('added') > 0 || restAdded,
  };
}
