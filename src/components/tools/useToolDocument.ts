/**
 * A tool's saved document (all scans, all worksheets) in a view: loaded once in the browser,
 * saved after every change, kept in step with other tabs through `storage` events. The record
 * operations are the kit's pure functions (src/lib/tools/records.ts); this hook only holds the
 * state and says what happened.
 *
 * Before it has loaded (on the server, and in the browser's first render) the document is empty
 * and `ready` is false, so an island can render its first view on the server.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { newId } from '../../lib/ids';
import { format } from '../../lib/text';
import { addRecords, putRecord, recordChanged, removeRecord, restoreRecord, type SavedRecord } from '../../lib/tools/records';
import type { LoadStatus, SaveProblem } from '../../lib/tools/store';
import { createToolStore, mergeToolDocuments, type ToolSpec } from '../../lib/tools/tool';
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
  liveText: string;
  /** Changes what is not a record (the werkblad's plan). */
  update: (change: (doc: D) => D) => void;
}

const nowIso = () => new Date().toISOString();

/**
 * `openId` returns the id of the record open in the current view, if any: when another tab
 * changes or deletes it, `otherTab` says so.
 */
export function useToolDocument<D, T extends TitledRecord, F>(
  tool: ToolSpec<D, T, F>,
  texts: DocumentTexts,
  openId: () => string | undefined,
): ToolDocument<D, T> {
  const store = useMemo(() => createToolStore(tool), [tool]);
  const records = tool.document.records;
  const [ready, setReady] = useState(false);
  const [doc, setDoc] = useState<D>(tool.document.empty);
  const [loadStatus, setLoadStatus] = useState<LoadStatus>({ kind: 'empty' });
  const [saveProblem, setSaveProblem] = useState<SaveProblem | null>(null);
  const [otherTab, setOtherTab] = useState<OtherTab>(null);
  const { liveText, announce } = useAnnouncer();
  const docRef = useRef(doc);
  docRef.current = doc;
  const open = useRef(openId);
  open.current = openId;

  useEffect(() => {
    const { data, status } = store.load();
    docRef.current = data;
    setDoc(data);
    setLoadStatus(status);
    setReady(true);
    const onStorage = (event: StorageEvent) => {
      if (event.key !== store.key) return;
      const theirs = store.read(event.newValue);
      if (!theirs) return;
      const before = docRef.current;
      const merged = mergeToolDocuments(tool, theirs, before);
      const id = open.current();
      if (id !== undefined && recordChanged(records, before, merged, id)) {
        setOtherTab(records.items(merged).some((item) => item.id === id) ? 'changed' : 'deleted');
      }
      docRef.current = merged;
      setDoc(merged);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  const commit = useCallback(
    (next: D, announcement?: string) => {
      docRef.current = next;
      setDoc(next);
      const result = store.save(next);
      if (result.kind === 'saved') {
        docRef.current = result.data;
        setDoc(result.data);
        setSaveProblem(null);
        if (result.movedAside) setLoadStatus(result.movedAside);
        announce(announcement ?? texts.saved, announcement ? 'now' : 'later');
      } else {
        setSaveProblem(result.kind);
        if (announcement) announce(announcement, 'now');
      }
    },
    [store, announce, texts],
  );

  const operations = useMemo(
    () => ({
      put: (record: T, announcement?: string) => commit(putRecord(records, docRef.current, record), announcement),
      add: (added: readonly T[], announcement: string) => {
        const result = addRecords(records, docRef.current, added, newId, nowIso());
        commit(result.doc, announcement);
        return result.added;
      },
      remove: (id: string) => {
        const { doc: next, removed } = removeRecord(records, docRef.current, id, nowIso());
        if (removed) commit(next, format(texts.deleted, { title: removed.title }));
        return removed;
      },
      restore: (record: T) =>
        commit(restoreRecord(records, docRef.current, record, nowIso()), format(texts.restored, { title: record.title })),
      update: (change: (doc: D) => D) => commit(change(docRef.current)),
      announce: (text: string) => announce(text, 'now'),
      dismissOtherTab: () => setOtherTab(null),
    }),
    [commit, announce, records, texts],
  );

  return { ready, doc, loadStatus, saveProblem, otherTab, liveText, ...operations };
}
