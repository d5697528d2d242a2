/**
 * A team session without files (issue 17): the coordinator starts a scan that is the session; the
 * invitation link opens a blank scan with its details filled in; members send their scan back as
 * a link (link.ts); the coordinator's device keeps every member's scan as a scan of its own, marked
 * with the session's id, and in the end the team's agreed ratings are saved into the session's scan.
 */
import type { ScanDomain } from './catalogue';
import { isRecordId } from '../ids';
import { levels, schoolTypes, type Level, type Scan, type ScanSchoolType } from './model';
import type { Rating } from './ratings';
import { aggregateTeam, combineTeam, type CombineLabels, type TeamRow } from './team';
import { MAX_TITLE_LENGTH } from '../limits';

/** What the invitation link carries: the session's id and the details every member's scan shares. */
export interface Invite {
  session: string;
  title: string;
  level: Level;
  schoolType: ScanSchoolType;
}

export const isSession = (scan: Scan): boolean => scan.session === scan.id;

/** The invitation of a session scan. */
export function inviteOf(scan: Scan): Invite {
  return { session: scan.id, title: scan.title, level: scan.level, schoolType: scan.schoolType };
}

/** "doe-mee/<session>/<level>/<school type>/<title>": the hash path of an invitation. */
export function invitePath(invite: Invite): string {
  return `doe-mee/${invite.session}/${invite.level}/${invite.schoolType}/${encodeURIComponent(invite.title)}`;
}

/** Reads an invitation's hash path; null when it is not one (or was changed into something else). */
export function parseInvitePath(path: string): Invite | null {
  const match = /^doe-mee\/([^/]+)\/([^/]+)\/([^/]+)\/([^/]*)$/.exec(path);
  if (!match) return null;
  const [, session, level, schoolType, rawTitle] = match;
  if (!isRecordId(session!) || !(levels as readonly string[]).includes(level!) || !(schoolTypes as readonly string[]).includes(schoolType!))
    return null;
  let title: string;
  try {
    title = decodeURIComponent(rawTitle!);
  } catch {
    return null;
  }
  if (title.length > MAX_TITLE_LENGTH) return null;
  return { session: session!, title, level: level as Level, schoolType: schoolType as ScanSchoolType };
}

/** The members' scans of a session on this device, oldest first. */
export function sessionMembers(scans: readonly Scan[], sessionId: string): Scan[] {
  return scans.filter((scan) => scan.session === sessionId && scan.id !== sessionId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export type Received =
  /** Stored as it came (its id was free here). */
  | { kind: 'added'; scan: Scan }
  /** Its id was taken by another scan: stored as a copy under a new id, nothing overwritten. */
  | { kind: 'copied'; scan: Scan }
  /** This very scan is already here: nothing to do. */
  | { kind: 'known'; scan: Scan };

/** How a member's scan from a link is kept: never over a stored scan. */
export function receiveScan(stored: readonly Scan[], scan: Scan, freshId: string): Received {
  const same = stored.find((item) => item.id === scan.id);
  if (!same) return { kind: 'added', scan };
  if (JSON.stringify(same) === JSON.stringify(scan)) return { kind: 'known', scan: same };
  return { kind: 'copied', scan: { ...scan, id: freshId } };
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
