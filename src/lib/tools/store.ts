/**
 * A tool's saved work in localStorage, one entry per record, so that saving a keystroke costs
 * the same whether one scan is stored or five hundred.
 *
 * Keys, for a tool with storage key K (see tool.ts):
 * - "K/<id>": one record's entry: its fields with their stamps (the format is in entry.ts;
 *   fields keep the positions of list members as merged);
 * - "K/=rest": what the document holds besides records (the werkblad's plan), in the same form;
 * - "K": the whole document as version 1 stored it (version-one.ts); read once and moved into
 *   records.
 *
 * - load(): reads every entry; an entry that cannot be read, fails validation or comes from a
 *   newer version is moved to "K.backup.<time>.<id>" alone, and reported with its raw text so the
 *   user can download it; it is never silently deleted, and its neighbours load as usual. A
 *   version 1 document moves its valid records into entries (never over an entry that exists);
 *   when any part of it is not valid, its whole text is set aside as "K.backup.<time>.versie-1".
 * - save(): reads the record's stored entry, merges it field by field with this tab's (another
 *   tab may have saved since), validates the one record and writes it. Nothing else is read,
 *   parsed or written. Storage that is full or unavailable is reported; the caller keeps working
 *   in memory. Storage is never trusted: every access may throw.
 * - A deleted record's entry holds only its deletion and that stamp ("tombstone", stamps.ts):
 *   a tombstone is not validated as a record, and an entry deleted with its content still in it
 *   (written before deleting erased) is erased when it is loaded.
 */
import { entryText, fieldsOf, readEntry, valueOfFields } from './entry';
import type { Fields, Json } from './fields';
import { duplicateIds, type SavedRecord } from './records';
import { erased, isDeleted, isTombstone, merge, mergeTyping, type Replaced, type Stamp, type Stamped } from './stamps';
import { browserStorage, isQuotaError, storageKeys, type StorageLike } from './storage';
import type { ToolSpec } from './tool';
import { readVersionOne } from './version-one';
import type { ReadError } from './versioned-json';

export type MovedAsideReason = 'unreadable' | 'invalid' | 'newer';

/** Why stored text that could not be read is set aside. */
const reasonOf = ({ code }: ReadError): MovedAsideReason =>
  code === 'not-json' ? 'unreadable' : code === 'newer-version' ? 'newer' : 'invalid';

export interface MovedAside {
  reason: MovedAsideReason;
  /** Where the raw text now is; null when even that could not be written (the store then stops saving). */
  backupKey: string | null;
  raw: string;
}

export type LoadStatus = { kind: 'ok' } | { kind: 'empty' } | { kind: 'unavailable' } | { kind: 'moved-aside'; items: MovedAside[] };

export type SaveResult =
  | { kind: 'saved'; stamped: Stamped; replaced: Replaced[]; movedAside?: MovedAside }
  | { kind: 'full' }
  | { kind: 'unavailable' }
  /** The record to save did not pass validation; nothing was written. */
  | { kind: 'rejected' };

/** Why a save did not happen. */
export type SaveProblem = Exclude<SaveResult['kind'], 'saved'>;

/** The key of what a document holds besides its records. */
export const REST = '=rest';

export interface LoadResult {
  /** Every record's versions by id, deleted ones included (they keep their deletion's stamp). */
  records: Map<string, Stamped>;
  rest: Stamped | null;
  status: LoadStatus;
}

export interface RecordStore {
  readonly prefix: string;
  load(): LoadResult;
  /**
   * Saves one record (`id`) or the rest (`REST`), merged with what is stored; `tab` is this tab's
   * id, to say which of its own texts another tab's later edit replaced. `base`: the fields this
   * tab's edit started from, so that a text another tab changed since keeps both changes.
   */
  save(id: string, local: Stamped, tab: string, base?: Fields): SaveResult;
  /** The versions in a stored value (from a `storage` event); null when it is absent or not valid. */
  read(key: string, raw: string | null): { id: string; stamped: Stamped } | null;
  /** The text of an entry holding `stamped`, as save writes it; the import reads it back. */
  entry(stamped: Stamped): string;
}

