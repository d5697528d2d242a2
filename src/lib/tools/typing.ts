/**
 * Two people typing in one text at the same moment (two tabs, or a tab whose view had not yet
 * shown the other's last keystroke): each changed one stretch of the text they started from.
 */

/**
 * The text with both changes (`base` → `mine`, `base` → `theirs`) when their stretches do not
 * overlap, the other's insertion first where both insert at one place (two people who type the
 * same letter at one moment typed it twice); null when they overlap.
 */
export function mergeTexts(base: string, mine: string, theirs: string): string | null {
  if (mine === base) return theirs;
  if (theirs === base) return mine;
  const a = splice(base, mine);
  const b = splice(base, theirs);
  if (a.at === b.at) {
    if (a.removed > 0 && b.removed > 0) return null;
    return base.slice(0, a.at) + b.inserted + a.inserted + base.slice(a.at + a.removed + b.removed);
  }
  const [earlier, later] = a.at < b.at ? [a, b] : [b, a];
  if (earlier.at + earlier.removed > later.at) return null;
  const afterLater = base.slice(0, later.at) + later.inserted + base.slice(later.at + later.removed);
  return afterLater.slice(0, earlier.at) + earlier.inserted + afterLater.slice(earlier.at + earlier.removed);
}

/** The one stretch of `base` that `text` changed: where, how many characters went, what came. */
function splice(base: string, text: string): { at: number; removed: number; inserted: string } {
  let start = 0;
  const shortest = Math.min(base.length, text.length);
  while (start < shortest && base[start] === text[start]) start += 1;
  let end = 0;
  while (end < shortest - start && base[base.length - 1 - end] === text[text.length - 1 - end]) end += 1;
  return { at: start, removed: base.length - start - end, inserted: text.slice(start, text.length - end) };
}

/** True when `text` holds every character of `part`, in order: nothing of `part` was lost. */
export function keeps(text: unknown, part: string): boolean {
  if (typeof text !== 'string') return false;
  // By UTF-16 units, as `part` is indexed: a character outside the BMP is two units in both.
  let at = 0;
  for (let index = 0; index < text.length && at < part.length; index += 1) if (text[index] === part[at]) at += 1;
  return at === part.length;
}
