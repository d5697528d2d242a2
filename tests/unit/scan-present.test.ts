import { describe, expect, it } from 'vitest';
import { FOLD_CHARACTERS, isLongNote, presentMove, presentTarget, type PresentKey } from '../../src/lib/scan/present';

const press = (key: string, focus: Partial<PresentKey> = {}): PresentKey => ({
  key,
  modified: false,
  inField: false,
  onRadio: false,
  fullScreen: false,
  ...focus,
});

describe('presentMove', () => {
  it('moves with the arrow keys, Home and End, and leaves with Escape', () => {
    const moves = ['ArrowLeft', 'ArrowRight', 'Home', 'End', 'Escape'].map((key) => presentMove(press(key)));

    expect(moves).toEqual(['previous', 'next', 'first', 'last', 'leave']);
  });

  it('leaves the arrow keys to a radio button, where they choose the answer, but still takes Home, End and Escape', () => {
    const moves = ['ArrowLeft', 'ArrowRight', 'Home', 'End', 'Escape'].map((key) => presentMove(press(key, { onRadio: true })));

    expect(moves).toEqual([null, null, 'first', 'last', 'leave']);
  });

  it('takes no key while typing in a field', () => {
    const moves = ['ArrowLeft', 'ArrowRight', 'Home', 'End', 'Escape'].map((key) => presentMove(press(key, { inField: true })));

    expect(moves).toEqual([null, null, null, null, null]);
  });

  it('takes no key with a modifier held (the browser’s shortcuts, selecting text)', () => {
    expect(presentMove(press('ArrowLeft', { modified: true }))).toBeNull();
    expect(presentMove(press('Home', { modified: true }))).toBeNull();
  });

  it('leaves Escape to the browser in full screen, which leaves full screen first', () => {
    expect(presentMove(press('Escape', { fullScreen: true }))).toBeNull();
    expect(presentMove(press('ArrowRight', { fullScreen: true }))).toBe('next');
  });

  it('ignores other keys', () => {
    expect(['ArrowUp', 'ArrowDown', 'Enter', ' ', 'Tab', 'a'].map((key) => presentMove(press(key)))).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('presentTarget', () => {
  it('gives the previous, next, first and last domain', () => {
    expect(presentTarget('previous', 3, 11)).toBe(2);
    expect(presentTarget('next', 3, 11)).toBe(4);
    expect(presentTarget('first', 3, 11)).toBe(0);
    expect(presentTarget('last', 3, 11)).toBe(10);
  });

  it('goes nowhere past either end, nor to the domain already shown', () => {
    expect(presentTarget('previous', 0, 11)).toBeNull();
    expect(presentTarget('next', 10, 11)).toBeNull();
    expect(presentTarget('first', 0, 11)).toBeNull();
    expect(presentTarget('last', 10, 11)).toBeNull();
    expect(presentTarget('next', 0, 1)).toBeNull();
  });
});

describe('isLongNote', () => {
  it('folds a note longer than a few lines of the presentation', () => {
    expect(isLongNote('x'.repeat(FOLD_CHARACTERS))).toBe(false);
    expect(isLongNote('x'.repeat(FOLD_CHARACTERS + 1))).toBe(true);
  });

  it('folds a short note of more than three lines', () => {
    expect(isLongNote('een\ntwee\ndrie')).toBe(false);
    expect(isLongNote('een\ntwee\ndrie\nvier')).toBe(true);
  });
});
