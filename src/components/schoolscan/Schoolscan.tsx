/**
 * The schoolscan island: holds the scans of this browser, routes between the views and saves
 * every change. All logic is in src/lib/scan; the views only render and dispatch.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import { addScan } from '../../lib/scan/exchange';
import { mergeScanDocuments, scanChanged } from '../../lib/scan/merge';
import { emptyScanDocument, type Scan, type ScanDocument } from '../../lib/scan/model';
import { parseRoute, routeHash, type ScanRoute } from '../../lib/scan/routes';
import { createScanStore } from '../../lib/scan/store';
import type { LoadStatus } from '../../lib/store/versioned-store';
import { newId } from '../../lib/ids';
import { format } from '../../lib/text';
import { StorageNotice, type SaveProblem } from './StorageNotice';
import { ScanList } from './ScanList';
import { DetailsForm } from './DetailsForm';
import { RatingView } from './RatingView';
import { ResultView } from './ResultView';
import { CompareView } from './CompareView';
import { TeamView } from './TeamView';
import { useAnnouncer } from './useAnnouncer';

export interface SchoolscanProps {
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
}

/** What a view can ask the root to do. */
export interface ScanActions {
  go: (route: ScanRoute) => void;
  /** Replaces one scan (or adds it) and saves. */
  put: (scan: Scan, announcement?: string) => void;
  /** Adds an imported or combined scan under a new id and opens nothing. */
  add: (scan: Scan, announcement?: string) => Scan;
  remove: (id: string) => Scan | undefined;
  restore: (scan: Scan) => void;
  announce: (text: string) => void;
}

const nowIso = () => new Date().toISOString();

