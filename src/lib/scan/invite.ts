/**
 * A team session's invitation (session.ts has the rest of the session): what its link carries,
 * how the link is written and read, and which scans are a session or a member's. Small, because
 * the tools' routes and first views need it.
 */
import { isRecordId } from '../ids';
import { MAX_TITLE_LENGTH } from '../limits';
import { levels, schoolTypes, type Level, type Scan, type ScanSchoolType } from './model';

/** What the invitation link carries: the session's id and the details every member's scan shares. */
export interface Invite {
  session: string;
  title: string;
  level: Level;
  schoolType: ScanSchoolType;
}

export const isSession = (scan: Scan): boolean => scan.session === scan.id;

/** True for a member's scan in a session (not the session's own scan). */
export const isMemberScan = (scan: Scan): boolean => scan.session !== undefined && scan.session !== scan.id;

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
