/**
 * What a tool's import makes of a chosen file: "Download alles als één bestand" (a backup of every
 * tool), or the tool's own file. The backup is read by backup.ts with the site's tools, which load
 * only then, so that a page with one tool loads no other tool's code for an ordinary import.
 */
import type { Backup } from './backup';
import { isBackup } from './backup-time';
import { loadTools } from './registry';
import { jsonOf, type JsonInput } from './tools/untrusted-json';

export type ToolImport<R> = { kind: 'backup'; backup: Backup | null } | { kind: 'records'; result: R };

/** A backup when `input` is one and the tool takes backups here; otherwise what `records` reads. */
export async function readBackupOr<R>(
  input: JsonInput,
  backups: boolean,
  records: (json: ReturnType<typeof jsonOf>) => R,
): Promise<ToolImport<R>> {
  const json = jsonOf(input);
  if (backups && isBackup(json)) {
    const [{ readBackup }, tools] = await Promise.all([import('./backup'), loadTools()]);
    return { kind: 'backup', backup: readBackup(tools, json) };
  }
  return { kind: 'records', result: records(json) };
}
