/**
 * The werkblad as a tool of the kit (src/lib/tools/): its storage key, version, schemas and where
 * its records are. Formats are described in model.ts. The plan's details are not a record: they
 * are stored as the document's "rest", merged field by field like a record.
 *
 * Migrations: version 1 is the first, so there are none yet. When the format changes, raise
 * WERKBLAD_VERSION in model.ts and add `[oldVersion]: (data) => newData` to both lists below.
 */
import { isValidDay } from '../dates';
import type { RecordsOf } from '../tools/records';
import { validatorOf, type Link, type ToolSpec } from '../tools/tool';
import {
  emptyWerkbladDocument,
  WERKBLAD_FILE_FORMAT,
  WERKBLAD_VERSION,
  werkbladDocumentSchema,
  werkbladFileSchema,
  worksheetSchema,
  planSchema,
  type Plan,
  type WerkbladDocument,
  type WerkbladFile,
  type Worksheet,
} from './model';

export const WERKBLAD_STORAGE_KEY = 'welbevinden.werkblad';

export const worksheetRecords: RecordsOf<WerkbladDocument, Worksheet> = {
  items: (doc) => doc.worksheets,
  deleted: (doc) => doc.deleted,
  with: (doc, worksheets, deleted) => ({ ...doc, worksheets, deleted }),
};

/** A worksheet, and the plan, name the scan they come from. */
const toScan: readonly Link[] = [{ field: 'scanId', to: 'schoolscan' }];

export const werkbladTool: ToolSpec<WerkbladDocument, Worksheet, WerkbladFile, Plan> = {
  name: 'werkblad',
  storageKey: WERKBLAD_STORAGE_KEY,
  version: WERKBLAD_VERSION,
  record: {
    validate: validatorOf(worksheetSchema),
    migrations: {},
    texts: (path) => /^(title|answers\/[^/]+|actions\/=[^/]+\/(what|who|when))$/.test(path),
    links: toScan,
  },
  document: {
    empty: emptyWerkbladDocument,
    validate: validatorOf(werkbladDocumentSchema),
    records: worksheetRecords,
    rest: {
      get: (doc) => doc.plan,
      set: (doc, plan) => ({ ...doc, plan }),
      validate: validatorOf(planSchema),
      texts: (path) => path === 'school',
      links: toScan,
    },
  },
  file: {
    format: WERKBLAD_FILE_FORMAT,
    validate: validatorOf(werkbladFileSchema),
    migrations: {},
    records: (file) => file.worksheets,
    rest: (file) => file.plan,
    explain: (data) => {
      const date = (data as { plan?: { date?: unknown } }).plan?.date;
      return typeof date === 'string' && date !== '' && !isValidDay(date) ? { code: 'impossible-date' } : null;
    },
  },
  backup: { records: 'worksheets', rest: 'plan' },
  oldDataFileName: 'werkblad-oude-gegevens.json',
};
