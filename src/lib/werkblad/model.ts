/**
 * The werkblad's data: worksheets (one per intervention type or named programme), and the
 * details of the plan van aanpak. The schemas are the tools' own (src/lib/tools/schema.ts).
 *
 * Stored: one localStorage entry per worksheet, "welbevinden.werkblad/<id>", and the plan in
 * "welbevinden.werkblad/=rest" (the kit's format, src/lib/tools/store.ts and entry.ts). The
 * document the views see:
 *   { "worksheets": Worksheet[], "deleted": { [id]: ISO time }, "plan": Plan }
 * Exported file (all worksheets):
 *   { "format": "welbevinden-werkblad", "version": 1, "exportedAt": ISO time, "worksheets": Worksheet[], "plan": Plan }
 * Version history: 1 is the first. A new version adds a migration in src/lib/werkblad/tool.ts.
 */
import { isValidDay } from '../dates';
import { isRecordId } from '../ids';
import * as s from '../tools/schema';
import { MAX_ACTION_FIELD, MAX_ACTIONS, MAX_ANSWER_LENGTH, MAX_OWN_PARTNERS, MAX_TITLE_LENGTH } from '../limits';

export const WERKBLAD_VERSION = 1;
export const WERKBLAD_FILE_FORMAT = 'welbevinden-werkblad';

/** Where an intervention stands. */
export const statuses = ['idee', 'gepland', 'loopt', 'geevalueerd'] as const;
export type Status = (typeof statuses)[number];

const slug = s.string(s.matches(/^[a-z0-9-]+$/));
const recordId = s.string(isRecordId);
const isoTime = s.string(s.minLength(10), s.maxLength(40));
const text = (max: number) => s.string(s.maxLength(max));

export const actionSchema = s.object({
  /** An action's id follows the rule of record ids (ids.ts): it is a field name when two tabs merge. */
  id: recordId,
  /** Wat */
  what: text(MAX_ACTION_FIELD),
  /** Wie */
  who: text(MAX_ACTION_FIELD),
  /** Wanneer */
  when: text(MAX_ACTION_FIELD),
});

export const worksheetSchema = s.object({
  /** The rule every record id follows (ids.ts), which the routes use too. */
  id: recordId,
  title: text(MAX_TITLE_LENGTH),
  /** The intervention type of the site this worksheet is about; null for a named programme. */
  typeId: s.nullable(slug),
  /** The scan this worksheet was started from; it may since have been deleted. */
  scanId: s.nullable(s.string(s.maxLength(64))),
  /** Domains of concern in that scan that this type answers, in priority order. */
  domains: s.array(slug),
  /** Answer per question id of the questions collection. */
  answers: s.record(slug, text(MAX_ANSWER_LENGTH)),
  /** Partner ids of the partners collection. */
  partners: s.array(slug),
  /** Partners the school names itself ("Eigen partner toevoegen"); absent in worksheets made before. */
  ownPartners: s.optional(s.array(s.object({ id: recordId, name: text(MAX_TITLE_LENGTH) }), s.maxLength(MAX_OWN_PARTNERS))),
  actions: s.array(actionSchema, s.maxLength(MAX_ACTIONS)),
  status: s.oneOf(statuses),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const planSchema = s.object({
  /** School name for the title page. */
  school: text(MAX_TITLE_LENGTH),
  /** Date on the title page, YYYY-MM-DD, or empty. */
  date: s.string((day) => day === '' || isValidDay(day)),
  /** The scan whose summary the plan shows; null: the scan most worksheets come from. */
  scanId: s.nullable(s.string(s.maxLength(64))),
  updatedAt: isoTime,
});

export const werkbladDocumentSchema = s.object({
  worksheets: s.array(worksheetSchema),
  deleted: s.record(s.string(), isoTime),
  plan: planSchema,
});

export const werkbladFileSchema = s.object({
  format: s.literal(WERKBLAD_FILE_FORMAT),
  version: s.number(),
  exportedAt: isoTime,
  worksheets: s.array(worksheetSchema),
  plan: planSchema,
});

export type Action = s.Infer<typeof actionSchema>;
export type Worksheet = s.Infer<typeof worksheetSchema>;
export type Plan = s.Infer<typeof planSchema>;
export type WerkbladDocument = s.Infer<typeof werkbladDocumentSchema>;
export type WerkbladFile = s.Infer<typeof werkbladFileSchema>;

/** The oldest possible time, so that any real change to the plan is newer. */
export const EPOCH = '1970-01-01T00:00:00.000Z';

export const emptyWerkbladDocument = (): WerkbladDocument => ({
  worksheets: [],
  deleted: {},
  plan: { school: '', date: '', scanId: null, updatedAt: EPOCH },
});
