/** The character count under a field with a limit (src/lib/text-limit.ts). */
import { describe, expect, it } from 'vitest';
import { toolStrings } from '../../src/lib/i18n/tools.nl';
import { characterCount, countText, COUNT_FROM } from '../../src/lib/text-limit';

describe('characterCount', () => {
  it('shows nothing until most of the limit is used, then what is left, then what is too much', () => {
    expect(characterCount('', 5000)).toEqual({ kind: 'none' });
    expect(characterCount('x'.repeat(5000 * COUNT_FROM - 1), 5000)).toEqual({ kind: 'none' });
    expect(characterCount('x'.repeat(5000 * COUNT_FROM), 5000)).toEqual({ kind: 'left', count: 1000 });
    expect(characterCount('x'.repeat(5000), 5000)).toEqual({ kind: 'left', count: 0 });
    expect(characterCount('x'.repeat(6000), 5000)).toEqual({ kind: 'over', count: 1000 });
  });

  it('counts as the schemas do: an emoji is two', () => {
    expect(characterCount('😀'.repeat(3), 5)).toEqual({ kind: 'over', count: 1 });
  });
});

describe('countText', () => {
  const strings = toolStrings.count;
  it('says it in Dutch, with the number as Dutch writes it and the right plural', () => {
    expect(countText({ kind: 'left', count: 1000 }, strings)).toBe('Je kunt nog 1.000 tekens typen.');
    expect(countText({ kind: 'left', count: 1 }, strings)).toBe('Je kunt nog 1 teken typen.');
    expect(countText({ kind: 'over', count: 1000 }, strings)).toBe(
      'Dit zijn 1.000 tekens te veel. De tekst wordt pas opgeslagen als hij korter is.',
    );
    expect(countText({ kind: 'over', count: 1 }, strings)).toMatch(/^Dit is 1 teken te veel\./);
    expect(countText({ kind: 'none' }, strings)).toBe('');
  });
});
