/**
 * The schoolscan island: the scans of this browser, one view at a time. The kit
 * (src/components/tools/) stores, routes and frames it; the views only render and dispatch, and
 * all logic is in src/lib/scan.
 */
import { useMemo } from 'preact/hooks';
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import { scanRouter, type ScanRoute } from '../../lib/scan/routes';
import { scanTool } from '../../lib/scan/tool';
import { toolActions } from '../tools/actions';
import { ToolShell } from '../tools/ToolShell';
import { useHashRoute } from '../tools/useHashRoute';
import { useToolDocument } from '../tools/useToolDocument';
import { CompareView } from './CompareView';
import { DetailsForm } from './DetailsForm';
import { RatingView } from './RatingView';
import { ResultView } from './ResultView';
import { ScanList } from './ScanList';
import { TeamView } from './TeamView';

export interface SchoolscanProps {
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
}

const LIST: ScanRoute = { view: 'list' };

export default function Schoolscan({ catalogue, strings }: SchoolscanProps) {
  const texts = useMemo(() => ({ saved: strings.saved, deleted: strings.list.deleted, restored: strings.list.restored }), [strings]);
  const tool = useToolDocument(scanTool, texts, (): string | undefined => ('id' in route ? route.id : undefined));
  const { route, go, heading } = useHashRoute<ScanRoute>(scanRouter, LIST, tool.dismissOtherTab);
  const actions = toolActions(tool, go);
  const props = { catalogue, strings, actions };
  const { doc } = tool;

  const scan = 'id' in route ? doc.scans.find((item) => item.id === route.id) : undefined;
  // A scan that is not (or no longer) on this device: the list.
  const shown: ScanRoute = 'id' in route && !scan ? LIST : route;

  let title: string;
  let view;
  if (scan && shown.view === 'details') {
    title = `${strings.views.details}: ${scan.title}`;
    view = <DetailsForm scan={scan} {...props} />;
  } else if (scan && shown.view === 'rate') {
    title = scan.title;
    view = <RatingView scan={scan} {...props} />;
  } else if (scan && shown.view === 'result') {
    title = `${strings.views.result}: ${scan.title}`;
    view = <ResultView scan={scan} {...props} />;
  } else if (shown.view === 'create') {
    title = strings.views.create;
    view = <DetailsForm {...props} />;
  } else if (shown.view === 'compare') {
    title = strings.views.compare;
    view = <CompareView scans={doc.scans} {...props} />;
  } else if (shown.view === 'team') {
    title = strings.views.team;
    view = <TeamView {...props} />;
  } else {
    title = strings.views.list;
    view = <ScanList doc={doc} {...props} />;
  }

  return (
    <ToolShell
      name="schoolscan"
      view={shown.view}
      privacy={strings.privacy}
      storage={strings.storage}
      oldDataFileName={scanTool.oldDataFileName}
      state={tool}
      heading={title}
      headingRef={heading}
    >
      {view}
    </ToolShell>
  );
}
