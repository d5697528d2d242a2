/**
 * The schoolscan's data: one scan, the document of all scans the views see, and the exported file.
 * The schemas are the tools' own (src/lib/tools/schema.ts), small enough for every first view.
 *
 * Stored: one localStorage entry per scan, "welbevinden.schoolscan/<id>" (the kit's format,
 * src/lib/tools/store.ts and entry.ts). The document the views see:
 *   { "scans": Scan[], "deleted": { [scanId]: ISO time } }
 * Exported file (one scan):
 *   { "format": "welbevinden-schoolscan", "version": 1, "exportedAt": ISO time, "scan": Scan }
 * Version history: 1 is the first. A new version adds a migration in src/lib/scan/tool.ts.
 */
import { isValidDay } from '../dates';
import { isRecordId } from '../ids';
import { MAX_NOTE_LENGTH, MAX_TEAM_MEMBERS, MAX_TITLE_LENGTH } from '../limits';
import { schoolTypes, type SchoolType } from '../categories';
import { ratings } from './ratings';
import * as s from '../tools/schema';

export { schoolTypes };

export const SCAN_VERSION = 1;
export const SCAN_FILE_FORMAT = 'welbevinden-schoolscan';

export const levels = ['school', 'afdeling', 'klas'] as const;
export type Level = (typeof levels)[number];
export type ScanSchoolType = SchoolType;

/** A day that exists, YYYY-MM-DD (not 2026-02-31). */
const isoDate = s.string(isValidDay);
const isoTime = s.string(s.minLength(10), s.maxLength(40));
const note = s.string(s.maxLength(MAX_NOTE_LENGTH));
const slug = s.string(s.matches(/^[a-z0-9-]+$/));
const recordId = s.string(isRecordId);

export const domainAnswerSchema = s.object({
  rating: s.nullable(s.oneOf(ratings)),
  /** "Wat zien we?" */
  seen: note,
  /** "Wat gaat goed?" */
  going: note,
});

export const scanSchema = s.object({
  /** The rule every record id follows (ids.ts), which the routes use too. */
  id: recordId,
  title: s.string(s.maxLength(MAX_TITLE_LENGTH)),
  level: s.oneOf(levels),
  schoolType: s.oneOf(schoolTypes),
  date: isoDate,
  role: s.string(s.maxLength(MAX_TITLE_LENGTH)),
  /** One answer per domain id of the domains collection. */
  domains: s.record(slug, domainAnswerSchema),
  /** Intervention type ids the team chose; the werkblad starts from these. */
  chosen: s.array(slug),
  /**
   * A team session (session.ts): on the coordinator's scan its own id; on a member's scan, and on
   * the copies of it the coordinator receives, the id of the coordinator's scan.
   */
  session: s.optional(recordId),
  /**
   * On a member's scan in a session: who sent it, the same however often that member opens the
   * invitation or sends the scan, so that every member counts once (session.ts).
   */
  member: s.optional(recordId),
  /** On the coordinator's copy of a member's scan: when it came in by link (not set on a scan made on this device). */
  received: s.optional(isoTime),
  /** Set on a scan combined from team members' files. */
  team: s.optional(s.object({ members: s.number({ min: 1, max: MAX_TEAM_MEMBERS }) })),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const scanDocumentSchema = s.object({
  scans: s.array(scanSchema),
  /** Deleted scan ids with the time of deletion, so another tab does not bring them back. */
  deleted: s.record(s.string(), isoTime),
});

export const scanFileSchema = s.object({
  format: s.literal(SCAN_FILE_FORMAT),
  version: s.number(),
  exportedAt: isoTime,
  scan: scanSchema,
});

export type DomainAnswer = s.Infer<typeof domainAnswerSchema>;
export type Scan = s.Infer<typeof scanSchema>;
export type ScanDocument = s.Infer<typeof scanDocumentSchema>;
export type ScanFile = s.Infer<typeof scanFileSchema>;

export const emptyScanDocument = (): ScanDocument => ({ scans: [], deleted: {} });
