/**
 * The schoolscan island: holds the scans of this browser, routes between the views and saves
 * every change. All logic is in src/lib/scan; the views only render and dispatch.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import { addScan } from '../../lib/scan/exchange';
import { mergeScanDocuments, scanChanged } from '../../lib/scan/merge';
import { emptyScanDocument, type Scan, type ScanDocument } from '../../lib/scan/model';
import { parseRoute, routeHash, type ScanRoute } from '../../lib/scan/routes';
import { createScanStore } from '../../lib/scan/store';
import { newId } from '../../lib/ids';
import { format } from '../../lib/text';
import { StorageNotice } from '../tools/StorageNotice';
import { ScanList } from './ScanList';
import { DetailsForm } from './DetailsForm';
import { RatingView } from './RatingView';
import { ResultView } from './ResultView';
import { CompareView } from './CompareView';
import { TeamView } from './TeamView';
import { useStoredDocument } from '../tools/useStoredDocument';

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
  const [otherTab, setOtherTab] = useState<'changed' | 'deleted' | null>(null);
  const [route, setRoute] = useState<ScanRoute>({ view: 'list' });
  const routeRef = useRef(route);
  routeRef.current = route;
  const { ready, doc, docRef, loadStatus, saveProblem, commit, liveText, announce } = useStoredDocument<ScanDocument>({
    store,
    empty: emptyScanDocument,
    merge: mergeScanDocuments,
    savedText: strings.saved,
    onExternalChange: (before, after) => {
      const current = routeRef.current;
      if ('id' in current && scanChanged(before, after, current.id)) {
        setOtherTab(after.scans.some((scan) => scan.id === current.id) ? 'changed' : 'deleted');
      }
    },
  });
  const viewHeading = useRef<HTMLHeadingElement>(null);
  const focusOnRoute = useRef(false);

  useEffect(() => {
    setRoute(parseRoute(location.hash) ?? { view: 'list' });
    const onHash = () => {
      const next = parseRoute(location.hash);
      if (!next) return;
      focusOnRoute.current = true;
      setOtherTab(null);
      setRoute(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (focusOnRoute.current) {
      focusOnRoute.current = false;
      viewHeading.current?.focus();
    }
  }, [route]);

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
    <h2 ref={viewHeading} tabIndex={-1} class="tool-view-heading">
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
      <p class="tool-privacy print-hidden">{strings.privacy}</p>
      <StorageNotice
        loadStatus={loadStatus}
        saveProblem={saveProblem}
        otherTab={otherTab}
        strings={strings.storage}
        oldDataFileName="schoolscan-oude-gegevens.json"
        onDismissOtherTab={() => setOtherTab(null)}
      />
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        {liveText}
      </div>
      {view}
    </div>
  );
}
