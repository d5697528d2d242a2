/**
 * The werkblad's data: worksheets (one per intervention type or named programme), and the
 * details of the plan van aanpak. Schemas use zod/mini, as the schoolscan's do.
 *
 * Stored: one localStorage entry per worksheet, "welbevinden.werkblad/<id>", and the plan in
 * "welbevinden.werkblad/=rest" (the kit's format, src/lib/tools/store.ts and entry.ts). The
 * document the views see:
 *   { "worksheets": Worksheet[], "deleted": { [id]: ISO time }, "plan": Plan }
 * Exported file (all worksheets):
 *   { "format": "welbevinden-werkblad", "version": 1, "exportedAt": ISO time, "worksheets": Worksheet[], "plan": Plan }
 * Version history: 1 is the first. A new version adds a migration in src/lib/werkblad/tool.ts.
 */
import * as z from 'zod/mini';
import { isValidDay } from '../dates';
import { isRecordId } from '../ids';
import { MAX_ACTION_FIELD, MAX_ACTIONS, MAX_ANSWER_LENGTH, MAX_OWN_PARTNERS, MAX_TITLE_LENGTH } from '../limits';

export const WERKBLAD_VERSION = 1;
export const WERKBLAD_FILE_FORMAT = 'welbevinden-werkblad';

/** Where an intervention stands. */
export const statuses = ['idee', 'gepland', 'loopt', 'geevalueerd'] as const;
export type Status = (typeof statuses)[number];

const slug = z.string().check(z.regex(/^[a-z0-9-]+$/));
const isoTime = z.string().check(z.minLength(10), z.maxLength(40));
const text = (max: number) => z.string().check(z.maxLength(max));

export const actionSchema = z.object({
  /** An action's id follows the rule of record ids (ids.ts): it is a field name when two tabs merge. */
  id: z.string().check(z.refine(isRecordId)),
  /** Wat */
  what: text(MAX_ACTION_FIELD),
  /** Wie */
  who: text(MAX_ACTION_FIELD),
  /** Wanneer */
  when: text(MAX_ACTION_FIELD),
});

export const worksheetSchema = z.object({
  /** The rule every record id follows (ids.ts), which the routes use too. */
  id: z.string().check(z.refine(isRecordId)),
  title: text(MAX_TITLE_LENGTH),
  /** The intervention type of the site this worksheet is about; null for a named programme. */
  typeId: z.nullable(slug),
  /** The scan this worksheet was started from; it may since have been deleted. */
  scanId: z.nullable(z.string().check(z.maxLength(64))),
  /** Domains of concern in that scan that this type answers, in priority order. */
  domains: z.array(slug),
  /** Answer per question id of the questions collection. */
  answers: z.record(slug, text(MAX_ANSWER_LENGTH)),
  /** Partner ids of the partners collection. */
  partners: z.array(slug),
  /** Partners the school names itself ("Eigen partner toevoegen"); absent in worksheets made before. */
  ownPartners: z.optional(
    z.array(z.object({ id: z.string().check(z.refine(isRecordId)), name: text(MAX_TITLE_LENGTH) })).check(z.maxLength(MAX_OWN_PARTNERS)),
  ),
  actions: z.array(actionSchema).check(z.maxLength(MAX_ACTIONS)),
  status: z.enum(statuses),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const planSchema = z.object({
  /** School name for the title page. */
  school: text(MAX_TITLE_LENGTH),
  /** Date on the title page, YYYY-MM-DD, or empty. */
  date: z.string().check(z.refine((day) => day === '' || isValidDay(day))),
  /** The scan whose summary the plan shows; null: the scan most worksheets come from. */
  scanId: z.nullable(z.string().check(z.maxLength(64))),
  updatedAt: isoTime,
});

export const werkbladDocumentSchema = z.object({
  worksheets: z.array(worksheetSchema),
  deleted: z.record(z.string(), isoTime),
  plan: planSchema,
});

export const werkbladFileSchema = z.object({
  format: z.literal(WERKBLAD_FILE_FORMAT),
  version: z.number(),
  exportedAt: isoTime,
  worksheets: z.array(worksheetSchema),
  plan: planSchema,
});

export type Action = z.infer<typeof actionSchema>;
export type Worksheet = z.infer<typeof worksheetSchema>;
export type Plan = z.infer<typeof planSchema>;
export type WerkbladDocument = z.infer<typeof werkbladDocumentSchema>;
export type WerkbladFile = z.infer<typeof werkbladFileSchema>;

/** The oldest possible time, so that any real change to the plan is newer. */
export const EPOCH = '1970-01-01T00:00:00.000Z';

export const emptyWerkbladDocument = (): WerkbladDocument => ({
  worksheets: [],
  deleted: {},
  plan: { school: '', date: '', scanId: null, updatedAt: EPOCH },
});
