/** What a view of a tool can ask its island to do. Each tool adds its own (src/components/<tool>/actions.ts). */
import type { RecordOperations, TitledRecord } from './useToolDocument';

export interface ToolActions<T extends TitledRecord, R> extends RecordOperations<T> {
  go: (route: R) => void;
  /** Reads storage again, after a restore wrote to it. */
  reload: () => void;
}

/** The kit's actions, from a tool's document and router. */
export function toolActions<T extends TitledRecord, R>(
  operations: RecordOperations<T> & { reload: () => void },
  go: (route: R) => void,
): ToolActions<T, R> {
  const { put, add, remove, restore, announce, reload } = operations;
  return { go, put, add, remove, restore, announce, reload };
}
