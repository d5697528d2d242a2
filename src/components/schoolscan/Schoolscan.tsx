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
import { useEffect } from 'preact/hooks';
import { Opening, ToolShell } from '../tools/ToolShell';
import { useToolIsland } from '../tools/useToolIsland';
import { prefetch, useLazyModule, usePrefetchOnIntent } from '../tools/useLazyModule';
import { withStylesheet } from '../tools/withStylesheet';
import { ScanList } from './ScanList';
// The session's and the presentation's styles load with their views (withStylesheet.ts).
import sessionCss from './session.css?url';
import presentCss from './present.css?url';

export interface SchoolscanProps {
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
}

const LIST: ScanRoute = { view: 'list' };
// The list is the first view; every other view loads when it is first opened (or on intent).
const loadDetails = () => import('./DetailsForm');
const loadRating = () => import('./RatingView');
const loadResult = () => import('./ResultView');
const loadSessionViews = () => withStylesheet(sessionCss, () => import('./SessionViews'));
// The coordinator's session view shows the team overview too: a chunk of its own, which the
// members' views (join, share, receive) do not load. Both load at once, and the view shows when
// both are there.
const loadSessionView = () =>
  Promise.all([loadSessionViews(), import('./TeamOverview')]).then(([{ SessionView }, { TeamOverview }]) => ({
    SessionView,
    TeamOverview,
  }));
// The presentation is its own chunk: the other session views do not need its code, nor it theirs.
const loadPresent = () => withStylesheet(presentCss, () => import('./PresentView'));
const loadCompare = () => import('./CompareView');
const loadTeam = () => import('./TeamView');
const loaders: Partial<Record<ScanRoute['view'], () => Promise<unknown>>> = {
  create: loadDetails,
  details: loadDetails,
  'session-new': loadDetails,
  rate: loadRating,
  result: loadResult,
  compare: loadCompare,
  team: loadTeam,
  session: loadSessionView,
  present: loadPresent,
  share: loadSessionViews,
  receive: loadSessionViews,
  join: loadSessionViews,
};
/** The step after a view, fetched while the reader is on it: the form leads to rating, rating to the result. */
const nextStep: Partial<Record<ScanRoute['view'], () => Promise<unknown>>> = {
  create: loadRating,
  details: loadRating,
  'session-new': loadRating,
  rate: loadResult,
};
const loaderFor = (route: ScanRoute) => loaders[route.view];

export default function Schoolscan({ catalogue, strings }: SchoolscanProps) {
  const { document, route, actions, shell } = useToolIsland(scanTool, scanRouter, LIST, strings, (at) => ('id' in at ? at.id : undefined));
  const props = { catalogue, strings, actions };
  const { doc } = document;
  const scan = 'id' in route ? doc.scans.find((item) => item.id === route.id) : undefined;
  // A scan that is not (or no longer) on this device, or a session view of a scan that is no
  // session (a changed link must not write a team's agreement into an ordinary scan): the list.
  const forSession = route.view === 'session' || route.view === 'present';
  const shown: ScanRoute = ('id' in route && !scan) || (forSession && !(scan && isSession(scan))) ? LIST : route;
  const sessionHere = Boolean(scan?.session && doc.scans.some((item) => item.id === scan.session && isSession(item)));
  const wanted = loaders[shown.view];
  const detailsForm = useLazyModule(loadDetails, wanted === loadDetails);
  const ratingView = useLazyModule(loadRating, wanted === loadRating);
  const resultView = useLazyModule(loadResult, wanted === loadResult);
  const sessionViews = useLazyModule(loadSessionViews, wanted === loadSessionViews);
  const sessionView = useLazyModule(loadSessionView, wanted === loadSessionView);
  const presentView = useLazyModule(loadPresent, wanted === loadPresent);
  const compareView = useLazyModule(loadCompare, wanted === loadCompare);
  const teamView = useLazyModule(loadTeam, wanted === loadTeam);
  usePrefetchOnIntent(scanRouter, loaderFor);
  useEffect(() => prefetch(nextStep[shown.view]), [shown.view]);
  const opening = wanted && <Opening load={wanted} strings={strings} />;

  let title: string;
  let view;
  if (scan && shown.view === 'details') {
    title = `${strings.views.details}: ${isolate(scan.title)}`;
    view = detailsForm ? <detailsForm.DetailsForm scan={scan} {...props} /> : opening;
  } else if (scan && shown.view === 'rate') {
    title = scan.title;
    const concern = catalogue.domains.find((domain) => domain.id === shown.concern);
    view = ratingView ? <ratingView.RatingView scan={scan} sessionHere={sessionHere} concern={concern} {...props} /> : opening;
  } else if (scan && shown.view === 'result') {
    title = `${strings.views.result}: ${isolate(scan.title)}`;
    view = resultView ? <resultView.ResultView scan={scan} sessionHere={sessionHere} {...props} /> : opening;
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
    view =
      shown.view === 'present' ? (
        presentView ? (
          <presentView.PresentView session={scan!} scans={doc.scans} domain={shown.domain} {...props} />
        ) : (
          opening
        )
      ) : shown.view === 'session' ? (
        sessionView ? (
          <sessionView.SessionView session={scan!} scans={doc.scans} Overview={sessionView.TeamOverview} {...props} />
        ) : (
          opening
        )
      ) : !V ? (
        opening
      ) : shown.view === 'join' ? (
        // A new invitation in the same tab is a new view.
        <V.JoinView key={scanRouter.toHash(shown)} invite={shown.invite} scans={doc.scans} {...props} />
      ) : shown.view === 'receive' ? (
        // A new link in the same tab (only the part after "#" changed) is a new view, read anew.
        <V.ReceiveView key={shown.payload} payload={shown.payload} scans={doc.scans} {...props} />
      ) : (
        <V.ShareView scan={scan!} {...props} />
      );
  } else if (shown.view === 'session-new') {
    title = strings.session.startLink;
    view = detailsForm ? <detailsForm.DetailsForm startsSession {...props} /> : opening;
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
    view = detailsForm ? <detailsForm.DetailsForm key={scanRouter.toHash(shown)} concern={concern} {...props} /> : opening;
  } else if (shown.view === 'compare') {
    title = strings.views.compare;
    view = compareView ? <compareView.CompareView scans={doc.scans} {...props} /> : opening;
  } else if (shown.view === 'team') {
    title = strings.views.team;
    view = teamView ? <teamView.TeamView {...props} /> : opening;
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
