/**
 * The team session on the projector (PresentView): what a key does there, and which notes are
 * shown folded so that the counts and the team's decision stay on the screen.
 */

export type PresentMove = 'previous' | 'next' | 'first' | 'last' | 'leave';

/** A key press in the presentation, with what has focus. */
export interface PresentKey {
  key: string;
  /** Alt, Ctrl, Meta or Shift held: a shortcut of the browser or the system, or selecting text. */
  modified: boolean;
  /** Focus is in a text field or a list box, where these keys move the caret or the choice. */
  inField: boolean;
  /** Focus is on a radio button: the arrow keys choose the next or previous answer. */
  onRadio: boolean;
  /** The browser is in full screen: it leaves full screen on Escape itself. */
  fullScreen: boolean;
}

/** The move a key asks for, or null when the key is the browser's or the focused control's. */
export function presentMove({ key, modified, inField, onRadio, fullScreen }: PresentKey): PresentMove | null {
  if (modified || inField) return null;
  switch (key) {
    case 'ArrowLeft':
      return onRadio ? null : 'previous';
    case 'ArrowRight':
      return onRadio ? null : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return fullScreen ? null : 'leave';
    default:
      return null;
  }
}

/** The domain a move leads to, by its index in the order of discussion; null at either end or to leave. */
export function presentTarget(move: Exclude<PresentMove, 'leave'>, index: number, count: number): number | null {
  const to = move === 'first' ? 0 : move === 'last' ? count - 1 : move === 'next' ? index + 1 : index - 1;
  return to >= 0 && to < count && to !== index ? to : null;
}

/**
 * A note longer than this, or of more lines, is folded to its first three lines with "Lees verder":
 * at the presentation's type, which grows with the screen's width, a line holds about 60 characters.
 */
export const FOLD_CHARACTERS = 180;
export const FOLD_LINES = 3;

export function isLongNote(text: string): boolean {
  return text.length > FOLD_CHARACTERS || text.split('\n').length > FOLD_LINES;
}
