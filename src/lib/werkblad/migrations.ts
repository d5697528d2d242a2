/**
 * Migrations of the werkblad's stored document and exported files. Version 1 is the first
 * version, so there are none yet. When the format changes: raise WERKBLAD_VERSION in model.ts
 * and add `[oldVersion]: (data) => newData` here, with a unit test.
 */
import type { Migrations } from '../store/migrate';

/** Stored document `data` of version n → n + 1. */
export const werkbladDocumentMigrations: Migrations = {};

/** Exported file (the whole file object) of version n → n + 1. */
export const werkbladFileMigrations: Migrations = {};
