import { describe, expect, it } from 'vitest';
import { everydayPhrase } from '../../src/lib/everyday-words';

describe('everydayPhrase', () => {
  it('joins the words with commas and "of", with a capital first letter', () => {
    expect(everydayPhrase(['somber', 'neerslachtig', 'weinig plezier'])).toBe('Somber, neerslachtig of weinig plezier');
    expect(everydayPhrase(['moe'])).toBe('Moe');
  });

  it('capitalises the first letter, not a quotation mark before it', () => {
    expect(everydayPhrase(['‘ik kan het niet’', 'onzeker'])).toBe('‘Ik kan het niet’ of onzeker');
  });
});