export default function Schoolscan({ catalogue, strings }: SchoolscanProps) {
  const store = useMemo(() => createScanStore(), []);
  const [ready, setReady] = useState(false);
  const [doc, setDoc] = useState<ScanDocument>(emptyScanDocument);
  const [loadStatus, setLoadStatus] = useState<LoadStatus>({ kind: 'empty' });
  const [saveProblem, setSaveProblem] = useState<SaveProblem | null>(null);
  const [otherTab, setOtherTab] = useState<'changed' | 'deleted' | null>(null);
  const [route, setRoute] = useState<ScanRoute>({ view: 'list' });
  const { liveText, announce } = useAnnouncer();
  const docRef = useRef(doc);
  docRef.current = doc;
  const routeRef = useRef(route);
  routeRef.current = route;
  const viewHeading = useRef<HTMLHeadingElement>(null);
  const focusOnRoute = useRef(false);

  useEffect(() => {
    const { data, status } = store.load();
    setDoc(data);
    setLoadStatus(status);
    setRoute(parseRoute(location.hash) ?? { view: 'list' });
    setReady(true);
    document.documentElement.classList.add('schoolscan-ready');

    const onHash = () => {
      const next = parseRoute(location.hash);
      if (!next) return;
      focusOnRoute.current = true;
      setOtherTab(null);
      setRoute(next);
    };
    const onStorage = (event: StorageEvent) => {
      if (event.key !== store.key) return;
      const theirs = store.read(event.newValue);
      if (!theirs) return;
      const before = docRef.current;
      const merged = mergeScanDocuments(theirs, before);
      const current = routeRef.current;
      if ('id' in current && scanChanged(before, merged, current.id)) {
        setOtherTab(merged.scans.some((scan) => scan.id === current.id) ? 'changed' : 'deleted');
      }
      setDoc(merged);
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('storage', onStorage);
    };
  }, [store]);

  useEffect(() => {
    if (focusOnRoute.current) {
      focusOnRoute.current = false;
      viewHeading.current?.focus();
    }
  }, [route]);

  const commit = useCallback(
    (next: ScanDocument, announcement?: string) => {
      setDoc(next);
      const result = store.save(next);
      if (result.kind === 'saved') {
        setDoc(result.data);
        setSaveProblem(null);
        if (result.movedAside) setLoadStatus(result.movedAside);
        announce(announcement ?? strings.saved, announcement ? 'now' : 'later');
      } else {
        setSaveProblem(result.kind);
        if (announcement) announce(announcement, 'now');
      }
    },
    [store, announce, strings.saved],
  );

  const actions: ScanActions = useMemo(
    () => ({
      go: (next) => {
        if (location.hash === routeHash(next)) return;
        location.hash = routeHash(next);
      },
      put: (scan, announcement) => {
        const current = docRef.current;
        const exists = current.scans.some((item) => item.id === scan.id);
        const scans = exists ? current.scans.map((item) => (item.id === scan.id ? scan : item)) : [...current.scans, scan];
        commit({ ...current, scans }, announcement);
      },
      add: (scan, announcement) => {
        const id = newId();
        const next = addScan(docRef.current, scan, id, nowIso());
        commit(next, announcement);
        return next.scans.find((item) => item.id === id) ?? scan;
      },
      remove: (id) => {
        const current = docRef.current;
        const removed = current.scans.find((scan) => scan.id === id);
        if (!removed) return undefined;
        commit(
          { scans: current.scans.filter((scan) => scan.id !== id), deleted: { ...current.deleted, [id]: nowIso() } },
          format(strings.list.deleted, { title: removed.title }),
        );
        return removed;
      },
      restore: (scan) => {
        const current = docRef.current;
        const deleted = { ...current.deleted };
        delete deleted[scan.id];
        commit(
          { scans: [...current.scans, { ...scan, updatedAt: nowIso() }], deleted },
          format(strings.list.restored, { title: scan.title }),
        );
      },
      announce: (text) => announce(text, 'now'),
    }),
    [commit, announce, strings],
  );

  // Nothing is rendered on the server: without JavaScript the page shows the paper form instead.
  if (!ready) return null;

  const scan = 'id' in route ? doc.scans.find((item) => item.id === route.id) : undefined;
  const heading = (text: string) => (
    <h2 ref={viewHeading} tabIndex={-1} class="scan-view-heading">
      {text}
    </h2>
  );

  let view;
  if ('id' in route && !scan) {
    view = (
      <>
        {heading(strings.views.list)}
        <ScanList doc={doc} catalogue={catalogue} strings={strings} actions={actions} />
      </>
    );
  } else {
    switch (route.view) {
      case 'create':
        view = (
          <>
            {heading(strings.views.create)}
            <DetailsForm catalogue={catalogue} strings={strings} actions={actions} />
          </>
        );
        break;
      case 'details':
        view = scan && (
          <>
            {heading(`${strings.views.details}: ${scan.title}`)}
            <DetailsForm scan={scan} catalogue={catalogue} strings={strings} actions={actions} />
          </>
        );
        break;
      case 'rate':
        view = scan && (
          <>
            {heading(scan.title)}
            <RatingView scan={scan} catalogue={catalogue} strings={strings} actions={actions} />
          </>
        );
        break;
      case 'result':
        view = scan && (
          <>
            {heading(`${strings.views.result}: ${scan.title}`)}
            <ResultView scan={scan} catalogue={catalogue} strings={strings} actions={actions} />
          </>
        );
        break;
      case 'compare':
        view = (
          <>
            {heading(strings.views.compare)}
            <CompareView scans={doc.scans} catalogue={catalogue} strings={strings} actions={actions} />
          </>
        );
        break;
      case 'team':
        view = (
          <>
            {heading(strings.views.team)}
            <TeamView catalogue={catalogue} strings={strings} actions={actions} />
          </>
        );
        break;
      default:
        view = (
          <>
            {heading(strings.views.list)}
            <ScanList doc={doc} catalogue={catalogue} strings={strings} actions={actions} />
          </>
        );
    }
  }

  return (
    <div class={`schoolscan schoolscan--${route.view}`}>
      <p class="scan-privacy print-hidden">{strings.privacy}</p>
      <StorageNotice
        loadStatus={loadStatus}
        saveProblem={saveProblem}
        otherTab={otherTab}
        strings={strings}
        onDismissOtherTab={() => setOtherTab(null)}
      />
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        {liveText}
      </div>
      {view}
    </div>
  );
}
