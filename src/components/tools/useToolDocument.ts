/**
 * A tool's saved work in a view: loaded once in the browser, each change saved at once as the
 * one record it touches (src/lib/tools/store.ts), kept in step with other tabs through `storage`
 * events, field by field (src/lib/tools/stamps.ts). Views get the document as they know it.
 *
 * Before it has loaded (on the server, and in the browser's first render) the document is empty
 * and `ready` is false, so an island can render its first view on the server.
 *
 * A change that could not be stored (storage full, unavailable, or the data refused) stays in
 * `unsaved` until it is stored or downloaded, whatever later saves succeed: the tool shows it, and
 * the browser asks before the page is closed or reloaded. Records added at once (an import) are
 * checked for room first and refused whole when they do not fit.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { newId } from '../../lib/ids';
import { format } from '../../lib/text';
import { asNew, documentOf, emptyHolding, hold, type Holding } from '../../lib/tools/document';
import { fieldsOf } from '../../lib/tools/entry';
import { rebase, type Fields } from '../../lib/tools/fields';
import type { SavedRecord } from '../../lib/tools/records';
import type { Room } from '../../lib/tools/room';
import { browserStorage } from '../../lib/tools/storage';
import { createRecordStore, REST, type LoadStatus, type RecordStore, type SaveProblem } from '../../lib/tools/store';
import type { ToolSpec } from '../../lib/tools/tool';
import { setAsideFile } from '../../lib/tools/set-aside';
import { Clock, DELETED, edit, isDeleted, receive, remember, type Replaced, type Stamped } from '../../lib/tools/stamps';
import { keeps } from '../../lib/tools/typing';
import { useAnnouncer } from './useAnnouncer';

export type OtherTab = 'changed' | 'deleted' | null;

/** What the tool says after a save, a deletion ("{title}" is filled in) and an undo. */
export interface DocumentTexts {
  saved: string;
  deleted: string;
  restored: string;
}

/** A record with a title, for the messages. */
export type TitledRecord = SavedRecord & { title: string };

/** A text of this tab that another tab's edit of the same field replaced, with the record it is in. */
export interface ReplacedText extends Replaced {
  id: string;
}

/** A record (or the rest: `REST`) whose last change is not stored, and why. */
export interface Unsaved {
  id: string;
  /** The record's title; null for the rest (the werkblad's plan). */
  title: string | null;
  problem: SaveProblem;
}

/** Records added at once: stored (as far as storage allowed), or refused whole because they do not fit. */
export type Added<T> = { ok: true; records: T[] } | { ok: false; room: Extract<Room, { fits: false }> };

/** What a view can do with the records; the same for every tool. */
export interface RecordOperations<T extends TitledRecord> {
  /**
   * Replaces one record (or adds it) and saves; announces `announcement`, or "Opgeslagen" once
   * typing pauses. False when it could not be stored (it stays in `unsaved`).
   */
  put: (record: T, announcement?: string) => boolean;
  /** Adds records as new ones, under new ids, when they all fit in storage; refused whole when they do not. */
  add: (records: readonly T[], announcement: string) => Promise<Added<T>>;
  /** Removes a record; returns it, for "Ongedaan maken". */
  remove: (id: string) => T | undefined;
  /** Brings a removed record back. */
  restore: (record: T) => void;
  /** Says `text` in the live region now. */
  announce: (text: string) => void;
}

export interface ToolDocument<D, T extends TitledRecord> extends RecordOperations<T> {
  ready: boolean;
  doc: D;
  loadStatus: LoadStatus;
  /** What is not stored, oldest problem first; empty when everything is. */
  unsaved: readonly Unsaved[];
  /** Tries to store what is not stored yet (after room was made). */
  saveUnsaved: () => void;
  /** The unsaved records as a file the import reads back (null when there are none); marks them as kept in that file. */
  unsavedFile: () => string | null;
  /** Reads storage again, after something outside this view wrote to it (a restore). */
  reload: () => void;
  /** Set when another tab changed or deleted the record that is open here. */
  otherTab: OtherTab;
  dismissOtherTab: () => void;
  /** This tab's texts that another tab replaced at the same moment; each can be put back. */
  replaced: ReplacedText[];
  putBack: (text: ReplacedText) => void;
  dismissReplaced: () => void;
  /** When this tab last saved a change. */
  savedAt: Date | null;
  liveText: string;
  /** Changes what is not a record (the werkblad's plan). */
  update: (change: (doc: D) => D) => void;
}

