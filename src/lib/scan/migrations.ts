/**
 * Migrations of the schoolscan's stored document and exported files. Version 1 is the first
 * version, so there are none yet. When the format changes: raise SCAN_VERSION in model.ts and
 * add `[oldVersion]: (data) => newData` here, with a unit test in tests/unit/scan-store.test.ts.
 */
import type { Migrations } from '../store/migrate';

/** Stored document `data` of version n → n + 1. */
export const scanDocumentMigrations: Migrations = {};

/** Exported file (the whole file object) of version n → n + 1. */
export const scanFileMigrations: Migrations = {};
