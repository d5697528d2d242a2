/**
 * A tool's `onFiles` for FileImport whose code loads when a file is chosen: reading a file and
 * adding or restoring what it holds (importFile.ts) is no part of a list's first view.
 */
import type { importOne } from './importFile';

export const importOneLater =
  <T, R>(...args: Parameters<typeof importOne<T, R>>) =>
  async (files: Parameters<ReturnType<typeof importOne<T, R>>>[0]) =>
    (await import('./importFile')).importOne<T, R>(...args)(files);
