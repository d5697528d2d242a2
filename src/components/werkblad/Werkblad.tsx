/**
 * The werkblad island: worksheets for the five implementation questions, and the plan van
 * aanpak. The kit (src/components/tools/) stores, routes and frames it; the views only render and
 * dispatch, and all logic is in src/lib/werkblad.
 */
import { useEffect, useState } from 'preact/hooks';
import type { WerkbladStrings } from '../../lib/i18n/werkblad.nl';
import type { Scan } from '../../lib/scan/model';
import { scanTool } from '../../lib/scan/tool';
import type { WerkbladCatalogue } from '../../lib/werkblad/catalogue';
import { werkbladRouter, type WerkbladRoute } from '../../lib/werkblad/routes';
import { readScans } from '../../lib/werkblad/scans';
import { werkbladTool } from '../../lib/werkblad/tool';
import { Opening, ToolShell } from '../tools/ToolShell';
import { useToolIsland } from '../tools/useToolIsland';
import type { WerkbladActions } from './actions';
import { format } from '../../lib/text';
import { useLazyModule, usePrefetchOnIntent } from '../tools/useLazyModule';
import { WorksheetList } from './WorksheetList';

export interface WerkbladProps {
  catalogue: WerkbladCatalogue;
  strings: WerkbladStrings;
  /** Address of the schoolscan page, with the base path. */
  scanHref: string;
}

const LIST: WerkbladRoute = { view: 'list' };
const loadViews = () => import('./views');
const loaderFor = (route: WerkbladRoute) => (route.view === 'list' ? undefined : loadViews);

export default function Werkblad({ catalogue, strings, scanHref }: WerkbladProps) {
  const island = useToolIsland(werkbladTool, werkbladRouter, LIST, strings, (at) => (at.view === 'edit' ? at.id : undefined));
  const { document, route, shell } = island;
  // Null until the scans have been read (after the first render, so the server's view matches).
  const [stored, setScans] = useState<Scan[] | null>(null);
  const scans = stored ?? [];
  const { doc } = document;
  const actions: WerkbladActions = {
    ...island.actions,
    setPlan: (plan) => document.update((current) => ({ ...current, plan: { ...plan, updatedAt: new Date().toISOString() } })),
  };
  const props = { catalogue, strings, actions, scans, scanHref };

  // The scans are the schoolscan's: read them, and again when another tab changes one.
  useEffect(() => {
    setScans(readScans());
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key.startsWith(scanTool.storageKey)) setScans(readScans());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const worksheet = route.view === 'edit' ? doc.worksheets.find((sheet) => sheet.id === route.id) : undefined;
  // A worksheet that is not (or no longer) on this device: the list.
  const shown: WerkbladRoute = route.view === 'edit' && !worksheet ? LIST : route;
  const views = useLazyModule(loadViews, shown.view !== 'list');
  usePrefetchOnIntent(werkbladRouter, loaderFor);
  const opening = <Opening load={loadViews} strings={strings} />;

  let title: string;
  let view;
  if (worksheet) {
    title = worksheet.title;
    view = views ? <views.WorksheetView worksheet={worksheet} worksheets={doc.worksheets} {...props} /> : opening;
  } else if (shown.view === 'from-scan') {
    const scan = scans.find((item) => item.id === shown.scanId);
    title = scan ? format(strings.fromScan.title, { title: scan.title }) : strings.fromScan.titleMissing;
    view = views ? (
      <views.FromScanView scanId={shown.scanId} scan={scan} ready={document.ready && stored !== null} doc={doc} {...props} />
    ) : (
      opening
    );
  } else if (shown.view === 'create' || shown.view === 'create-type') {
    title = shown.view === 'create' ? strings.views.create : strings.views.createType;
    view = views ? (
      <views.NewWorksheet typeId={shown.view === 'create-type' ? shown.typeId : undefined} worksheets={doc.worksheets} {...props} />
    ) : (
      opening
    );
  } else if (shown.view === 'plan') {
    title = strings.views.plan;
    view = views ? <views.PlanView doc={doc} {...props} /> : opening;
  } else {
    title = strings.views.list;
    view = <WorksheetList doc={doc} {...props} />;
  }

  return (
    <ToolShell {...shell} view={shown.view} heading={title} editing={Boolean(worksheet) || shown.view === 'plan'}>
      {view}
    </ToolShell>
  );
}
