/** The messages of a failed import, naming the file: small, for the views that show them before any file is read. */
import { MAX_IMPORT_LABEL } from '../limits';
import { format, formatSize } from '../text';
import type { Room } from './room';

/** An import problem in Dutch, naming the file: `errors` holds a message per code ({file}, {version}, {ids}, {limit}). */
export function importErrorText<C extends string>(
  errors: Readonly<Record<C, string>>,
  fileName: string,
  error: { code: C; version?: number; ids?: readonly string[] },
): string {
  return format(errors[error.code], {
    file: `‘${fileName}’`,
    version: error.version ?? '',
    ids: error.ids?.join(', ') ?? '',
    limit: MAX_IMPORT_LABEL,
  });
}

/** The import error for records that do not fit in storage, with the room they need and the room there is. */
export function noRoomText(errors: { 'no-room': string }, fileName: string, room: Extract<Room, { fits: false }>): string {
  return format(importErrorText(errors, fileName, { code: 'no-room' }), { needed: formatSize(room.needed), free: formatSize(room.free) });
}
