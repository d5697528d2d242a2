/**
 * The schoolscan as a tool of the kit (src/lib/tools/): its storage key, version, schemas and
 * where its records are. Formats are described in model.ts.
 *
 * Migrations: version 1 is the first, so there are none yet. When the format changes, raise
 * SCAN_VERSION in model.ts and add `[oldVersion]: (data) => newData` to both lists below (a stored
 * record's entry and the file), with a test in tests/unit/tool-store.test.ts.
 */
import { isValidDay } from '../dates';
import { MAX_TEAM_MEMBERS } from '../limits';
import type { RecordsOf } from '../tools/records';
import { validatorOf, type ToolSpec } from '../tools/tool';
import {
  emptyScanDocument,
  SCAN_FILE_FORMAT,
  SCAN_VERSION,
  scanDocumentSchema,
  scanFileSchema,
  scanSchema,
  type Scan,
  type ScanDocument,
  type ScanFile,
} from './model';

export const SCAN_STORAGE_KEY = 'welbevinden.schoolscan';

export const scanRecords: RecordsOf<ScanDocument, Scan> = {
  items: (doc) => doc.scans,
  deleted: (doc) => doc.deleted,
  with: (doc, scans, deleted) => ({ ...doc, scans, deleted }),
};

export const scanTool: ToolSpec<ScanDocument, Scan, ScanFile> = {
  name: 'schoolscan',
  storageKey: SCAN_STORAGE_KEY,
  version: SCAN_VERSION,
  record: {
    validate: validatorOf(scanSchema),
    migrations: {},
    texts: (path) => /^(title|role|domains\/[^/]+\/(seen|going))$/.test(path),
    // A member's scan names its session: the coordinator's scan, whose session is its own id.
    links: [{ field: 'session', to: 'schoolscan' }],
  },
  document: {
    empty: emptyScanDocument,
    validate: validatorOf(scanDocumentSchema),
    records: scanRecords,
  },
  file: {
    format: SCAN_FILE_FORMAT,
    validate: validatorOf(scanFileSchema),
    migrations: {},
    records: (file) => [file.scan],
    explain: (data) => {
      const scan = (data as { scan?: { date?: unknown; team?: { members?: unknown } } }).scan;
      if (typeof scan?.date === 'string' && !isValidDay(scan.date)) return { code: 'impossible-date' };
      const members = scan?.team?.members;
      if (typeof members === 'number' && !(Number.isInteger(members) && members >= 1 && members <= MAX_TEAM_MEMBERS))
        return { code: 'impossible-count' };
      return null;
    },
  },
  backup: { records: 'scans' },
  oldDataFileName: 'schoolscan-oude-gegevens.json',
};
