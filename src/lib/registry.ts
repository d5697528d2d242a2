/**
 * The site's tools: the one list the kit goes over where it deals with every tool at once: the
 * backup of all of them (made, read from any tool's import, restored: backup.ts) and the room
 * the site's work takes (StorageNotice, BackupPanel). Every page with a tool loads this list, so
 * it holds only names and storage keys; a tool's spec loads when it is needed, and a page with one
 * tool loads no other tool's code until a backup is made or read.
 *
 * A tool added here is in every backup and every restore, and its room is counted. Its spec must
 * have the same name and storage key (tests/unit/registry.test.ts checks it).
 */
import { bytesInUse } from './tools/room';
import type { StorageLike } from './tools/storage';
import type { AnyToolSpec } from './tools/tool';

export interface RegisteredTool {
  /** As its spec's `name`: its section in a backup. */
  name: string;
  /** As its spec's `storageKey`. */
  storageKey: string;
  spec: () => Promise<AnyToolSpec>;
}

export const siteTools: readonly RegisteredTool[] = [
  {
    name: 'schoolscan',
    storageKey: 'welbevinden.schoolscan',
    spec: async () => (await import('./scan/tool')).scanTool,
  },
  {
    name: 'werkblad',
    storageKey: 'welbevinden.werkblad',
    spec: async () => (await import('./werkblad/tool')).werkbladTool,
  },
];

/** The specs of `tools`, in their order. */
export const loadTools = (tools: readonly RegisteredTool[] = siteTools): Promise<AnyToolSpec[]> =>
  Promise.all(tools.map((tool) => tool.spec()));

/** Bytes the work of `tools` takes in `store`: their entries, and their set-aside copies. */
export const bytesOfTools = (store: StorageLike, tools: readonly RegisteredTool[] = siteTools): number =>
  bytesInUse(
    store,
    tools.map((tool) => tool.storageKey),
  );