const nowIso = () => new Date().toISOString();

/**
 * Set on <html> by the update notice (src/lib/offline/update-notice.ts, which imports nothing and
 * so spells it out too) once the reader has agreed to lose what could not be stored.
 */
const AGREED_TO_LEAVE = 'data-leaving';

/** Whether new records fit in storage now; they fit when storage cannot be asked (each save then says why it failed). */
async function roomForRecords(store: RecordStore, records: readonly { id: string; stamped: Stamped }[]): Promise<Room> {
  const { roomFor } = await import('../../lib/tools/room-check');
  try {
    const storage = browserStorage();
    return storage
      ? roomFor(
          storage,
          records.map(({ id, stamped }) => [`${store.prefix}${id}`, store.entry(stamped)] as const),
        )
      : { fits: true, needed: 0 };
  } catch {
    return { fits: true, needed: 0 };
  }
}

let askedToKeep = false;
/**
 * At the first save, ask the browser to keep the site's storage (not to evict it when space runs
 * low or after weeks without a visit). The answer shows in BackupPanel.
 */
function askToKeep(): void {
  if (askedToKeep) return;
  askedToKeep = true;
  navigator.storage?.persist?.().catch(() => undefined);
}

/**
 * `openId` returns the id of the record open in the current view, if any: when another tab
 * changes or deletes it, `otherTab` says so.
 */
