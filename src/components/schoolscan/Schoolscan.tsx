/**
 * The schoolscan island: the scans of this browser, one view at a time. The kit
 * (src/components/tools/) stores, routes and frames it; the views only render and dispatch, and
 * all logic is in src/lib/scan.
 */
import type { SchoolscanStrings } from '../../lib/scan/island-strings';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import { scanRouter, type ScanRoute } from '../../lib/scan/routes';
import { isSession } from '../../lib/scan/invite';
import { scanTool } from '../../lib/scan/tool';
import { format, isolate } from '../../lib/text';
import { ToolShell } from '../tools/ToolShell';
import { useToolIsland } from '../tools/useToolIsland';
import { useLazyModule } from '../tools/useLazyModule';
import { DetailsForm } from './DetailsForm';
import { RatingView } from './RatingView';
import { ResultView } from './ResultView';
import { ScanList } from './ScanList';

export interface SchoolscanProps {
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
}

const LIST: ScanRoute = { view: 'list' };
const SESSION_VIEWS = new Set<ScanRoute['view']>(['session', 'present', 'share', 'receive', 'join']);
const loadSessionViews = () => import('./SessionViews');
// Comparing and the team overview from files are opened by few: they load when opened.
const loadCompare = () => import('./CompareView');
const loadTeam = () => import('./TeamView');

export default function Schoolscan({ catalogue, strings }: SchoolscanProps) {
  const { document, route, actions, shell } = useToolIsland(scanTool, scanRouter, LIST, strings, (at) => ('id' in at ? at.id : undefined));
  const props = { catalogue, strings, actions };
  const { doc } = document;
  const sessionViews = useLazyModule(loadSessionViews, SESSION_VIEWS.has(route.view));
  const compareView = useLazyModule(loadCompare, route.view === 'compare');
  const teamView = useLazyModule(loadTeam, route.view === 'team');

  const scan = 'id' in route ? doc.scans.find((item) => item.id === route.id) : undefined;
  // A scan that is not (or no longer) on this device, or a session view of a scan that is no
  // session (a changed link must not write a team's agreement into an ordinary scan): the list.
  const forSession = route.view === 'session' || route.view === 'present';
  const shown: ScanRoute = ('id' in route && !scan) || (forSession && !(scan && isSession(scan))) ? LIST : route;
  const sessionHere = Boolean(scan?.session && doc.scans.some((item) => item.id === scan.session && isSession(item)));

  let title: string;
  let view;
  if (scan && shown.view === 'details') {
    title = `${strings.views.details}: ${isolate(scan.title)}`;
    view = <DetailsForm scan={scan} {...props} />;
  } else if (scan && shown.view === 'rate') {
    title = scan.title;
    const concern = catalogue.domains.find((domain) => domain.id === shown.concern);
    view = <RatingView scan={scan} sessionHere={sessionHere} concern={concern} {...props} />;
  } else if (scan && shown.view === 'result') {
    title = `${strings.views.result}: ${isolate(scan.title)}`;
    view = <ResultView scan={scan} sessionHere={sessionHere} {...props} />;
  } else if (
    shown.view === 'receive' ||
    shown.view === 'join' ||
    (scan && (shown.view === 'session' || shown.view === 'present' || shown.view === 'share'))
  ) {
    const ss = strings.session;
    title =
      shown.view === 'receive'
        ? ss.receivedHeading
        : shown.view === 'join'
          ? format(ss.joinHeading, { title: shown.invite.title })
          : shown.view === 'share'
            ? `${ss.sendHeading}: ${isolate(scan!.title)}`
            : format(shown.view === 'present' ? ss.presentHeading : ss.heading, { title: scan!.title });
    const V = sessionViews;
    view = !V ? (
      <p role="status">{strings.session.opening}</p>
    ) : shown.view === 'join' ? (
      // A new invitation in the same tab is a new view.
      <V.JoinView key={scanRouter.toHash(shown)} invite={shown.invite} scans={doc.scans} {...props} />
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
    const concern = catalogue.domains.find((domain) => domain.id === shown.concern);
    view = <DetailsForm key={scanRouter.toHash(shown)} concern={concern} {...props} />;
  } else if (shown.view === 'compare') {
    title = strings.views.compare;
    view = compareView ? <compareView.CompareView scans={doc.scans} {...props} /> : <p role="status">{strings.session.opening}</p>;
  } else if (shown.view === 'team') {
    title = strings.views.team;
    view = teamView ? <teamView.TeamView {...props} /> : <p role="status">{strings.session.opening}</p>;
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
