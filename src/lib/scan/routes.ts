/**
 * Where the schoolscan is, in the address fragment: "#scan/<id>/resultaat". Fragments the scan
 * does not know (the skip link's "#inhoud") are not routes.
 */
import { isRecordId } from '../ids';
import type { HashRouter } from '../tools/router';
import { invitePath, parseInvitePath, type Invite } from './invite';

export type ScanRoute =
  | { view: 'list' }
  /** A new scan; `concern`: the domain of a worry chosen before (the home page, a domain page). */
  | { view: 'create'; concern?: string }
  /** Rating; `concern`: the domain of the worry the scan started from, named above the domains. */
  | { view: 'rate'; id: string; concern?: string }
  | { view: 'details'; id: string }
  | { view: 'result'; id: string }
  | { view: 'compare' }
  | { view: 'team' }
  /** A team session (session.ts): start one, its overview, the presentation, a member's link. */
  | { view: 'session-new' }
  | { view: 'session'; id: string }
  | { view: 'present'; id: string; domain: string | null }
  | { view: 'share'; id: string }
  | { view: 'join'; invite: Invite }
  /** An invitation link that was cut off or changed. */
  | { view: 'join-broken' }
  | { view: 'receive'; payload: string };

export function parseScanRoute(hash: string): ScanRoute | null {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === 'scans') return { view: 'list' };
  if (path === 'nieuw') return { view: 'create' };
  const from = /^nieuw\/([a-z0-9-]+)$/.exec(path);
  if (from) return { view: 'create', concern: from[1]! };
  if (path === 'vergelijken') return { view: 'compare' };
  if (path === 'team') return { view: 'team' };
  if (path === 'sessie/nieuw') return { view: 'session-new' };
  if (path.startsWith('doe-mee/')) {
    const invite = parseInvitePath(path);
    return invite ? { view: 'join', invite } : { view: 'join-broken' };
  }
  if (path.startsWith('lid/')) return { view: 'receive', payload: path.slice('lid/'.length) };
  const session = /^sessie\/([^/]+)(?:\/(bespreken)(?:\/([a-z0-9-]+))?)?$/.exec(path);
  if (session) {
    const sessionId = session[1]!;
    if (!isRecordId(sessionId)) return null;
    return session[2] ? { view: 'present', id: sessionId, domain: session[3] ?? null } : { view: 'session', id: sessionId };
  }
  const match = /^scan\/([^/]+)(?:\/(gegevens|resultaat|delen|van\/([a-z0-9-]+)))?$/.exec(path);
  const id = match?.[1];
  if (!id || !isRecordId(id)) return null;
  if (match[3]) return { view: 'rate', id, concern: match[3] };
  if (match[2] === 'gegevens') return { view: 'details', id };
  if (match[2] === 'delen') return { view: 'share', id };
  if (match[2] === 'resultaat') return { view: 'result', id };
  return { view: 'rate', id };
}

export function scanHash(route: ScanRoute): string {
  switch (route.view) {
    case 'list':
      return '#scans';
    case 'create':
      return route.concern ? `#nieuw/${route.concern}` : '#nieuw';
    case 'compare':
      return '#vergelijken';
    case 'team':
      return '#team';
    case 'rate':
      return route.concern ? `#scan/${route.id}/van/${route.concern}` : `#scan/${route.id}`;
    case 'details':
      return `#scan/${route.id}/gegevens`;
    case 'result':
      return `#scan/${route.id}/resultaat`;
    case 'share':
      return `#scan/${route.id}/delen`;
    case 'session-new':
      return '#sessie/nieuw';
    case 'session':
      return `#sessie/${route.id}`;
    case 'present':
      return `#sessie/${route.id}/bespreken${route.domain ? `/${route.domain}` : ''}`;
    case 'join':
      return `#${invitePath(route.invite)}`;
    case 'join-broken':
      return '#doe-mee/';
    case 'receive':
      return `#lid/${route.payload}`;
  }
}

export const scanRouter: HashRouter<ScanRoute> = { parse: parseScanRoute, toHash: scanHash };
