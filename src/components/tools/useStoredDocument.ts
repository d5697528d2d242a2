/**
 * The saved document of a tool (all scans, all worksheets): loaded once on mount, saved after
 * every change, kept in step with other tabs through `storage` events. Shared by both islands.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { LoadStatus, VersionedStore } from '../../lib/store/versioned-store';
import type { SaveProblem } from './StorageNotice';
import { useAnnouncer } from './useAnnouncer';

interface Options<T> {
  store: VersionedStore<T>;
  empty: () => T;
  merge: (stored: T, local: T) => T;
  /** Announced after a quiet save. */
  savedText: string;
  /** Called when another tab saved, with the document before and after merging. */
  onExternalChange?: (before: T, after: T) => void;
}

export function useStoredDocument<T>({ store, empty, merge, savedText, onExternalChange }: Options<T>) {
  const [ready, setReady] = useState(false);
  const [doc, setDoc] = useState<T>(empty);
  const [loadStatus, setLoadStatus] = useState<LoadStatus>({ kind: 'empty' });
  const [saveProblem, setSaveProblem] = useState<SaveProblem | null>(null);
  const { liveText, announce } = useAnnouncer();
  const docRef = useRef(doc);
  docRef.current = doc;
  const external = useRef(onExternalChange);
  external.current = onExternalChange;

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
      const merged = merge(theirs, before);
      external.current?.(before, merged);
      docRef.current = merged;
      setDoc(merged);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store, merge]);

  /** Shows `next` at once and saves it; announces `announcement`, or "Opgeslagen" once typing pauses. */
  const commit = useCallback(
    (next: T, announcement?: string) => {
      docRef.current = next;
      setDoc(next);
      const result = store.save(next);
      if (result.kind === 'saved') {
        docRef.current = result.data;
        setDoc(result.data);
        setSaveProblem(null);
        if (result.movedAside) setLoadStatus(result.movedAside);
        announce(announcement ?? savedText, announcement ? 'now' : 'later');
      } else {
        setSaveProblem(result.kind);
        if (announcement) announce(announcement, 'now');
      }
    },
    [store, announce, savedText],
  );

  return { ready, doc, docRef, loadStatus, saveProblem, commit, liveText, announce };
}
