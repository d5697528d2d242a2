/**
 * The schoolscan's data: one scan, the document of all scans the views see, and the exported file.
 * Schemas use zod/mini so the browser bundle stays small (the content schemas use astro/zod).
 *
 * Stored: one localStorage entry per scan, "welbevinden.schoolscan/<id>" (the kit's format,
 * src/lib/tools/store.ts and entry.ts). The document the views see:
 *   { "scans": Scan[], "deleted": { [scanId]: ISO time } }
 * Exported file (one scan):
 *   { "format": "welbevinden-schoolscan", "version": 1, "exportedAt": ISO time, "scan": Scan }
 * Version history: 1 is the first. A new version adds a migration in src/lib/scan/tool.ts.
 */
import * as z from 'zod/mini';
import { isValidDay } from '../dates';
import { isRecordId } from '../ids';
import { MAX_NOTE_LENGTH, MAX_TEAM_MEMBERS, MAX_TITLE_LENGTH } from '../limits';
import { schoolTypes, type SchoolType } from '../categories';
import { ratings } from './ratings';

export { schoolTypes };

export const SCAN_VERSION = 1;
export const SCAN_FILE_FORMAT = 'welbevinden-schoolscan';

export const levels = ['school', 'afdeling', 'klas'] as const;
export type Level = (typeof levels)[number];
export type ScanSchoolType = SchoolType;

/** A day that exists, YYYY-MM-DD (not 2026-02-31). */
const isoDate = z.string().check(z.refine(isValidDay));
const isoTime = z.string().check(z.minLength(10), z.maxLength(40));
const note = z.string().check(z.maxLength(MAX_NOTE_LENGTH));

export const domainAnswerSchema = z.object({
  rating: z.nullable(z.enum(ratings)),
  /** "Wat zien we?" */
  seen: note,
  /** "Wat gaat goed?" */
  going: note,
});

export const scanSchema = z.object({
  /** The rule every record id follows (ids.ts), which the routes use too. */
  id: z.string().check(z.refine(isRecordId)),
  title: z.string().check(z.maxLength(MAX_TITLE_LENGTH)),
  level: z.enum(levels),
  schoolType: z.enum(schoolTypes),
  date: isoDate,
  role: z.string().check(z.maxLength(MAX_TITLE_LENGTH)),
  /** One answer per domain id of the domains collection. */
  domains: z.record(z.string().check(z.regex(/^[a-z0-9-]+$/)), domainAnswerSchema),
  /** Intervention type ids the team chose; the werkblad starts from these. */
  chosen: z.array(z.string().check(z.regex(/^[a-z0-9-]+$/))),
  /**
   * A team session (session.ts): on the coordinator's scan its own id; on a member's scan, and on
   * the copies of it the coordinator receives, the id of the coordinator's scan.
   */
  session: z.optional(z.string().check(z.refine(isRecordId))),
  /**
   * On a member's scan in a session: who sent it, the same however often that member opens the
   * invitation or sends the scan, so that every member counts once (session.ts).
   */
  member: z.optional(z.string().check(z.refine(isRecordId))),
  /** On the coordinator's copy of a member's scan: when it came in by link (not set on a scan made on this device). */
  received: z.optional(isoTime),
  /** Set on a scan combined from team members' files. */
  team: z.optional(z.object({ members: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_TEAM_MEMBERS)) })),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const scanDocumentSchema = z.object({
  scans: z.array(scanSchema),
  /** Deleted scan ids with the time of deletion, so another tab does not bring them back. */
  deleted: z.record(z.string(), isoTime),
});

export const scanFileSchema = z.object({
  format: z.literal(SCAN_FILE_FORMAT),
  version: z.number(),
  exportedAt: isoTime,
  scan: scanSchema,
});

export type DomainAnswer = z.infer<typeof domainAnswerSchema>;
export type Scan = z.infer<typeof scanSchema>;
export type ScanDocument = z.infer<typeof scanDocumentSchema>;
export type ScanFile = z.infer<typeof scanFileSchema>;

export const emptyScanDocument = (): ScanDocument => ({ scans: [], deleted: {} });
