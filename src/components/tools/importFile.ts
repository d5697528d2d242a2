/**
 * One file chosen in a tool's "Toevoegen uit een bestand": the tool's own file, added as new
 * records when they all fit; or "Download alles als één bestand", whose records and plan go
 * straight into both tools' storage (src/lib/backup.ts, loaded only then), after which the open
 * tool reads storage again.
 */
import type { RestoreStrings } from '../../lib/backup';
import { isBackupText } from '../../lib/backup-time';
import { importErrorText, noRoomText } from '../../lib/tools/exchange';
import type { ImportOutcome, ReadFile } from './FileImport';
import type { Added } from './useToolDocument';

/** What a tool's import needs: its strings, and the island's actions. */
export interface ImportContext<T> {
  /** The backup's strings, and the tool's import errors: one message per code its reading gives. */
  strings: RestoreStrings & { errors: Readonly<Record<string, string>> };
  add: (records: readonly T[], announcement: string) => Promise<Added<T>>;
  reload: () => void;
  announce: (text: string) => void;
}

/** A tool's reading of its own file: the records and what to announce, or the error's code (and its details). */
export type ReadResult<T> =
  { ok: true; records: T[]; announcement: string } | { ok: false; error: { code: string; version?: number; ids?: readonly string[] } };

export async function importFile<T>(
  file: ReadFile | undefined,
  context: ImportContext<T>,
  read: (text: string) => ReadResult<T>,
): Promise<ImportOutcome> {
  if (!file) return { errors: [] };
  const { strings } = context;
  if (isBackupText(file.text)) {
    const outcome = (await import('../../lib/backup')).restoreFile(file.name, file.text, strings);
    if (outcome.changed) context.reload();
    if (outcome.done) context.announce(outcome.done);
    return outcome;
  }
  const result = read(file.text);
  if (!result.ok) return { errors: [importErrorText(strings.errors, file.name, result.error)] };
  const added = await context.add(result.records, result.announcement);
  return { errors: added.ok ? [] : [noRoomText(strings.errors, file.name, added.room)] };
}
