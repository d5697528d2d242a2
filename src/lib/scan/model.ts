/**
 * The schoolscan's data: one scan, the stored document of all scans, and the exported file.
 * The schemas are the tools' own (src/lib/tools/schema.ts), small enough for every first view.
 *
 * Stored document (localStorage "welbevinden.schoolscan", see src/lib/tools/store.ts):
 *   { "version": 1, "data": { "scans": Scan[], "deleted": { [scanId]: ISO time } } }
 * Exported file (one scan):
 *   { "format": "welbevinden-schoolscan", "version": 1, "exportedAt": ISO time, "scan": Scan }
 * Version history: 1 is the first. A new version adds a migration in src/lib/scan/tool.ts.
 */
import { isValidDay } from '../dates';
import { isRecordId } from '../ids';
import { MAX_NOTE_LENGTH, MAX_TEAM_MEMBERS, MAX_TITLE_LENGTH } from '../limits';
import { schoolTypes, type SchoolType } from '../categories';
import { ratings } from './ratings';
import {
  array,
  literal,
  matches,
  maxLength,
  minLength,
  nullable,
  number,
  object,
  oneOf,
  optional,
  record,
  string,
  type Infer,
} from '../tools/schema';

export { schoolTypes };

export const SCAN_VERSION = 1;
export const SCAN_FILE_FORMAT = 'welbevinden-schoolscan';

export const levels = ['school', 'afdeling', 'klas'] as const;
export type Level = (typeof levels)[number];
export type ScanSchoolType = SchoolType;

/** A day that exists, YYYY-MM-DD (not 2026-02-31). */
const isoDate = string(isValidDay);
const isoTime = string(minLength(10), maxLength(40));
const note = string(maxLength(MAX_NOTE_LENGTH));
const slug = string(matches(/^[a-z0-9-]+$/));
const recordId = string(isRecordId);

export const domainAnswerSchema = object({
  rating: nullable(oneOf(ratings)),
  /** "Wat zien we?" */
  seen: note,
  /** "Wat gaat goed?" */
  going: note,
});

export const scanSchema = object({
  /** The rule every record id follows (ids.ts), which the routes use too. */
  id: recordId,
  title: string(maxLength(MAX_TITLE_LENGTH)),
  level: oneOf(levels),
  schoolType: oneOf(schoolTypes),
  date: isoDate,
  role: string(maxLength(MAX_TITLE_LENGTH)),
  /** One answer per domain id of the domains collection. */
  domains: record(slug, domainAnswerSchema),
  /** Intervention type ids the team chose; the werkblad starts from these. */
  chosen: array(slug),
  /**
   * A team session (session.ts): on the coordinator's scan its own id; on a member's scan, and on
   * the copies of it the coordinator receives, the id of the coordinator's scan.
   */
  session: optional(recordId),
  /**
   * On a member's scan in a session: who sent it, the same however often that member opens the
   * invitation or sends the scan, so that every member counts once (session.ts).
   */
  member: optional(recordId),
  /** On the coordinator's copy of a member's scan: when it came in by link (not set on a scan made on this device). */
  received: optional(isoTime),
  /** Set on a scan combined from team members' files. */
  team: optional(object({ members: number({ min: 1, max: MAX_TEAM_MEMBERS }) })),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const scanDocumentSchema = object({
  scans: array(scanSchema),
  /** Deleted scan ids with the time of deletion, so another tab does not bring them back. */
  deleted: record(string(), isoTime),
});

export const scanFileSchema = object({
  format: literal(SCAN_FILE_FORMAT),
  version: number(),
  exportedAt: isoTime,
  scan: scanSchema,
});

export type DomainAnswer = Infer<typeof domainAnswerSchema>;
export type Scan = Infer<typeof scanSchema>;
export type ScanDocument = Infer<typeof scanDocumentSchema>;
export type ScanFile = Infer<typeof scanFileSchema>;

export const emptyScanDocument = (): ScanDocument => ({ scans: [], deleted: {} });
