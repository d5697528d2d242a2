/**
 * A tool's saved work in a view: loaded once in the browser, each change saved at once as the
 * one record it touches (src/lib/tools/store.ts), kept in step with other tabs through `storage`
 * events, field by field (src/lib/tools/versions.ts). Views get the document as they know it.
 *
 * Before it has loaded (on the server, and in the browser's first render) the document is empty
 * and `ready` is false, so an island can render its first view on the server.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { newId } from '../../lib/ids';
import { format } from '../../lib/text';
import { asNew, documentOf, emptyHolding, fieldsOf, hold, type Holding } from '../../lib/tools/document';
import { changedPaths, rebase, type Fields } from '../../lib/tools/fields';
import type { SavedRecord } from '../../lib/tools/records';
import { REST, type LoadStatus, type SaveProblem } from '../../lib/tools/store';
import { createToolStore, type ToolSpec } from '../../lib/tools/tool';
import { Clock, edit, isDeleted, merge, type Replaced, type Versioned } from '../../lib/tools/versions';
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

/** What a view can do with the records; the same for every tool. */
export interface RecordOperations<T extends TitledRecord> {
  /** Replaces one record (or adds it) and saves; announces `announcement`, or "Opgeslagen" once typing pauses. */
  put: (record: T, announcement?: string) => void;
  /** Adds records as new ones, under new ids; returns them as stored. */
  add: (records: readonly T[], announcement: string) => T[];
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
  saveProblem: SaveProblem | null;
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
  const store = useMemo(() => createToolStore(tool), [tool]);
  const clock = useMemo(() => new Clock(newId()), []);
  const [ready, setReady] = useState(false);
  const [holding, setHolding] = useState<Holding<T>>(emptyHolding);
  const [loadStatus, setLoadStatus] = useState<LoadStatus>({ kind: 'empty' });
  const [saveProblem, setSaveProblem] = useState<SaveProblem | null>(null);
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

  /** Puts new versions of one record (or of the rest) into what this tab holds. */
  const keep = useCallback((id: string, versioned: Versioned) => {
    const current = held.current;
    const next: Holding<T> =
      id === REST
        ? { records: current.records, rest: versioned }
        : { records: new Map(current.records).set(id, hold<T>(versioned)), rest: current.rest };
    held.current = next;
    setHolding(next);
  }, []);

  useEffect(() => {
    const { records, rest, status } = store.load();
    for (const versioned of records.values()) clock.observe(versioned.stamps);
    if (rest) clock.observe(rest.stamps);
    const loaded: Holding<T> = { records: new Map([...records].map(([id, versioned]) => [id, hold<T>(versioned)])), rest };
    held.current = loaded;
    setHolding(loaded);
    setLoadStatus(status);
    setReady(true);
    const onStorage = (event: StorageEvent) => {
      if (event.key === null) return;
      const theirs = store.read(event.key, event.newValue);
      if (!theirs) return;
      const { id } = theirs;
      clock.observe(theirs.versioned.stamps);
      const mine = id === REST ? held.current.rest : (held.current.records.get(id)?.versioned ?? null);
      const isText = (id === REST ? tool.document.rest?.texts : tool.record.texts) ?? (() => false);
      const { merged, replaced: lost } = mine
        ? merge(mine, theirs.versioned, clock.tab, isText)
        : { merged: theirs.versioned, replaced: [] };
      // Two tabs can save at the same moment, each from a copy of storage without the other's
      // last save (each tab reads its own copy), so the later write drops the other's newest
      // fields. The tab whose fields are missing from what was written sees it here, and writes
      // them back; a tab that finds nothing missing writes nothing, so this ends.
      const missing = changedPaths(theirs.versioned.fields, merged.fields).length > 0;
      const changedHere = !mine || changedPaths(mine.fields, merged.fields).length > 0;
      if (!changedHere && !missing) return;
      if (changedHere && id !== REST && id === open.current()) setOtherTab(isDeleted(merged) ? 'deleted' : 'changed');
      if (lost.length) setReplaced((current) => [...current, ...lost.map((text) => ({ ...text, id }))]);
      if (missing) {
        const healed = store.save(id, merged, clock.tab);
        if (healed.kind === 'saved') {
          keep(id, healed.versioned);
          return;
        }
      }
      keep(id, merged);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  /**
   * Saves this tab's edit of one record (or the rest), and holds what was saved. With `base`, the
   * fields the view's edit started from: only the fields the view changed are applied, onto what
   * this tab holds now, so a change that arrived from another tab after the last render (and is
   * not in the view's copy yet) is not written back over.
   */
  const commit = useCallback(
    (id: string, fields: Fields, announcement?: string, base?: Fields) => {
      const before = id === REST ? held.current.rest : (held.current.records.get(id)?.versioned ?? null);
      const after = before && base ? rebase(before.fields, base, fields) : fields;
      const local = edit(before, after, clock);
      if (local === before) return;
      const result = store.save(id, local, clock.tab);
      if (result.kind === 'saved') {
        askToKeep();
        keep(id, result.versioned);
        setSaveProblem(null);
        setSavedAt(new Date());
        if (result.movedAside) setLoadStatus({ kind: 'moved-aside', items: [result.movedAside] });
        if (result.replaced.length) setReplaced((current) => [...current, ...result.replaced.map((text) => ({ ...text, id }))]);
        announce(announcement ?? texts.saved, announcement ? 'now' : 'later');
      } else {
        // Not saved: the change stays in this tab, and the notice says why.
        keep(id, local);
        setSaveProblem(result.kind);
        if (announcement) announce(announcement, 'now');
      }
    },
    [store, clock, keep, announce, texts],
  );

  const doc = useMemo(() => documentOf(tool, holding), [tool, holding]);
  const docRef = useRef(doc);
  docRef.current = doc;

  const operations = useMemo(
    () => ({
      put: (record: T, announcement?: string) =>
        commit(record.id, fieldsOf(record), announcement, rendered.current.records.get(record.id)?.versioned.fields),
      add: (added: readonly T[], announcement: string) => {
        const fresh = asNew(added, newId, nowIso());
        fresh.forEach((record, index) => commit(record.id, fieldsOf(record), index === fresh.length - 1 ? announcement : undefined));
        return fresh;
      },
      remove: (id: string) => {
        const current = held.current.records.get(id);
        if (!current || isDeleted(current.versioned)) return undefined;
        commit(id, fieldsOf(current.record, true), format(texts.deleted, { title: current.record.title }));
        return current.record;
      },
      restore: (record: T) =>
        commit(record.id, fieldsOf({ ...record, updatedAt: nowIso() }), format(texts.restored, { title: record.title })),
      update: (change: (doc: D) => D) => {
        const rest = tool.document.rest;
        if (rest) commit(REST, fieldsOf(rest.get(change(docRef.current))), undefined, rendered.current.rest?.fields);
      },
      putBack: (text: ReplacedText) => {
        const before = text.id === REST ? held.current.rest : (held.current.records.get(text.id)?.versioned ?? null);
        if (before) commit(text.id, { ...before.fields, [text.path]: text.mine });
        setReplaced((current) => current.filter((item) => item !== text));
      },
      dismissReplaced: () => setReplaced([]),
      announce: (text: string) => announce(text, 'now'),
      dismissOtherTab: () => setOtherTab(null),
    }),
    [commit, announce, texts, tool],
  );

  return { ready, doc, loadStatus, saveProblem, otherTab, replaced, savedAt, liveText, ...operations };
}
