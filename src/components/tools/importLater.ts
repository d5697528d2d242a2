/**
 * FileImport's `onFiles` for a tool that takes one file at a time: its strings, its actions, and
 * what its records are. The code that reads the file and adds or restores what it holds
 * (importFile.ts) loads when a file is chosen: it is no part of a list's first view.
 */
import type { RestoreStrings } from '../../lib/backup';
import type { FileRead, ImportContext, RecordsRead } from './importFile';

export const importOneLater =
  <T, R>(
    strings: Pick<RestoreStrings, 'backup'> & { import: { errors: ImportContext<T>['strings']['errors'] } },
    actions: Omit<ImportContext<T>, 'strings'>,
    records: (result: R) => RecordsRead<T>,
  ) =>
  async ([file]: readonly { name: string; read: FileRead<R> }[]) =>
    (await import('./importFile')).importFile(
      file,
      { strings: { backup: strings.backup, errors: strings.import.errors }, ...actions },
      records,
    );
