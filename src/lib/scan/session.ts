/**
 * A team session without files: the coordinator starts a scan that is the session; the invitation
 * link opens a blank scan with its details filled in; members send their scan back as a link
 * (link.ts); the coordinator's device keeps every member's scan as a scan of its own, marked with
 * the session's id, and in the end the team's agreed ratings are saved into the session's scan.
 *
 * Every member counts once: a member's scan carries a member key, made when it is started from
 * the invitation and kept however often that member opens the invitation again (the scan is
 * found again on that device) or sends it (a newer send replaces the older one). The coordinator
 * can rate as a member of her own session the same way.
 */
import type { ScanDomain } from './catalogue';
import type { Scan } from './model';
import { isSession, type Invite } from './invite';
import type { Rating } from './ratings';
import { aggregateTeam, combineTeam, type CombineLabels, type TeamRow } from './team';
import { MAX_TITLE_LENGTH } from '../limits';
import { limitText } from '../text';
import { createScan } from './scan';
import { changedPaths, toFields, type Json } from '../tools/fields';

/** A member's new scan from an invitation: the session's details, today, the member's role, and a new member key. */
export function joinScan(
  invite: Invite,
  role: string,
  domains: readonly ScanDomain[],
  { id, member, now, today }: { id: string; member: string; now: string; today: string },
): Scan {
  const details = {
    title: invite.title,
    level: invite.level,
    schoolType: invite.schoolType,
    date: today,
    role: limitText(role.trim(), MAX_TITLE_LENGTH),
  };
  return { ...createScan(details, domains, id, now), session: invite.session, member };
}

/** Who sent a member's scan: its member key, or (scans sent before members had one) its id. */
export const memberKey = (scan: Scan): string => scan.member ?? scan.id;

/** Of two versions of one member's scan, the later: by its own time of change, the id deciding a tie. */
const later = (a: Scan, b: Scan) => (a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.id > b.id) ? a : b);

/** The members' scans of a session on this device: one per member, the newest, in the order they first came in. */
export function sessionMembers(scans: readonly Scan[], sessionId: string): Scan[] {
  const byMember = new Map<string, Scan>();
  for (const scan of scans) {
    if (scan.session !== sessionId || scan.id === sessionId) continue;
    const key = memberKey(scan);
    const current = byMember.get(key);
    byMember.set(key, current ? later(scan, current) : scan);
  }
  return [...byMember.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The scan this device started from a session's invitation, if any: to go on with it instead of starting again. */
export function ownMemberScan(scans: readonly Scan[], sessionId: string): Scan | undefined {
  return sessionMembers(
    scans.filter((scan) => scan.member !== undefined && scan.received === undefined),
    sessionId,
  ).at(-1);
}

/** The sessions on this device a loose member's scan can be added to, newest first. */
export function sessionsOn(scans: readonly Scan[]): Scan[] {
  return scans.filter(isSession).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export type Received =
  /** Stored as it came (its id was free here). */
  | { kind: 'added'; scan: Scan }
  /** A newer send of a member already here: it replaces the older one, under the same id. */
  | { kind: 'updated'; scan: Scan }
  /** An older send of a member whose newer scan is here: nothing changes. */
  | { kind: 'older'; scan: Scan }
  /** Its id was taken by another scan: stored as a copy under a new id, nothing overwritten. */
  | { kind: 'copied'; scan: Scan }
  /** This very scan is already here: nothing to do. */
  | { kind: 'known'; scan: Scan };

/** The same scan, whatever the order of its keys and when it was received. */
const sameScan = (a: Scan, b: Scan) => {
  const content = ({ received: _received, ...scan }: Scan) => toFields(scan as Json);
  return changedPaths(content(a), content(b)).length === 0;
};

/**
 * How a member's scan from a link is kept (`now`: the time it came in): one per member of a
 * session, the newest, and never over another scan. A copy that came in by link says so
 * (`received`); a member's own scan opened from its own link stays its own.
 */
export function receiveScan(stored: readonly Scan[], scan: Scan, freshId: string, now: string): Received {
  const { received: _received, ...sent } = scan;
  if (sent.member !== undefined && sent.session !== undefined) {
    const here = sessionMembers(stored, sent.session).find((item) => memberKey(item) === sent.member);
    if (here) {
      const incoming: Scan = { ...sent, id: here.id, ...(here.received === undefined ? {} : { received: now }) };
      if (sameScan(here, incoming)) return { kind: 'known', scan: here };
      return later(incoming, here) === incoming ? { kind: 'updated', scan: incoming } : { kind: 'older', scan: here };
    }
  }
  const same = stored.find((item) => item.id === sent.id);
  if (same && sameScan(same, sent)) return { kind: 'known', scan: same };
  return same ? { kind: 'copied', scan: { ...sent, id: freshId, received: now } } : { kind: 'added', scan: { ...sent, received: now } };
}

/** The domains in the order a team discusses them: those where members differ most first, then the rest in their own order. */
export function discussionOrder(rows: readonly TeamRow[]): TeamRow[] {
  return [...rows.filter((row) => row.discuss), ...rows.filter((row) => !row.discuss)];
}

/**
 * The session's scan with the team's agreement: per domain the rating the team agreed on (or, where
 * it agreed on none, the most common), every member's notes signed as in a team overview, and the
 * number of members.
 */
export function agreedScan(
  session: Scan,
  members: readonly Scan[],
  agreed: Readonly<Record<string, Rating | null>>,
  domains: readonly ScanDomain[],
  now: string,
  labels: CombineLabels,
): Scan {
  if (!members.length) return session;
  const combined = combineTeam(members, domains, { id: session.id, now, title: session.title, labels });
  const rows = aggregateTeam(members, domains);
  const answers = Object.fromEntries(
    rows.map((row) => [row.domain.id, { ...combined.domains[row.domain.id]!, rating: agreed[row.domain.id] ?? row.mostCommon }]),
  );
  return { ...session, domains: answers, team: { members: members.length }, updatedAt: now };
}
