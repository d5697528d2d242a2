/**
 * The werkblad island: worksheets for the five implementation questions, and the plan van
 * aanpak. All logic is in src/lib/werkblad; the views only render and dispatch.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { WerkbladStrings } from '../../lib/i18n/werkblad.nl';
import type { WerkbladCatalogue } from '../../lib/werkblad/catalogue';
import { addWorksheets } from '../../lib/werkblad/exchange';
import { mergeWerkbladDocuments, worksheetChanged } from '../../lib/werkblad/merge';
import { emptyWerkbladDocument, type Plan, type WerkbladDocument, type Worksheet } from '../../lib/werkblad/model';
import { initialWerkbladRoute, parseWerkbladRoute, werkbladHash, type WerkbladRoute } from '../../lib/werkblad/routes';
import { readScans } from '../../lib/werkblad/scans';
import { createWerkbladStore } from '../../lib/werkblad/store';
import { SCAN_STORAGE_KEY } from '../../lib/scan/store';
import type { Scan } from '../../lib/scan/model';
import { newId } from '../../lib/ids';
import { format } from '../../lib/text';
import { StorageNotice } from '../tools/StorageNotice';
import { useStoredDocument } from '../tools/useStoredDocument';
import { WorksheetList } from './WorksheetList';
import { NewWorksheet } from './NewWorksheet';
import { WorksheetView } from './WorksheetView';
import { PlanView } from './PlanView';

export interface WerkbladProps {
  catalogue: WerkbladCatalogue;
  strings: WerkbladStrings;
  /** Address of the schoolscan page, with the base path. */
  scanHref: string;
}

/** What a view can ask the root to do. */
export interface WerkbladActions {
  go: (route: WerkbladRoute) => void;
  put: (worksheet: Worksheet, announcement?: string) => void;
  addAll: (worksheets: Worksheet[], announcement: string) => Worksheet[];
  remove: (id: string) => Worksheet | undefined;
  restore: (worksheet: Worksheet) => void;
  setPlan: (plan: Omit<Plan, 'updatedAt'>) => void;
  announce: (text: string) => void;
}

const nowIso = () => new Date().toISOString();

export default function Werkblad({ catalogue, strings, scanHref }: WerkbladProps) {
  const store = useMemo(() => createWerkbladStore(), []);
  const [scans, setScans] = useState<Scan[]>([]);
  const [otherTab, setOtherTab] = useState<'changed' | 'deleted' | null>(null);
  const [route, setRoute] = useState<WerkbladRoute>({ view: 'list' });
  const routeRef = useRef(route);
  routeRef.current = route;
  const { ready, doc, docRef, loadStatus, saveProblem, commit, liveText, announce } = useStoredDocument<WerkbladDocument>({
    store,
    empty: emptyWerkbladDocument,
    merge: mergeWerkbladDocuments,
    savedText: strings.saved,
    onExternalChange: (before, after) => {
      const current = routeRef.current;
      if (current.view === 'edit' && worksheetChanged(before, after, current.id)) {
        setOtherTab(after.worksheets.some((sheet) => sheet.id === current.id) ? 'changed' : 'deleted');
      }
    },
  });
  const viewHeading = useRef<HTMLHeadingElement>(null);
  const focusOnRoute = useRef(false);

  useEffect(() => {
    setScans(readScans());
    const initial = initialWerkbladRoute(location.search, location.hash) ?? { view: 'list' };
    if (initial.view === 'create-type') {
      // Arriving from "Zet op het werkblad": keep the route in the fragment (so reload and back
      // work like every other view) and bring the question into view.
      history.replaceState(null, '', `${location.pathname}${werkbladHash(initial)}`);
      focusOnRoute.current = true;
    }
    setRoute(initial);
    const onHash = () => {
      const next = parseWerkbladRoute(location.hash);
      if (!next) return;
      focusOnRoute.current = true;
      setOtherTab(null);
      setRoute(next);
    };
    const onStorage = (event: StorageEvent) => {
      if (event.key === SCAN_STORAGE_KEY) setScans(readScans());
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('storage', onStorage);
    };
  }, []);

  useEffect(() => {
    if (focusOnRoute.current) {
      focusOnRoute.current = false;
      viewHeading.current?.focus();
    }
  }, [route]);

  const actions: WerkbladActions = useMemo(
    () => ({
      go: (next) => {
        if (location.hash !== werkbladHash(next)) location.hash = werkbladHash(next);
      },
      put: (worksheet, announcement) => {
        const current = docRef.current;
        const exists = current.worksheets.some((item) => item.id === worksheet.id);
        const worksheets = exists
          ? current.worksheets.map((item) => (item.id === worksheet.id ? worksheet : item))
          : [...current.worksheets, worksheet];
        commit({ ...current, worksheets }, announcement);
      },
      addAll: (worksheets, announcement) => {
        const before = docRef.current.worksheets.length;
        const next = addWorksheets(docRef.current, worksheets, newId, nowIso());
        commit(next, announcement);
        return next.worksheets.slice(before);
      },
      remove: (id) => {
        const current = docRef.current;
        const removed = current.worksheets.find((sheet) => sheet.id === id);
        if (!removed) return undefined;
        commit(
          { ...current, worksheets: current.worksheets.filter((sheet) => sheet.id !== id), deleted: { ...current.deleted, [id]: nowIso() } },
          format(strings.list.deleted, { title: removed.title }),
        );
        return removed;
      },
      restore: (worksheet) => {
        const current = docRef.current;
        commit(
          { ...current, worksheets: [...current.worksheets, { ...worksheet, updatedAt: nowIso() }] },
          format(strings.list.restored, { title: worksheet.title }),
        );
      },
      setPlan: (plan) => commit({ ...docRef.current, plan: { ...plan, updatedAt: nowIso() } }),
      announce: (text) => announce(text, 'now'),
    }),
    [commit, announce, strings],
  );

  // Nothing is rendered on the server: without JavaScript the page shows the paper form instead.
  if (!ready) return null;

  const heading = (text: string) => (
    <h2 ref={viewHeading} tabIndex={-1} class="tool-view-heading">
      {text}
    </h2>
  );
  const worksheet = route.view === 'edit' ? doc.worksheets.find((sheet) => sheet.id === route.id) : undefined;
  const props = { catalogue, strings, actions, scans, scanHref };

  let view;
  if (route.view === 'edit' && worksheet) {
    view = (
      <>
        {heading(worksheet.title)}
        <WorksheetView worksheet={worksheet} {...props} />
      </>
    );
  } else if (route.view === 'create' || route.view === 'create-type') {
    view = (
      <>
        {heading(route.view === 'create' ? strings.views.create : strings.views.createType)}
        <NewWorksheet typeId={route.view === 'create-type' ? route.typeId : undefined} worksheets={doc.worksheets} {...props} />
      </>
    );
  } else if (route.view === 'plan') {
    view = (
      <>
        {heading(strings.views.plan)}
        <PlanView doc={doc} {...props} />
      </>
    );
  } else {
    view = (
      <>
        {heading(strings.views.list)}
        <WorksheetList doc={doc} {...props} />
      </>
    );
  }

  return (
    <div class={`werkblad werkblad--${route.view}`}>
      <p class="tool-privacy print-hidden">{strings.privacy}</p>
      <StorageNotice
        loadStatus={loadStatus}
        saveProblem={saveProblem}
        otherTab={otherTab}
        strings={strings.storage}
        oldDataFileName="werkblad-oude-gegevens.json"
        onDismissOtherTab={() => setOtherTab(null)}
      />
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        {liveText}
      </div>
      {view}
    </div>
  );
}
