/**
 * What a tool has stored in a page's localStorage (one entry per record, see
 * src/lib/tools/store.ts), read from the test: the raw entries, to compare byte for byte, and the
 * document they describe, read with the tool's own store as the page reads it.
 */
import type { Page } from 'playwright-core';
import { documentOf, hold, type Holding } from '../../src/lib/tools/document';
import { createRecordStore, REST } from '../../src/lib/tools/store';
import type { StorageLike } from '../../src/lib/tools/storage';
import type { ToolSpec } from '../../src/lib/tools/tool';
import type { SavedRecord } from '../../src/lib/tools/records';

/** Every key the tool owns ("K", "K/<id>", "K/=rest", backups "K.backup.…" too) with its raw value, sorted. */
export async function storedEntries(page: Page, storageKey: string): Promise<[string, string][]> {
  return page.evaluate((prefix) => {
    const entries: [string, string][] = [];
    for (let index = 0; index < localStorage.length; index += 1) {
      const key = localStorage.key(index)!;
      if (key === prefix || key.startsWith(`${prefix}/`)) entries.push([key, localStorage.getItem(key) ?? '']);
    }
    return entries.sort(([a], [b]) => a.localeCompare(b));
  }, storageKey);
}

/** The tool's entries as one text (to compare before and after), or null when it stored nothing. */
export async function storedText(page: Page, storageKey: string): Promise<string | null> {
  const entries = await storedEntries(page, storageKey);
  return entries.length ? JSON.stringify(entries) : null;
}

/** The document the tool's stored entries describe, as the tool would load it. */
export async function storedDocument<D, T extends SavedRecord, F, R>(page: Page, tool: ToolSpec<D, T, F, R>): Promise<D> {
  const entries = new Map(await storedEntries(page, tool.storageKey));
  if (entries.size === 0) throw new Error(`localStorage holds nothing under "${tool.storageKey}"`);
  const keys = [...entries.keys()];
  const storage: StorageLike = {
    getItem: (key) => entries.get(key) ?? null,
    setItem: () => undefined,
    removeItem: () => undefined,
    length: keys.length,
    key: (index) => keys[index] ?? null,
  };
  const { records, rest } = createRecordStore(tool, () => storage).load();
  const holding: Holding<T> = { records: new Map([...records].map(([id, versioned]) => [id, hold<T>(versioned)])), rest };
  return documentOf(tool, holding);
}

export { REST };
