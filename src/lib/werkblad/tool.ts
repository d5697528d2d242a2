/**
 * The werkblad as a tool of the kit (src/lib/tools/): its storage key, version, schemas and where
 * its records are. Formats are described in model.ts. The plan's details are not a record: of two
 * tabs, the plan changed last wins.
 *
 * Migrations: version 1 is the first, so there are none yet. When the format changes, raise
 * WERKBLAD_VERSION in model.ts and add `[oldVersion]: (data) => newData` to both lists below.
 */
import type { RecordsOf } from '../tools/records';
import { validatorOf, type ToolSpec } from '../tools/tool';
import {
  emptyWerkbladDocument,
  WERKBLAD_FILE_FORMAT,
  WERKBLAD_VERSION,
  werkbladDocumentSchema,
  werkbladFileSchema,
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

export const werkbladTool: ToolSpec<WerkbladDocument, Worksheet, WerkbladFile> = {
  name: 'werkblad',
  storageKey: WERKBLAD_STORAGE_KEY,
  version: WERKBLAD_VERSION,
  document: {
    empty: emptyWerkbladDocument,
    validate: validatorOf(werkbladDocumentSchema),
    migrations: {},
    records: worksheetRecords,
    mergeRest: (stored, local) => (local.plan.updatedAt >= stored.plan.updatedAt ? local : { ...local, plan: stored.plan }),
  },
  file: {
    format: WERKBLAD_FILE_FORMAT,
    validate: validatorOf(werkbladFileSchema),
    migrations: {},
  },
  oldDataFileName: 'werkblad-oude-gegevens.json',
};