export function useToolDocument<D, T extends TitledRecord, F, R>(
  tool: ToolSpec<D, T, F, R>,
  texts: DocumentTexts,
  openId: () => string | undefined,
): ToolDocument<D, T> {
  const store = useMemo(() => createRecordStore(tool), [tool]);
  const clock = useMemo(() => new Clock(newId()), []);
  const [ready, setReady] = useState(false);
  const [holding, setHolding] = useState<Holding<T>>(emptyHolding);
  const [loadStatus, setLoadStatus] = useState<LoadStatus>({ kind: 'empty' });
  const [unsavedIds, setUnsavedIds] = useState<ReadonlyMap<string, SaveProblem>>(new Map());
  const unsavedRef = useRef(unsavedIds);
  unsavedRef.current = unsavedIds;
  const [otherTab, setOtherTab] = useState<OtherTab>(null);
  const [replaced, setReplaced] = useState<ReplacedText[]>([]);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const { liveText, announce } = useAnnouncer();
  const held = useRef(holding);
  held.current = holding;
  /** What the views last rendered: a view's edit is made on this, which may be older than `held`. */
  const rendered = useRef(holding);
  rendered.current = holding;
  const open = useRef(openId);
  open.current = openId;

  /** The versions of each record this tab held or heard of before, newest first (stamps.ts, receive). */
  const earlier = useRef(new Map<string, Stamped[]>());

  /** Puts new versions of one record (or of the rest) into what this tab holds. */
  const keep = useCallback((id: string, stamped: Stamped) => {
    const current = held.current;
    earlier.current.set(id, remember(earlier.current.get(id) ?? [], id === REST ? current.rest : current.records.get(id)?.stamped));
    const next: Holding<T> =
      id === REST
        ? { records: current.records, rest: stamped }
        : { records: new Map(current.records).set(id, hold<T>(stamped)), rest: current.rest };
    held.current = next;
    setHolding(next);
  }, []);

  /** What storage holds, with what this tab could not store kept as this tab holds it. */
  const load = useCallback(() => {
    const { records, rest, status } = store.load();
    for (const stamped of records.values()) clock.observe(stamped.stamps);
    if (rest) clock.observe(rest.stamps);
    const loaded = new Map([...records].map(([id, stamped]) => [id, hold<T>(stamped)]));
    let keptRest = rest;
    for (const id of unsavedRef.current.keys()) {
      const mine = id === REST ? held.current.rest : held.current.records.get(id)?.stamped;
      if (!mine) continue;
      if (id === REST) keptRest = mine;
      else loaded.set(id, hold<T>(mine));
    }
    const next: Holding<T> = { records: loaded, rest: keptRest };
    held.current = next;
    setHolding(next);
    setLoadStatus(status);
  }, [store, clock]);

  useEffect(() => {
    load();
    setReady(true);
    const onStorage = (event: StorageEvent) => {
      if (event.key === null) return;
      const theirs = store.read(event.key, event.newValue);
      if (!theirs) return;
      const { id } = theirs;
      clock.observe(theirs.stamped.stamps);
      const mine = id === REST ? held.current.rest : (held.current.records.get(id)?.stamped ?? null);
      const received = receive(mine, theirs.stamped, clock.tab, isText(id), earlier.current.get(id));
      earlier.current.set(id, received.earlier);
      const { merged, replaced: lost, changedHere, missing } = received;
      if (!changedHere && !missing) return;
      if (changedHere && id !== REST && id === open.current()) setOtherTab(isDeleted(merged) ? 'deleted' : 'changed');
      addReplaced(id, lost, merged.fields);
      if (missing) {
        const healed = store.save(id, merged, clock.tab);
        if (healed.kind === 'saved') {
          keep(id, healed.stamped);
          return;
        }
      }
      keep(id, merged);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store, load]);

  // Closing or reloading the tab would lose what is not stored: the browser asks first.
  useEffect(() => {
    if (unsavedIds.size === 0) return;
    const onLeave = (event: BeforeUnloadEvent) => {
      // The update notice has asked already, and the reader agreed (src/lib/offline/update-notice.ts).
      if (document.documentElement.hasAttribute(AGREED_TO_LEAVE)) return;
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onLeave);
    return () => window.removeEventListener('beforeunload', onLeave);
  }, [unsavedIds]);

  const markUnsaved = useCallback((changes: readonly (readonly [string, SaveProblem | null])[]) => {
    if (changes.every(([id, problem]) => (problem === null ? !unsavedRef.current.has(id) : unsavedRef.current.get(id) === problem))) return;
    const next = new Map(unsavedRef.current);
    for (const [id, problem] of changes) {
      if (problem === null) next.delete(id);
      else next.set(id, problem);
    }
    unsavedRef.current = next;
    setUnsavedIds(next);
  }, []);

  /**
   * Texts of this tab that another tab replaced: one per field, the latest; and none that the
   * record's fields (`now`) hold whole again, as after a merge of both tabs' typing.
   */
  const addReplaced = useCallback((id: string, lost: readonly Replaced[], now: Fields) => {
    setReplaced((current) => {
      const gone = (text: ReplacedText) =>
        lost.some((item) => item.path === text.path) || (typeof text.mine === 'string' && keeps(now[text.path], text.mine));
      const left = current.filter((text) => text.id !== id || !gone(text));
      return left.length === current.length && !lost.length ? current : [...left, ...lost.map((text) => ({ ...text, id }))];
    });
  }, []);

  const isText = useCallback((id: string) => (id === REST ? tool.document.rest?.texts : tool.record.texts) ?? (() => false), [tool]);

  /**
   * Saves this tab's edit of one record (or the rest), and holds what was saved. With `base`, the
   * fields the view's edit started from: only the fields the view changed are applied, onto what
   * this tab holds now, so a change that arrived from another tab after the last render (and is
   * not in the view's copy yet) is not written back over. True when it was stored.
   */
  const commit = useCallback(
    (id: string, fields: Fields, announcement?: string, base?: Fields): boolean => {
      const before = id === REST ? held.current.rest : (held.current.records.get(id)?.stamped ?? null);
      const after = before && base ? rebase(before.fields, base, fields, isText(id)) : fields;
      const local = edit(before, after, clock);
      if (local === before) return !unsavedRef.current.has(id);
      const result = store.save(id, local, clock.tab, before?.fields);
      if (result.kind === 'saved') {
        askToKeep();
        keep(id, result.stamped);
        markUnsaved([[id, null]]);
        setSavedAt(new Date());
        if (result.movedAside) setLoadStatus({ kind: 'moved-aside', items: [result.movedAside] });
        addReplaced(id, result.replaced, result.stamped.fields);
        announce(announcement ?? texts.saved, announcement ? 'now' : 'later');
        return true;
      }
      // Not stored: the change stays in this tab, in `unsaved`, and the notice says why.
      keep(id, local);
      markUnsaved([[id, result.kind]]);
      if (announcement) announce(announcement, 'now');
      return false;
    },
    [store, clock, keep, markUnsaved, addReplaced, isText, announce, texts],
  );

  /** Stores again what could not be stored; what still does not fit stays unsaved. */
  const saveUnsaved = useCallback(() => {
    const changes: [string, SaveProblem | null][] = [];
    for (const id of unsavedRef.current.keys()) {
      const mine = id === REST ? held.current.rest : (held.current.records.get(id)?.stamped ?? null);
      if (!mine) {
        changes.push([id, null]);
        continue;
      }
      const result = store.save(id, mine, clock.tab);
      if (result.kind === 'saved') keep(id, result.stamped);
      changes.push([id, result.kind === 'saved' ? null : result.kind]);
    }
    markUnsaved(changes);
  }, [store, clock, keep, markUnsaved]);

  const doc = useMemo(() => documentOf(tool, holding), [tool, holding]);
  const docRef = useRef(doc);
  docRef.current = doc;

  const operations = useMemo(
    () => ({
      put: (record: T, announcement?: string) =>
        commit(record.id, fieldsOf(record), announcement, rendered.current.records.get(record.id)?.stamped.fields),
      add: async (added: readonly T[], announcement: string): Promise<Added<T>> => {
        const fresh = asNew(added, newId, nowIso());
        const versions = fresh.map((record) => ({ id: record.id, stamped: edit(null, fieldsOf(record), clock) }));
        const room = await roomForRecords(store, versions);
        if (!room.fits) return { ok: false, room };
        const records = new Map(held.current.records);
        const changes: [string, SaveProblem | null][] = [];
        for (const { id, stamped } of versions) {
          const result = store.save(id, stamped, clock.tab);
          records.set(id, hold<T>(result.kind === 'saved' ? result.stamped : stamped));
          changes.push([id, result.kind === 'saved' ? null : result.kind]);
        }
        // One new holding for all of them: a thousand records cost one render, not a thousand.
        held.current = { records, rest: held.current.rest };
        setHolding(held.current);
        markUnsaved(changes);
        if (changes.some(([, problem]) => problem === null)) {
          askToKeep();
          setSavedAt(new Date());
        }
        announce(announcement, 'now');
        return { ok: true, records: fresh };
      },
      remove: (id: string) => {
        const record = held.current.records.get(id)?.record;
        if (!record) return undefined;
        commit(id, { [DELETED]: true }, format(texts.deleted, { title: record.title }));
        // Deleting frees room: what could not be stored may fit now.
        if (unsavedRef.current.size) saveUnsaved();
        return record;
      },
      restore: (record: T) =>
        commit(record.id, fieldsOf({ ...record, updatedAt: nowIso() }), format(texts.restored, { title: record.title })),
      update: (change: (doc: D) => D) => {
        const rest = tool.document.rest;
        if (rest) commit(REST, fieldsOf(rest.get(change(docRef.current))), undefined, rendered.current.rest?.fields);
      },
      saveUnsaved,
      unsavedFile: () => {
        const entries = [...unsavedRef.current.keys()].flatMap((id) => {
          const mine = id === REST ? held.current.rest : held.current.records.get(id)?.stamped;
          return mine && !isDeleted(mine) ? [store.entry(mine)] : [];
        });
        if (!entries.length) return null;
        // Kept in the file: leaving the page no longer loses them, so the browser need not ask.
        markUnsaved([...unsavedRef.current.keys()].map((id) => [id, null] as const));
        return setAsideFile(entries);
      },
      reload: load,
      putBack: (text: ReplacedText) => {
        const before = text.id === REST ? held.current.rest : (held.current.records.get(text.id)?.stamped ?? null);
        if (before) commit(text.id, { ...before.fields, [text.path]: text.mine });
        setReplaced((current) => current.filter((item) => item !== text));
      },
      dismissReplaced: () => setReplaced([]),
      announce: (text: string) => announce(text, 'now'),
      dismissOtherTab: () => setOtherTab(null),
    }),
    [commit, announce, texts, tool, store, clock, markUnsaved, saveUnsaved, load],
  );

  const unsaved = useMemo(
    () =>
      [...unsavedIds].map(([id, problem]) => ({
        id,
        title: id === REST ? null : (holding.records.get(id)?.record?.title ?? ''),
        problem,
      })),
    [unsavedIds, holding],
  );

  return { ready, doc, loadStatus, unsaved, otherTab, replaced, savedAt, liveText, ...operations };
}
