/**
 * How much of a text field's limit is used, for the character count under long fields (the
 * GOV.UK "character count" pattern): shown once most of the limit is used, and when the text is
 * over it. A text over its limit is never cut: it is kept on screen, not stored, until it is
 * shorter. Lengths count UTF-16 units, as the schemas' limits do.
 */
import { format } from './text';

/** The share of the limit from which the count shows. */
export const COUNT_FROM = 0.8;

export type Count = { kind: 'none' } | { kind: 'left'; count: number } | { kind: 'over'; count: number };

export function characterCount(text: string, max: number): Count {
  const length = text.length;
  if (length > max) return { kind: 'over', count: length - max };
  return length >= Math.floor(max * COUNT_FROM) ? { kind: 'left', count: max - length } : { kind: 'none' };
}

export interface CountStrings {
  left: { one: string; other: string };
  over: { one: string; other: string };
}

const plurals = new Intl.PluralRules('nl-NL');
const numbers = new Intl.NumberFormat('nl-NL');

/** "Je kunt nog 1.000 tekens typen." / "Dit zijn 20 tekens te veel. …"; empty when the count does not show. */
export function countText(count: Count, strings: CountStrings): string {
  if (count.kind === 'none') return '';
  const forms = strings[count.kind];
  return format(plurals.select(count.count) === 'one' ? forms.one : forms.other, { count: numbers.format(count.count) });
}
