/**
 * One file chosen in a tool's "Toevoegen uit een bestand", as the tool's reader read it
 * (FileImport): the tool's own file, added as new records when they all fit; or "Download alles
 * als één bestand", whose records and plan go straight into both tools' storage
 * (src/lib/backup.ts, loaded only then), after which the open tool reads storage again.
 */
import type { RestoreStrings } from '../../lib/backup';
import type { ToolImport } from '../../lib/backup-or-records';
import { loadTools } from '../../lib/registry';
import { importErrorText, noRoomText } from '../../lib/tools/import-errors';
import type { ImportOutcome } from './ImportFrame';
import type { Added } from './useToolDocument';

/** What a tool's import needs: its strings, and the island's actions. */
export interface ImportContext<T> {
  /** The backup's strings, and the tool's import errors: one message per code its reading gives. */
  strings: RestoreStrings & { errors: Readonly<Record<string, string>> };
  add: (records: readonly T[], announcement: string) => Promise<Added<T>>;
  reload: () => void;
  announce: (text: string) => void;
}

/** A tool's records from its own file, and what to announce; or the error's code (and its details). */
export type RecordsRead<T> =
  { ok: true; records: T[]; announcement: string } | { ok: false; error: { code: string; version?: number; ids?: readonly string[] } };

/** What a tool's reader made of a file: a backup of every tool, or the tool's own file. */
export type FileRead<R> = ToolImport<R>;

export async function importFile<T, R>(
  file: { name: string; read: FileRead<R> } | undefined,
  context: ImportContext<T>,
  records: (result: R) => RecordsRead<T>,
): Promise<ImportOutcome> {
  if (!file) return { errors: [] };
  const { strings } = context;
  const { read } = file;
  if (read.kind === 'backup') {
    const [{ restoreFile }, tools] = await Promise.all([import('../../lib/backup'), loadTools()]);
    const outcome = restoreFile(tools, file.name, read.backup, strings);
    if (outcome.changed) context.reload();
    if (outcome.done) context.announce(outcome.done);
    return outcome;
  }
  const result = records(read.result);
  if (!result.ok) return { errors: [importErrorText(strings.errors, file.name, result.error)] };
  const added = await context.add(result.records, result.announcement);
  return { errors: added.ok ? [] : [noRoomText(strings.errors, file.name, added.room)] };
}
