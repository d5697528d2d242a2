import { describe, expect, it } from 'vitest';
import { schoolscanStrings as strings } from '../../src/lib/i18n/schoolscan.nl';
import { format, formatSize, isolate, plural, slugify, listText } from '../../src/lib/text';

describe('slugify', () => {
  it('makes a lower-case file name part from a title', () => {
    expect(slugify('Groep 7, najaar!')).toBe('groep-7-najaar');
    expect(slugify('Onderbouw vo — januari 2027')).toBe('onderbouw-vo-januari-2027');
  });

  it('strips diacritics instead of dropping the letter', () => {
    expect(slugify('Één café, coördinatie, naïef')).toBe('een-cafe-coordinatie-naief');
  });

  it('has no dashes at the ends and none doubled', () => {
    expect(slugify('  --Groep   7--  ')).toBe('groep-7');
  });

  it('uses the fallback when nothing is left', () => {
    expect(slugify('')).toBe('bestand');
    expect(slugify('!!! ???')).toBe('bestand');
    expect(slugify('\u{1F600}', 'zonder-titel')).toBe('zonder-titel');
  });

  it('keeps it to 60 characters without a dash at the end', () => {
    const slug = slugify(`${'a'.repeat(59)} b c d`);

    expect(slug).toBe('a'.repeat(59));
    expect(slugify('woord '.repeat(30)).length).toBeLessThanOrEqual(60);
    expect(slugify('woord '.repeat(30))).not.toMatch(/-$/);
  });
});

describe('format', () => {
  it('fills the placeholders of an interface string', () => {
    expect(format(strings.list.progress, { rated: 3, total: 11 })).toBe('3 van 11');
    expect(format(strings.list.deleted, { title: 'Groep 7' })).toBe('Scan ‘Groep 7’ is verwijderd.');
  });

  it('isolates a value that could turn the text around it: a right-to-left override, a Hebrew or Arabic title', () => {
    for (const title of ['\u202Eevil', 'שלום', 'مرحبا', 'a\u2067b', 'x\u200Fy']) {
      const message = format(strings.list.deleted, { title });
      expect(message).toBe(`Scan ‘\u2068${title}\u2069’ is verwijderd.`);
      expect(isolate(title)).toBe(`\u2068${title}\u2069`);
    }
  });

  it('leaves a value without such characters as it is', () => {
    for (const title of ['Groep 7', 'Zorgcoördinator', 'Ελληνικά', '日本語', '😀']) expect(isolate(title)).toBe(title);
  });

  it('leaves placeholders it has no value for as they are', () => {
    expect(format('{rated} van {total}', { rated: 3 })).toBe('3 van {total}');
    expect(format('Geen {waarde}', {})).toBe('Geen {waarde}');
  });

  it('does not fill placeholders that come in through a value', () => {
    expect(format('Scan ‘{title}’ gestart.', { title: '{count} {title}', count: 5 })).toBe('Scan ‘{count} {title}’ gestart.');
  });

  it('fills a value of 0 and an empty string', () => {
    expect(format('{n}:{s}.', { n: 0, s: '' })).toBe('0:.');
  });
});

describe('plural', () => {
  it('uses the singular only for exactly one, as Dutch does', () => {
    expect(plural(1, strings.result.unrated)).toBe('Nog 1 domein zonder inschatting:');
    expect(plural(0, strings.result.unrated)).toBe('Nog 0 domeinen zonder inschatting:');
    expect(plural(2, strings.result.unrated)).toBe('Nog 2 domeinen zonder inschatting:');
    expect(plural(11, strings.team.discussCount)).toBe('11 domeinen om te bespreken.');
  });
});

describe('listText', () => {
  it('writes items as a Dutch list, with the word for "and" between the last two', () => {
    expect(listText([], 'en')).toBe('');
    expect(listText(['Motivatie'], 'en')).toBe('Motivatie');
    expect(listText(['Motivatie', 'Algemene stemming'], 'en')).toBe('Motivatie en Algemene stemming');
    expect(listText(['Energie', 'Concentratie', 'Motivatie'], 'en')).toBe('Energie, Concentratie en Motivatie');
  });
});

describe('formatSize', () => {
  it('says a size as people read it, in kB below a tenth of a MB', () => {
    expect(formatSize(0)).toBe('1 kB');
    expect(formatSize(35_400)).toBe('35 kB');
    expect(formatSize(2_430_000)).toBe('2,4 MB');
    expect(formatSize(10_000_000)).toBe('10 MB');
  });
});