export function createRecordStore<D, T extends SavedRecord, F, R>(
  tool: ToolSpec<D, T, F, R>,
  storage: () => StorageLike | null = browserStorage,
  now: () => Date = () => new Date(),
): RecordStore {
  const prefix = `${tool.storageKey}/`;
  /** Set when stored data could not be backed up: saving would destroy it. */
  let blocked = false;

  const open = (): StorageLike | null => {
    try {
      return storage();
    } catch {
      return null;
    }
  };

  /** Which fields of a record (or of the rest) are texts a person typed. */
  const texts = (id: string) => (id === REST ? tool.document.rest?.texts : tool.record.texts) ?? (() => false);

  /** Whether a record's value (or the rest's) may be stored: valid, no item id twice, under its own id. */
  const storable = (id: string, value: Json): boolean =>
    (id === REST
      ? tool.document.rest?.validate(value) != null
      : tool.record.validate(value) !== null && (value as { id?: unknown }).id === id) && duplicateIds([value]).length === 0;

  /**
   * Reads one entry: the record its fields describe, checked against its schema, and the stamps.
   * A deleted record is read as its tombstone, whatever else the entry still holds.
   */
  const parse = (id: string, raw: string): { ok: true; stamped: Stamped } | { ok: false; reason: MovedAsideReason } => {
    const read = readEntry(raw, {
      version: tool.version,
      migrations: id === REST ? {} : tool.record.migrations,
      validate: (value) => (storable(id, value) ? value : null),
    });
    return read.ok ? { ok: true, stamped: read.value.stamped } : { ok: false, reason: reasonOf(read.error) };
  };

  const serialise = (stamped: Stamped) => entryText(stamped, tool.version);

  const setAside = (store: StorageLike, key: string, raw: string, reason: MovedAsideReason): MovedAside => {
    // "versie-1" has a hyphen, which no record id has, so it never meets a record's backup.
    const base = `${tool.storageKey}.backup.${now().toISOString()}.${key === tool.storageKey ? 'versie-1' : key.slice(prefix.length)}`;
    try {
      let backupKey = base;
      for (let n = 2; store.getItem(backupKey) !== null; n += 1) backupKey = `${base}.${n}`;
      store.setItem(backupKey, raw);
      store.removeItem(key);
      return { reason, backupKey, raw };
    } catch {
      blocked = true;
      return { reason, backupKey: null, raw };
    }
  };

  /**
   * Version 1 kept the whole document under the tool's key: move it into entries, once. Valid
   * records become entries (never over an entry that is already there: that one is newer); when
   * any part is not valid, the whole text is set aside, so nothing of it is lost.
   */
  const moveVersionOne = (store: StorageLike, movedAside: MovedAside[]): Map<string, Stamped> => {
    const entries = new Map<string, Stamped>();
    const raw = store.getItem(tool.storageKey);
    if (raw === null) return entries;
    // Read leniently, its records one by one: the valid ones are moved even when others are not.
    const read = readVersionOne(raw, (data) => (typeof data === 'object' && data !== null ? (data as D) : null));
    const data = read.ok ? read.value : null;
    const items = data ? tool.document.records.items(data) : null;
    if (!data || !Array.isArray(items)) {
      movedAside.push(setAside(store, tool.storageKey, raw, read.ok ? 'invalid' : reasonOf(read.error)));
      return entries;
    }
    const stamp: Stamp = [1, 'versie-1'];
    const stamped = (value: unknown): Stamped => {
      const fields = fieldsOf(value);
      return { fields, stamps: Object.fromEntries(Object.keys(fields).map((path) => [path, stamp])) };
    };
    let complete = true;
    for (const item of items as unknown[]) {
      const record = tool.record.validate(item);
      if (!record || entries.has(record.id) || duplicateIds([record]).length) complete = false;
      else entries.set(record.id, stamped(record));
    }
    const restSpec = tool.document.rest;
    if (restSpec) {
      const rest = restSpec.validate(restSpec.get(data));
      if (rest) entries.set(REST, stamped(rest));
      else complete = false;
    }
    try {
      for (const [id, stamped] of entries) {
        const key = `${prefix}${id}`;
        if (store.getItem(key) === null) store.setItem(key, serialise(stamped));
      }
    } catch {
      // Storage is full: the version 1 text stays where it is and is moved on a later load.
      // Until then its records are shown from memory, so nothing seems to have gone.
      return entries;
    }
    if (complete) store.removeItem(tool.storageKey);
    else movedAside.push(setAside(store, tool.storageKey, raw, 'invalid'));
    return new Map();
  };

  /** Writes the tombstone over an entry that still holds what was deleted; tried again at the next load when it fails. */
  const eraseStored = (store: StorageLike, key: string, raw: string, tombstone: Stamped) => {
    const text = serialise(tombstone);
    if (raw === text) return;
    try {
      store.setItem(key, text);
    } catch {
      // Storage that refuses a shorter text: the entry is erased at a later load.
    }
  };

  return {
    prefix,

    load() {
      const records = new Map<string, Stamped>();
      const store = open();
      if (!store) return { records, rest: null, status: { kind: 'unavailable' } };
      const movedAside: MovedAside[] = [];
      let rest: Stamped | null = null;
      let keys: string[];
      let unmoved: Map<string, Stamped>;
      try {
        unmoved = moveVersionOne(store, movedAside);
        keys = storageKeys(store).filter((key) => key.startsWith(prefix));
      } catch {
        return { records, rest: null, status: { kind: 'unavailable' } };
      }
      for (const key of keys) {
        const id = key.slice(prefix.length);
        let raw: string | null;
        try {
          raw = store.getItem(key);
        } catch {
          continue;
        }
        if (raw === null) continue;
        const parsed = parse(id, raw);
        if (!parsed.ok) {
          movedAside.push(setAside(store, key, raw, parsed.reason));
          continue;
        }
        if (isDeleted(parsed.stamped)) eraseStored(store, key, raw, parsed.stamped);
        if (id === REST) rest = parsed.stamped;
        else records.set(id, parsed.stamped);
      }
      // Version 1 records that could not be written as entries yet; an entry that is there wins.
      for (const [id, stamped] of unmoved) {
        if (id === REST) rest ??= stamped;
        else if (!records.has(id)) records.set(id, stamped);
      }
      const status: LoadStatus = movedAside.length
        ? { kind: 'moved-aside', items: movedAside }
        : records.size === 0 && rest === null
          ? { kind: 'empty' }
          : { kind: 'ok' };
      return { records, rest, status };
    },

    save(id, local, tab, base) {
      const store = open();
      if (!store || blocked) return { kind: 'unavailable' };
      const key = `${prefix}${id}`;
      try {
        const raw = store.getItem(key);
        let movedAside: MovedAside | undefined;
        let merged: Stamped = erased(local);
        let replaced: Replaced[] = [];
        if (raw !== null) {
          const parsed = parse(id, raw);
          if (parsed.ok) {
            const stored = parsed.stamped;
            const typed = base ? mergeTyping(local, stored, base, tab, texts(id)) : local;
            ({ merged, replaced } = merge(typed, stored, tab, texts(id)));
          } else {
            movedAside = setAside(store, key, raw, parsed.reason);
            // Writing now would destroy the only copy of what could not be set aside.
            if (movedAside.backupKey === null) return { kind: 'unavailable' };
          }
        }
        if (!isTombstone(merged) && !storable(id, valueOfFields(merged.fields))) return { kind: 'rejected' };
        store.setItem(key, serialise(merged));
        return movedAside ? { kind: 'saved', stamped: merged, replaced, movedAside } : { kind: 'saved', stamped: merged, replaced };
      } catch (error) {
        return isQuotaError(error) ? { kind: 'full' } : { kind: 'unavailable' };
      }
    },

    read(key, raw) {
      if (raw === null || !key.startsWith(prefix)) return null;
      const id = key.slice(prefix.length);
      const parsed = parse(id, raw);
      return parsed.ok ? { id, stamped: parsed.stamped } : null;
    },

    entry: serialise,
  };
}
