/**
 * The schoolscan island: the scans of this browser, one view at a time. The kit
 * (src/components/tools/) stores, routes and frames it; the views only render and dispatch, and
 * all logic is in src/lib/scan.
 */
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import { scanRouter, type ScanRoute } from '../../lib/scan/routes';
import { isSession } from '../../lib/scan/session';
import { scanTool } from '../../lib/scan/tool';
import { format, isolate } from '../../lib/text';
import { ToolShell } from '../tools/ToolShell';
import { useToolIsland } from '../tools/useToolIsland';
import { useLazyModule } from '../tools/useLazyModule';
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
const SESSION_VIEWS = new Set<ScanRoute['view']>(['session', 'present', 'share', 'receive']);
const loadSessionViews = () => import('./SessionViews');

export default function Schoolscan({ catalogue, strings }: SchoolscanProps) {
  const { document, route, actions, shell } = useToolIsland(scanTool, scanRouter, LIST, strings, (at) => ('id' in at ? at.id : undefined));
  const props = { catalogue, strings, actions };
  const { doc } = document;
  const sessionViews = useLazyModule(loadSessionViews, SESSION_VIEWS.has(route.view));

  const scan = 'id' in route ? doc.scans.find((item) => item.id === route.id) : undefined;
  // A scan that is not (or no longer) on this device, or a session view of a scan that is no
  // session (a changed link must not write a team's agreement into an ordinary scan): the list.
  const forSession = route.view === 'session' || route.view === 'present';
  const shown: ScanRoute = ('id' in route && !scan) || (forSession && !(scan && isSession(scan))) ? LIST : route;

  let title: string;
  let view;
  if (scan && shown.view === 'details') {
    title = `${strings.views.details}: ${isolate(scan.title)}`;
    view = <DetailsForm scan={scan} {...props} />;
  } else if (scan && shown.view === 'rate') {
    title = scan.title;
    view = <RatingView scan={scan} {...props} />;
  } else if (scan && shown.view === 'result') {
    title = `${strings.views.result}: ${isolate(scan.title)}`;
    view = <ResultView scan={scan} {...props} />;
  } else if (shown.view === 'receive' || (scan && (shown.view === 'session' || shown.view === 'present' || shown.view === 'share'))) {
    const ss = strings.session;
    title =
      shown.view === 'receive'
        ? ss.receivedHeading
        : shown.view === 'share'
          ? `${ss.sendHeading}: ${isolate(scan!.title)}`
          : format(shown.view === 'present' ? ss.presentHeading : ss.heading, { title: scan!.title });
    const V = sessionViews;
    view = !V ? (
      <p role="status">{strings.session.opening}</p>
    ) : shown.view === 'receive' ? (
      // A new link in the same tab (only the part after "#" changed) is a new view, read anew.
      <V.ReceiveView key={shown.payload} payload={shown.payload} scans={doc.scans} {...props} />
    ) : shown.view === 'share' ? (
      <V.ShareView scan={scan!} {...props} />
    ) : shown.view === 'present' ? (
      <V.PresentView session={scan!} scans={doc.scans} domain={shown.domain} {...props} />
    ) : (
      <V.SessionView session={scan!} scans={doc.scans} {...props} />
    );
  } else if (shown.view === 'session-new') {
    title = strings.session.startLink;
    view = <DetailsForm startsSession {...props} />;
  } else if (shown.view === 'join') {
    title = strings.views.create;
    view = <DetailsForm key={scanRouter.toHash(shown)} invite={shown.invite} {...props} />;
  } else if (shown.view === 'join-broken') {
    title = strings.session.inviteBrokenTitle;
    view = (
      <div class="error-summary" role="alert">
        <p>{strings.session.inviteBroken}</p>
        <p>
          <a href={scanRouter.toHash(LIST)}>{strings.nav.backToList}</a>
        </p>
      </div>
    );
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
    <ToolShell {...shell} view={shown.view} heading={title} editing={Boolean(scan) && shown.view !== 'details'}>
      {view}
    </ToolShell>
  );
}
